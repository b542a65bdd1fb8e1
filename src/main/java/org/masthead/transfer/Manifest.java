package org.masthead.transfer;

import java.util.List;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The first entry of every archive, {@code manifest.json}: what the archive is, which magazine it holds, and
 * how many rows and files each part has, so that a reader can refuse an archive it does not know before
 * reading the rest, and tell an archive cut short from a whole one.
 *
 * @param format always {@value #FORMAT}
 * @param version the version of the format; this one reads and writes {@value #VERSION}
 * @param createdBy the program that wrote it, e.g. "Masthead 0.1.0"
 * @param schema the version of the database schema the rows come from (informative)
 * @param exportedAt when, as an ISO-8601 instant
 */
record Manifest(String format, int version, String createdBy, String schema, String exportedAt, Magazine magazine,
        List<TableEntry> tables, Media media) {
    static final String FORMAT = "masthead-export";
    static final int VERSION = 1;
    static final String ENTRY = "manifest.json";

    static final JsonMapper JSON = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .build();

    Manifest {
        tables = tables == null ? List.of() : List.copyOf(tables);
    }

    /**
     * @param id the magazine's identity, the same in every export of it and in every magazine restored from one
     * @param timezone the time zone its server ran in (the days of articles are kept; the times shown follow it)
     * @param database the database it was exported from: sqlite or postgresql
     */
    record Magazine(String id, String title, String timezone, String database) {}

    /** One table: its name, its file, how many rows the file holds, and the columns each row has. */
    record TableEntry(String name, String file, long rows, List<String> columns) {
        TableEntry {
            columns = columns == null ? List.of() : List.copyOf(columns);
        }
    }

    /** The files under {@code media/}: how many, and their bytes together. */
    record Media(long files, long bytes) {}
}
