package org.masthead.transfer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.masthead.common.Actor;
import org.masthead.article.Article;
import org.masthead.article.BodyFormat;
import org.masthead.article.DraftInput;
import org.masthead.importer.ImportFailed;
import org.masthead.importer.ImportProgress;
import org.masthead.importer.ImportService;
import org.masthead.media.CreditKind;
import org.masthead.media.ImageDetails;
import org.masthead.media.Licence;
import org.masthead.platform.Database;
import org.masthead.boot.Masthead;
import org.masthead.support.Magazines;
import org.masthead.support.Pictures;
import org.masthead.support.ReferencePage;

/**
 * An archive that is not whole, not ours or not right is refused with its reason, and the magazine it was to go
 * into, here one restored from an earlier export of the same magazine, keeps every row and file it had.
 */
@ParameterizedClass
@EnumSource(Database.Kind.class)
class RestoreRefusalTest {
    @Parameter
    Database.Kind kind;

    @TempDir
    Path temp;

    private Masthead source;
    private Masthead target;
    private Path later;
    private Map<String, String> before;

    @BeforeEach
    void restoreOnceThenChangeTheSource() {
        source = Magazines.open(kind, temp.resolve("source"));
        source.imports().importFile(ReferencePage.path(), LocalDate.parse(ReferencePage.PUBLISHED));
        Actor ada = source.accounts().createFirstAdmin("Ada Admin", "ada@example.org", "correct horse battery", "").asActor("");
        source.media().upload(ada, "quay.jpg", Pictures.jpeg(900, 600), new ImageDetails("The quay", "", CreditKind.PHOTO,
                "Maria Okafor", null, Licence.CC_BY_4_0));
        Path first = temp.resolve("first.zip");
        source.export().export(first, false, MagazineExport.Progress.NONE);
        target = Magazines.open(kind, temp.resolve("target"));
        target.imports().restore(first, ImportProgress.NONE);
        before = Archives.heldBy(target, temp);

        Article harbour = source.workflow().write(ada, new DraftInput("The Dockers Who Stopped the Port", null, "",
                BodyFormat.MARKDOWN, "The cranes stood still.", List.of("Ann Lee"), List.of(), null), source.accounts().bylineOf(ada));
        source.workflow().publishNow(ada, harbour.id());
        source.media().upload(ada, "cranes.jpg", Pictures.jpeg(700, 500), new ImageDetails("Cranes", "", CreditKind.PHOTO,
                "Maria Okafor", null, Licence.CC_BY_4_0));
        later = temp.resolve("later.zip");
        source.export().export(later, false, MagazineExport.Progress.NONE);
    }

    @AfterEach
    void close() {
        target.close();
        source.close();
    }

    private void assertRefused(Path archive, String reason) {
        assertThatThrownBy(() -> target.imports().importPrepared(ImportService.prepare(archive, ImportService.Options.NONE),
                ImportProgress.NONE)).isInstanceOf(ImportFailed.class).hasMessageContaining(reason);
        assertThat(Archives.heldBy(target, temp)).as("what the magazine holds").isEqualTo(before);
        try (var files = Files.list(target.config().dataDir().resolve("media"))) {
            assertThat(files.map(path -> path.getFileName().toString())).as("no staged files left").noneMatch(n -> n.startsWith("."));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private Path edited(String entry, UnaryOperator<String> edit) {
        return Archives.rewrite(later, temp.resolve("edited.zip"), Map.of(entry, edit), Map.of());
    }

    @Test
    void a_zip_archive_of_something_else_is_not_taken_for_an_export() throws Exception {
        Path other = temp.resolve("photos.zip");
        try (var zip = new java.util.zip.ZipOutputStream(Files.newOutputStream(other))) {
            zip.putNextEntry(new java.util.zip.ZipEntry("holiday.txt"));
            zip.write("sun".getBytes());
        }
        assertRefused(other, "a ZIP archive that is not a Masthead export");
    }

    @Test
    void an_export_cut_short_in_copying_is_named_as_such() throws Exception {
        byte[] whole = Files.readAllBytes(later);
        Path half = Files.write(temp.resolve("half.zip"), Arrays.copyOf(whole, whole.length / 2));
        assertRefused(half, "an export of a Masthead magazine that is damaged or cut short");
    }

    @Test
    void a_manifest_of_a_newer_format_version_asks_for_a_newer_masthead() {
        assertRefused(edited("manifest.json", text -> text.replace("\"version\" : 1", "\"version\" : 2")),
                "version 2 of the format, made by a newer Masthead");
    }

    @Test
    void a_manifest_that_is_not_json_is_refused() {
        assertRefused(edited("manifest.json", text -> "{ this is not"), "manifest.json is not a manifest Masthead can read");
    }

    @Test
    void a_table_this_version_does_not_know_is_refused() {
        assertRefused(edited("manifest.json", text -> text.replace("\"name\" : \"redirects\"", "\"name\" : \"webhooks\"")),
                "a table 'webhooks' this version of Masthead does not know");
    }

    @Test
    void a_value_of_the_wrong_kind_is_named_by_its_file_line_and_column() {
        assertRefused(edited("tables/articles.jsonl", text -> text.replaceFirst("\"published_at\":\"[^\"]+\"", "\"published_at\":\"yesterday\"")),
                "tables/articles.jsonl line 1: published_at must be a time such as 2017-09-18T10:00:00Z, not 'yesterday'");
    }

    @Test
    void a_table_with_fewer_rows_than_its_manifest_says_is_incomplete() {
        assertRefused(edited("tables/articles.jsonl", text -> text.substring(0, text.lastIndexOf('\n', text.length() - 2) + 1)),
                "tables/articles.jsonl holds 46 rows where the manifest says 47");
    }

    @Test
    void a_row_the_database_refuses_undoes_every_row_before_it() {
        // The articles come before the bylines: the new article and its changes are written, then undone.
        assertRefused(edited("tables/article_authors.jsonl", text -> text.replaceFirst("\"author_id\":\\d+", "\"author_id\":999999")),
                "tables/article_authors.jsonl line");
    }

    @Test
    void an_entry_outside_the_tables_and_media_is_refused() {
        assertRefused(Archives.rewrite(later, temp.resolve("theme.zip"), Map.of(),
                Map.of("theme/templates/layout.jte", "@param x".getBytes())), "the archive holds theme/templates/layout.jte");
    }

    @Test
    void a_media_file_with_a_path_of_its_own_is_refused() {
        assertRefused(Archives.rewrite(later, temp.resolve("escape.zip"), Map.of(),
                Map.of("media/../../masthead.properties", "port=1".getBytes())), "the archive holds media/../../masthead.properties");
    }

    @Test
    void a_damaged_media_file_is_found_before_any_row_is_written() throws Exception {
        byte[] archive = Files.readAllBytes(later);
        // An uploaded picture's name has a random part (see MediaService): find the one uploaded above.
        Path stored;
        try (var files = Files.list(source.config().dataDir().resolve("media"))) {
            stored = files.filter(f -> f.getFileName().toString().matches("cranes-[a-z2-9]{10}\\.jpg")).findFirst().orElseThrow();
        }
        byte[] picture = Files.readAllBytes(stored);
        // Pictures are stored as they are: change a byte in the middle of the stored copy.
        int at = indexOf(archive, Arrays.copyOfRange(picture, picture.length / 2, picture.length / 2 + 64));
        archive[at] ^= 0x5a;
        assertRefused(Files.write(temp.resolve("damaged.zip"), archive), "is damaged: its checksum does not match");
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            if (Arrays.equals(haystack, i, i + needle.length, needle, 0, needle.length)) {
                return i;
            }
        }
        throw new AssertionError("the picture is not stored as it is in the archive");
    }
}
