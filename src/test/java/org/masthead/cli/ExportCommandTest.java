package org.masthead.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.masthead.support.ReferencePage;

class ExportCommandTest {
    @TempDir
    Path temp;

    private static CommandRun run(String... args) {
        return CommandRun.of(args);
    }

    private Path exported() {
        Path magazine = temp.resolve("magazine");
        run("import", "--data", magazine.toString(), "--published", ReferencePage.PUBLISHED, ReferencePage.path().toString());
        Path archive = temp.resolve("magazine.zip");
        CommandRun export = run("export", "--data", magazine.toString(), "--out", archive.toString());
        assertThat(export.status()).as(export.err()).isZero();
        return archive;
    }

    @Test
    void export_then_import_into_a_new_data_directory_restores_the_magazine_and_a_rerun_brings_nothing_new() {
        Path archive = exported();
        Path restored = temp.resolve("restored");

        CommandRun first = run("import", "--data", restored.toString(), archive.toString());
        CommandRun second = run("import", "--data", restored.toString(), archive.toString());

        assertThat(first.status()).as(first.err()).isZero();
        assertThat(first.out()).startsWith("Imported an export of Masthead made ")
                .contains("articles:    46 created, 0 updated, 0 unchanged", "authors:     45 created");
        assertThat(second.status()).isZero();
        assertThat(second.out()).startsWith("Nothing new in an export of Masthead made ").contains("46 unchanged");
    }

    @Test
    void export_says_what_it_wrote_and_what_it_left_out() {
        Path magazine = temp.resolve("magazine");
        run("import", "--data", magazine.toString(), "--published", ReferencePage.PUBLISHED, ReferencePage.path().toString());

        CommandRun export = run("export", "--data", magazine.toString(), "--out", temp.resolve("out.zip").toString());

        assertThat(export.out()).startsWith("Exported Masthead to " + temp.resolve("out.zip") + " (")
                .containsPattern("articles: +46").containsPattern("import keys: +47")
                .contains("Left out: passwords and two-factor secrets, the mail password, API keys");
    }

    @Test
    void export_refuses_to_replace_a_file_unless_forced() throws Exception {
        Path archive = exported();
        byte[] before = Files.readAllBytes(archive);

        CommandRun refused = run("export", "--data", temp.resolve("magazine").toString(), "--out", archive.toString());
        assertThat(refused.status()).isEqualTo(2);
        assertThat(refused.err()).contains("exists already").contains("--force");
        assertThat(Files.readAllBytes(archive)).isEqualTo(before);

        CommandRun forced = run("export", "--data", temp.resolve("magazine").toString(), "--out", archive.toString(), "--force");
        assertThat(forced.status()).as(forced.err()).isZero();
    }

    @Test
    void export_of_a_folder_holding_no_magazine_is_refused_and_creates_nothing() {
        Path nowhere = temp.resolve("typo");

        CommandRun run = run("export", "--data", nowhere.toString(), "--out", temp.resolve("x.zip").toString());

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).contains("there is no magazine in " + nowhere);
        assertThat(nowhere).doesNotExist();
        assertThat(temp.resolve("x.zip")).doesNotExist();
    }

    @Test
    void an_export_cut_short_is_refused_before_any_data_directory_is_made() throws Exception {
        byte[] whole = Files.readAllBytes(exported());
        Path half = Files.write(temp.resolve("half.zip"), Arrays.copyOf(whole, whole.length / 2));
        Path target = temp.resolve("new-magazine");

        CommandRun run = run("import", "--data", target.toString(), half.toString());

        assertThat(run.status()).isEqualTo(1);
        assertThat(run.err()).startsWith("import failed: this is an export of a Masthead magazine that is damaged or cut short");
        assertThat(target).doesNotExist();
    }

    @Test
    void an_export_of_a_newer_format_is_refused_before_any_data_directory_is_made() throws Exception {
        Path archive = exported();
        Path newer = temp.resolve("newer.zip");
        try (var zip = new java.util.zip.ZipFile(archive.toFile());
                var out = new java.util.zip.ZipOutputStream(Files.newOutputStream(newer))) {
            for (var entry : java.util.Collections.list(zip.entries())) {
                byte[] content = zip.getInputStream(entry).readAllBytes();
                if (entry.getName().equals("manifest.json")) {
                    content = new String(content).replace("\"version\" : 1", "\"version\" : 7").getBytes();
                }
                out.putNextEntry(new java.util.zip.ZipEntry(entry.getName()));
                out.write(content);
            }
        }
        Path target = temp.resolve("new-magazine");

        CommandRun run = run("import", "--data", target.toString(), newer.toString());

        assertThat(run.status()).isEqualTo(1);
        assertThat(run.err()).contains("version 7 of the format, made by a newer Masthead");
        assertThat(target).doesNotExist();
    }
}
