package org.masthead.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The import command with WordPress exports: its report, and its exit status 0, 3 or 1 as its help says. */
class WordPressImportCommandTest {
    private static final Path WXR = Path.of("..", "shared", "testdata", "wxr");

    @TempDir
    Path dataDir;

    private static CommandRun run(String... args) {
        return CommandRun.of(args);
    }

    @Test
    void an_export_imports_with_a_report_and_status_0_and_a_second_run_reports_nothing_new() {
        String file = WXR.resolve("poststatus-wptest/wptest.xml").toString();

        CommandRun first = run("import", "--data", dataDir.toString(), file);
        CommandRun second = run("import", "--data", dataDir.toString(), file);

        assertThat(first.status()).as(first.err()).isZero();
        assertThat(first.out()).startsWith("Imported a WordPress export (WXR 1.2) of http://wptest.io/demo.\n")
                .contains("  articles:    37 created, 0 updated, 0 unchanged, 0 skipped, 0 failed")
                .contains("  pages:       15 created").contains("  authors:     6 created")
                .contains("comments left out (Masthead has none): 30").contains("shortcodes left as text: [gallery]: 13");
        assertThat(second.status()).isZero();
        assertThat(second.out()).startsWith("Nothing new in a WordPress export (WXR 1.2) of http://wptest.io/demo.\n")
                .contains("  articles:    0 created, 0 updated, 37 unchanged");
    }

    @Test
    void an_export_that_stops_being_well_formed_imports_what_came_before_and_exits_3_naming_the_line() {
        CommandRun run = run("import", "--data", dataDir.toString(), WXR.resolve("wordpress-importer/phpunit_data_malformed-simple.xml").toString());

        assertThat(run.status()).isEqualTo(3);
        assertThat(run.out()).contains("with 1 failure.").contains("Failed:\n  the item at line 9 (id 1 “Broken”): "
                + "truncated: the file stops being well-formed XML at line 14");
    }

    @Test
    void a_file_whose_root_is_no_export_exits_1_and_leaves_no_data_directory() {
        Path magazine = dataDir.resolve("new-magazine");

        CommandRun run = run("import", "--data", magazine.toString(), WXR.resolve("wordpress-importer/phpunit_data_malformed.xml").toString());

        assertThat(run.status()).isEqualTo(1);
        assertThat(run.err()).startsWith("import failed: this is not a WordPress export: its <rss> holds <notachanneltag>");
        assertThat(run.out()).isEmpty();
        assertThat(magazine).doesNotExist();
    }

    @Test
    void an_uploads_folder_that_is_not_there_exits_1_before_anything_is_written() {
        Path magazine = dataDir.resolve("new-magazine");

        CommandRun run = run("import", "--data", magazine.toString(), "--uploads", dataDir.resolve("nowhere").toString(),
                WXR.resolve("tryghost-migrate/sample-with-alt.xml").toString());

        assertThat(run.status()).isEqualTo(1);
        assertThat(run.err()).contains("is not a folder");
        assertThat(magazine).doesNotExist();
    }
}
