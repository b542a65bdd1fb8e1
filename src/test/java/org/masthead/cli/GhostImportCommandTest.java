package org.masthead.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The import command given a Ghost export: its options, its report and its exit status. */
class GhostImportCommandTest {
    @TempDir
    Path dir;

    private static CommandRun run(String... args) {
        return CommandRun.of(args);
    }

    private static String harbourReview() throws URISyntaxException {
        return Path.of(GhostImportCommandTest.class.getResource("/ghost/ghost5-harbour-review.json").toURI()).toString();
    }

    @Test
    void a_ghost_export_with_its_site_address_imports_every_item_and_reports_each_kind() throws Exception {
        CommandRun run = run("import", "--data", dir.resolve("data").toString(), "--site-url", "https://harbour.example", harbourReview());

        assertThat(run.status()).as(run.err()).isZero();
        assertThat(run.out()).startsWith("Imported a Ghost export (JSON) of “The Harbour Review” (Ghost 5.82.2).")
                .contains("articles:    8 created", "pages:       1 created", "authors:     2 created")
                .contains("tag t2 “#featured”: an internal tag");
    }

    @Test
    void without_the_site_address_the_relative_pictures_fail_alone_and_the_status_says_some_items_failed() throws Exception {
        CommandRun run = run("import", "--data", dir.resolve("data").toString(), harbourReview());

        assertThat(run.status()).isEqualTo(3);
        assertThat(run.out()).contains("Failed:").contains("feature image of post p1 “Harbour lights return”: its address")
                .contains("articles:    8 created");
    }

    @Test
    void a_ghost_export_cut_short_is_refused_and_leaves_no_data_directory_behind() throws Exception {
        String whole = Files.readString(Path.of(harbourReview()));
        Path cut = Files.writeString(dir.resolve("cut.json"), whole.substring(0, whole.length() / 3));
        Path magazine = dir.resolve("new-magazine");

        CommandRun run = run("import", "--data", magazine.toString(), cut.toString());

        assertThat(run.status()).isEqualTo(1);
        assertThat(run.err()).startsWith("import failed: line ").contains("not valid JSON").contains("(nothing was imported)");
        assertThat(magazine).doesNotExist();
    }

    @Test
    void a_site_address_that_is_not_one_is_refused_before_anything_is_opened() throws Exception {
        Path magazine = dir.resolve("new-magazine");

        CommandRun run = run("import", "--data", magazine.toString(), "--site-url", "ftp://harbour.example", harbourReview());

        assertThat(run.status()).isEqualTo(1);
        assertThat(run.err()).contains("--site-url needs the Ghost site's address");
        assertThat(magazine).doesNotExist();
    }
}
