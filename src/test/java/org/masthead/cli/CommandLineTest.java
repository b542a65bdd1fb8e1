package org.masthead.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.masthead.support.ReferencePage;

class CommandLineTest {
    @TempDir
    Path dataDir;

    private static CommandRun run(String... args) {
        return CommandRun.of(args);
    }

    @Test
    void import_reports_what_it_made_and_a_second_run_reports_nothing_new() {
        String file = ReferencePage.path().toString();

        CommandRun first = run("import", "--data", dataDir.toString(), "--published", ReferencePage.PUBLISHED, file);
        CommandRun second = run("import", "--data", dataDir.toString(), "--published", ReferencePage.PUBLISHED, file);

        assertThat(first.status()).isZero();
        assertThat(first.out()).startsWith("Imported a magazine page saved as text: 46 articles created, 0 updated, 0 unchanged; ")
                .contains("45 new authors", "3 new editions");
        assertThat(second.status()).isZero();
        assertThat(second.out()).isEqualToIgnoringNewLines("Nothing new in a magazine page saved as text: all 46 articles were already here.");
    }

    @Test
    void reindex_rebuilds_the_search_index_from_the_published_articles_and_refuses_while_the_index_is_in_use() {
        run("import", "--data", dataDir.toString(), "--published", ReferencePage.PUBLISHED, ReferencePage.path().toString());

        CommandRun reindex = run("reindex", "--data", dataDir.toString());

        assertThat(reindex.status()).as(reindex.err()).isZero();
        assertThat(reindex.out()).as("the 45 known only from the lineup have no text to search").startsWith("Indexed 1 published article with a text in ");
        try (var magazine = org.masthead.boot.Masthead.open(org.masthead.support.Magazines.config(
                org.masthead.platform.Database.Kind.SQLITE, dataDir))) {
            var found = magazine.search().index().search(org.masthead.search.SearchQuery.of("Nassiriya", null, null, null, null, null, 10));
            assertThat(found.hits()).extracting(org.masthead.search.SearchResults.Hit::title).containsExactly(ReferencePage.TITLE);

            CommandRun refused = run("reindex", "--data", dataDir.toString());
            assertThat(refused.status()).isEqualTo(1);
            assertThat(refused.err()).startsWith("reindex: the search index in ").contains("is in use by another Masthead process");
        }
    }

    @Test
    void a_file_it_cannot_read_gets_one_line_naming_the_line_and_a_failing_status() throws Exception {
        List<String> lines = new ArrayList<>(ReferencePage.lines());
        int badLine = lines.indexOf("Friday - Sunday") + 1;
        lines.set(badLine - 1, "Saturday - Sunday");
        Path broken = Files.write(dataDir.resolve("broken.txt"), lines);

        CommandRun run = run("import", "--data", dataDir.resolve("magazine").toString(), broken.toString());

        assertThat(run.status()).isEqualTo(1);
        assertThat(run.err().lines()).singleElement().asString()
                .startsWith("import failed: line " + badLine + ": the range 'Saturday - Sunday' does not fit its date")
                .endsWith("(nothing was imported)");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void a_missing_file_is_named_plainly_and_leaves_no_data_directory_behind() {
        Path magazine = dataDir.resolve("new-magazine");
        CommandRun run = run("import", "--data", magazine.toString(), dataDir.resolve("nowhere.txt").toString());

        assertThat(run.status()).isEqualTo(1);
        assertThat(run.err()).isEqualToIgnoringNewLines("import failed: no such file (nothing was imported)");
        assertThat(magazine).doesNotExist();
    }

    @Test
    void a_data_directory_that_cannot_be_made_is_one_line_for_the_operator() throws Exception {
        Path file = Files.writeString(dataDir.resolve("a-file"), "not a directory");

        CommandRun run = run("settings", "--data", file.resolve("data").toString());

        assertThat(run.status()).isEqualTo(1);
        assertThat(run.err().lines()).singleElement().asString().startsWith("settings: cannot create the data directory");
    }

    @Test
    void bad_arguments_get_a_clear_message_and_status_2() {
        CommandRun badDate = run("import", "--data", dataDir.toString(), "--published", "12/11/2018", "page.txt");
        CommandRun noFile = run("import", "--data", dataDir.toString());
        CommandRun badPort = run("serve", "--data", dataDir.toString(), "--port", "eighty");
        CommandRun unknown = run("publish");

        assertThat(badDate.status()).isEqualTo(2);
        assertThat(badDate.err()).contains("--published", "expected a date as YYYY-MM-DD, such as 2018-11-09, not '12/11/2018'")
                .doesNotContain("java.");
        assertThat(noFile.status()).isEqualTo(2);
        assertThat(noFile.err()).contains("Missing required parameter: 'FILE'");
        assertThat(badPort.status()).isEqualTo(2);
        assertThat(badPort.err()).contains("--port", "eighty");
        assertThat(unknown.status()).isEqualTo(2);
        assertThat(unknown.err()).contains("publish");
    }

    @Test
    void every_command_explains_itself_with_help() {
        for (String command : List.of("serve", "import", "settings")) {
            CommandRun help = run(command, "--help");
            assertThat(help.status()).isZero();
            assertThat(help.out()).contains("Usage: masthead " + command, "--data");
        }
        assertThat(run("--help").out()).contains("serve", "import", "settings");
    }

    @Test
    void settings_are_listed_changed_and_checked() {
        CommandRun set = run("settings", "--data", dataDir.toString(), "share.networks", "reddit, Bluesky ,email");
        CommandRun bad = run("settings", "--data", dataDir.toString(), "share.networks", "facebook,myspace");
        CommandRun list = run("settings", "--data", dataDir.toString());

        assertThat(set.status()).isZero();
        assertThat(set.out()).isEqualToIgnoringNewLines("share.networks = reddit,bluesky,email");
        assertThat(bad.status()).isEqualTo(2);
        assertThat(bad.err()).contains("unknown share network 'myspace'", "choose from", "bluesky");
        assertThat(list.out()).contains("share.networks", "reddit,bluesky,email", "editions.weekend", "site.title");
    }

    @Test
    void a_bad_setting_in_the_config_file_is_refused_at_start_with_its_name() throws Exception {
        Files.writeString(dataDir.resolve("masthead.properties"), "prot=8080\n");

        CommandRun run = run("settings", "--data", dataDir.toString());

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).contains("unknown setting 'prot'");
    }
}
