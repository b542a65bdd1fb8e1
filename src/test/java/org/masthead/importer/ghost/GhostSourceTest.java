package org.masthead.importer.ghost;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.masthead.importer.ghost.GhostFixtures.harbourReview;
import static org.masthead.importer.ghost.GhostFixtures.testdata;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.masthead.importer.ImportFailed;
import org.masthead.importer.ImportService;

/** Opening a Ghost export: what it is, whose site it is, and the files refused before any magazine is touched. */
class GhostSourceTest {
    @Test
    void an_export_is_known_by_its_sites_db_hash_whatever_file_it_came_in() {
        GhostSource source = GhostSource.open(harbourReview(), null, null);

        assertThat(source.namespace()).isEqualTo("ghost:3f7c2a9e-harbour-review");
        assertThat(source.description()).isEqualTo("a Ghost export (JSON) of “The Harbour Review” (Ghost 5.82.2)");
    }

    @Test
    void an_export_without_a_db_hash_is_known_by_its_owners_email() {
        GhostSource source = GhostSource.open(testdata("kirrg001-Ghost-2018-lts/export-003-mu-multipleOwner.json"), null, null);

        assertThat(source.namespace()).isEqualTo("ghost:josephinebloggs@example.com");
    }

    @Test
    void json_cut_short_is_refused_with_the_line_where_it_stops(@TempDir Path dir) throws Exception {
        Path cut = dir.resolve("cut.json");
        String whole = Files.readString(testdata("kirrg001-Ghost-2019/default_export.json"));
        Files.writeString(cut, whole.substring(0, whole.length() / 2));

        assertThatThrownBy(() -> GhostSource.open(cut, null, null)).isInstanceOfSatisfying(ImportFailed.class, e -> {
            assertThat(e.line()).isGreaterThan(100);
            assertThat(e.getMessage()).contains("not valid JSON");
        });
    }

    @Test
    void json_that_holds_no_ghost_export_is_refused_plainly() {
        for (String file : new String[] {"kirrg001-Ghost-2019/broken.json", "kirrg001-Ghost-2018-lts/export-003-api-wrapper-bad.json"}) {
            assertThatThrownBy(() -> ImportService.prepare(testdata(file), ImportService.Options.NONE)).as(file)
                    .isInstanceOf(ImportFailed.class).hasMessageContaining("holds no Ghost export");
        }
    }

    @Test
    void json_of_another_kind_is_told_apart_before_the_ghost_reader_opens_it(@TempDir Path dir) throws Exception {
        Path other = dir.resolve("package.json");
        Files.writeString(other, "{\"name\": \"a-package\", \"version\": \"1.0.0\"}");

        assertThatThrownBy(() -> ImportService.prepare(other, ImportService.Options.NONE)).isInstanceOf(ImportFailed.class)
                .hasMessageContaining("a JSON file that is not a Ghost export");
    }

    @Test
    void a_site_address_that_is_not_a_web_address_and_a_missing_folder_are_refused() {
        assertThatThrownBy(() -> GhostSource.open(harbourReview(), null, "harbour.example")).isInstanceOf(ImportFailed.class)
                .hasMessageContaining("--site-url");
        assertThatThrownBy(() -> GhostSource.open(harbourReview(), Path.of("no", "such", "folder"), null))
                .isInstanceOf(ImportFailed.class).hasMessageContaining("--uploads");
    }
}
