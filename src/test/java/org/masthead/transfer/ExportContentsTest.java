package org.masthead.transfer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.masthead.common.Invalid;
import org.masthead.platform.Database;
import org.masthead.boot.Masthead;
import org.masthead.support.Magazines;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** What an archive holds, as docs/EXPORT.md says: its manifest first, a file of rows per table, media, and no secret. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ExportContentsTest {
    @TempDir
    static Path temp;

    private Masthead magazine;
    private Path archive;

    @BeforeAll
    void export() {
        magazine = Magazines.open(Database.Kind.SQLITE, temp.resolve("magazine"));
        FullMagazine.fill(magazine);
        archive = temp.resolve("ledger.zip");
        magazine.export().export(archive, false, MagazineExport.Progress.NONE);
    }

    @AfterAll
    void close() {
        magazine.close();
    }

    @Test
    void no_secret_is_in_the_archive_neither_in_its_bytes_nor_in_any_entry() throws Exception {
        List<String> secrets = magazine.database().read(h -> h.createQuery(
                "SELECT password_hash FROM users UNION ALL SELECT totp_secret FROM users WHERE totp_secret IS NOT NULL")
                .mapTo(String.class).list());
        assertThat(secrets).as("two password hashes and a two-factor secret").hasSize(3);
        List<String> searched = new java.util.ArrayList<>(secrets);
        searched.add(FullMagazine.MAIL_PASSWORD);
        searched.add("$argon2");

        String raw = new String(Files.readAllBytes(archive), StandardCharsets.ISO_8859_1);
        Map<String, byte[]> entries = Archives.contents(archive);
        entries.put("manifest.json", readEntry("manifest.json"));
        for (String secret : searched) {
            assertThat(raw).as("the archive's bytes").doesNotContain(secret);
            entries.forEach((name, bytes) -> assertThat(new String(bytes, StandardCharsets.ISO_8859_1)).as(name).doesNotContain(secret));
        }
        String settings = new String(entries.get("tables/settings.jsonl"), StandardCharsets.UTF_8);
        assertThat(settings).contains("\"key\":\"mail.host\"").doesNotContain("mail.password");
        assertThat(new String(entries.get("tables/users.jsonl"), StandardCharsets.UTF_8)).contains(FullMagazine.ADMIN)
                .doesNotContain("password_hash").doesNotContain("totp_secret");
    }

    @Test
    void the_manifest_comes_first_and_counts_the_rows_of_every_table_and_the_media_files() throws Exception {
        try (var zip = new ZipFile(archive.toFile())) {
            assertThat(zip.entries().nextElement().getName()).isEqualTo("manifest.json");
        }
        JsonNode manifest = new JsonMapper().readTree(readEntry("manifest.json"));
        assertThat(manifest.get("format").asString()).isEqualTo("masthead-export");
        assertThat(manifest.get("version").asInt()).isEqualTo(1);
        assertThat(manifest.get("magazine").get("id").asString()).isEqualTo(magazine.settings().storedMagazineId().orElseThrow());
        for (JsonNode table : manifest.get("tables")) {
            String rows = new String(readEntry(table.get("file").asString()), StandardCharsets.UTF_8);
            long lines = rows.isEmpty() ? 0 : rows.split("\n", -1).length - 1;
            assertThat(lines).as(table.get("name").asString()).isEqualTo(table.get("rows").asLong());
        }
        Map<String, byte[]> entries = Archives.contents(archive);
        long media = entries.keySet().stream().filter(name -> name.startsWith("media/")).count();
        assertThat(manifest.get("media").get("files").asLong()).isEqualTo(media);
        // An uploaded picture's name has a random part (see MediaService); its copies share it.
        String picture = entries.keySet().stream().filter(name -> name.matches("media/harbour-at-dusk-[a-z2-9]{10}\\.jpg"))
                .findFirst().orElseThrow();
        assertThat(entries).containsKeys(picture, picture.replace(".jpg", "-480w.jpg"), "media/files/strike-ballot.pdf",
                "media/demo-harbour.jpg");
        assertThat(entries.get(picture)).isEqualTo(Files.readAllBytes(magazine.config().dataDir().resolve("media").resolve(picture.substring(6))));
    }

    @Test
    void every_row_names_every_column_of_its_table_once_on_a_line_of_its_own() throws Exception {
        String articles = new String(readEntry("tables/articles.jsonl"), StandardCharsets.UTF_8);
        JsonNode first = new JsonMapper().readTree(articles.lines().findFirst().orElseThrow());
        assertThat(first.propertyNames()).containsExactlyElementsOf(ArchiveTables.named("articles").orElseThrow().archivedNames());
        assertThat(articles).endsWith("\n");
    }

    @Test
    void an_existing_file_is_not_replaced_unless_asked() throws Exception {
        long size = Files.size(archive);

        assertThatThrownBy(() -> magazine.export().export(archive, false, MagazineExport.Progress.NONE))
                .isInstanceOf(Invalid.class).hasMessageContaining("exists already").hasMessageContaining("--force");

        assertThat(Files.size(archive)).isEqualTo(size);
        try (var files = Files.list(temp)) {
            assertThat(files.map(path -> path.getFileName().toString())).noneMatch(name -> name.endsWith(".part"));
        }
    }

    private byte[] readEntry(String name) throws Exception {
        try (var zip = new ZipFile(archive.toFile())) {
            return zip.getInputStream(zip.getEntry(name)).readAllBytes();
        }
    }
}
