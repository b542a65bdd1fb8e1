package org.masthead.transfer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** docs/EXPORT.md is the format's description for other programs: it must name what the code writes. */
class FormatDocumentTest {
    @Test
    void the_format_document_describes_every_table_and_every_column_an_archive_holds() throws Exception {
        String document = Files.readString(Path.of("docs/EXPORT.md"));
        for (Table table : ArchiveTables.ALL) {
            String heading = "### " + table.name() + " (key `" + String.join("`, `", table.key()) + "`)";
            assertThat(document).as("the heading of " + table.name()).contains(heading);
            int start = document.indexOf(heading);
            int end = document.indexOf("\n#", start + heading.length());
            String section = document.substring(start, end < 0 ? document.length() : end);
            for (String column : table.archivedNames()) {
                assertThat(section).as(table.name() + "." + column).contains("`" + column + "`");
            }
            table.columns().stream().filter(column -> !column.inArchive()).forEach(secret ->
                    assertThat(document).as("why " + secret.name() + " is left out").contains("`" + secret.name() + "`"));
        }
        assertThat(document).contains("\"version\" : " + Manifest.VERSION).contains("# The Masthead export format, version " + Manifest.VERSION);
    }
}
