package org.masthead.newsletter;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.masthead.common.Invalid;

/**
 * Subscribers as CSV (RFC 4180): the export's rows, and the rows of a file to import. A cell that a spreadsheet would
 * take for a formula (it starts with = + - @) is written with a leading apostrophe, so opening the export runs nothing.
 */
final class SubscriberCsv {
    /** The largest file an import takes: half a million addresses, far more than a stall's sign-up sheet. */
    static final int MAX_BYTES = 5 * 1024 * 1024;
    static final String HEADER = "email,status,frequency,created,confirmed,source\r\n";

    private SubscriberCsv() {}

    /** One row of a file to import: its line number in the file, its address and frequency cells as typed. */
    record Row(int line, String email, String frequency) {}

    static String row(Subscriber s) {
        return String.join(",", cell(s.email()), cell(s.status().code()), cell(s.frequency().code()),
                cell(s.createdAt() == null ? "" : s.createdAt().toString()),
                cell(s.confirmedAt() == null ? "" : s.confirmedAt().toString()), cell(s.source())) + "\r\n";
    }

    static String cell(String value) {
        String text = value == null ? "" : value;
        if (!text.isEmpty() && "=+-@".indexOf(text.charAt(0)) >= 0) {
            text = "'" + text;
        }
        if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
            text = "\"" + text.replace("\"", "\"\"") + "\"";
        }
        return text;
    }

    /**
     * The rows of an uploaded file, read whole before anything is imported: {@link Invalid} for a file too large, not
     * text, or without an {@code email} column in its first row.
     */
    static List<Row> read(byte[] file) {
        if (file.length > MAX_BYTES) {
            throw new Invalid("file", "The file is larger than 5 MB. Split it into smaller files and import each.");
        }
        List<List<String>> records = parse(text(file));
        if (records.isEmpty()) {
            throw new Invalid("file", "The file is empty. Choose a CSV file whose first row names its columns, one of them email.");
        }
        List<String> header = records.getFirst().stream().map(h -> h.strip().toLowerCase(Locale.ROOT)).toList();
        int email = header.indexOf("email");
        int frequency = header.indexOf("frequency");
        if (email < 0) {
            throw new Invalid("file", "The file's first row has no column named email. Name the column of addresses email"
                    + " (and, if you like, one named frequency, daily or weekly).");
        }
        List<Row> rows = new ArrayList<>();
        for (int i = 1; i < records.size(); i++) {
            List<String> record = records.get(i);
            if (record.size() == 1 && record.getFirst().isBlank()) {
                continue;
            }
            rows.add(new Row(i + 1, email < record.size() ? record.get(email) : "",
                    frequency >= 0 && frequency < record.size() ? record.get(frequency).strip().toLowerCase(Locale.ROOT) : ""));
        }
        return rows;
    }

    private static String text(byte[] file) {
        try {
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(file)).toString();
            if (text.indexOf('\0') >= 0) {
                throw new CharacterCodingException();
            }
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            throw new Invalid("file", "This is not a CSV file (text in UTF-8). Save the spreadsheet as CSV UTF-8 and choose that file.");
        }
    }

    /** The records of the text, a line each, with quoted cells that may hold commas, quotes and line breaks. */
    private static List<List<String>> parse(String text) {
        List<List<String>> records = new ArrayList<>();
        List<String> record = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',' || c == ';') {
                record.add(cell.toString());
                cell.setLength(0);
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                record.add(cell.toString());
                cell.setLength(0);
                records.add(record);
                record = new ArrayList<>();
            } else {
                cell.append(c);
            }
        }
        if (cell.length() > 0 || !record.isEmpty()) {
            record.add(cell.toString());
            records.add(record);
        }
        return records;
    }
}
