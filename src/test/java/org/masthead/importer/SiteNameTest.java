package org.masthead.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.masthead.platform.Database;
import org.masthead.boot.Masthead;
import org.masthead.settings.Setting;
import org.masthead.support.ArticleBuilder;
import org.masthead.support.Magazines;
import org.masthead.support.SmallWxr;

/** An empty magazine that was never named takes the imported site's name and tagline; a named or filled one keeps its own. */
class SiteNameTest {
    @TempDir
    Path dir;

    private Masthead magazine;

    @BeforeEach
    void open() {
        magazine = Magazines.open(Database.Kind.SQLITE, dir.resolve("data"));
    }

    @AfterEach
    void close() {
        magazine.close();
    }

    private ImportOutcome importGhost() throws Exception {
        Path file = Files.writeString(dir.resolve("ghost.json"), """
                {"db":[{"meta":{"exported_on":1717000000000,"version":"5.82.2"},"data":{
                  "settings":[{"id":"s1","key":"title","value":"Quayside Notes"},
                              {"id":"s2","key":"description","value":"Tides, boats and the people on them."}],
                  "users":[{"id":"u1","name":"Maren Holt","slug":"maren","status":"active"}],
                  "posts":[{"id":"p1","title":"First light","slug":"first-light","type":"post","status":"published",
                            "html":"<p>The boats went out.</p>","published_at":"2024-03-04T10:00:00.000Z"}],
                  "posts_authors":[{"id":"a1","post_id":"p1","author_id":"u1","sort_order":0}]}}]}
                """);
        return magazine.imports().importPrepared(ImportService.prepare(file, ImportService.Options.NONE), ImportProgress.NONE);
    }

    @Test
    void a_ghost_sites_title_and_description_name_an_empty_magazine_and_the_report_says_so() throws Exception {
        ImportOutcome outcome = importGhost();

        assertThat(magazine.settings().current().title()).isEqualTo("Quayside Notes");
        assertThat(magazine.settings().current().tagline()).isEqualTo("Tides, boats and the people on them.");
        assertThat(outcome.lines()).anyMatch(line -> line.contains("now called “Quayside Notes”"));
    }

    @Test
    void a_wordpress_sites_title_and_description_name_an_empty_magazine_decoded_once() {
        SmallWxr.export().post(1, "Dawn", "<p>Boats.</p>").importInto(magazine, dir);

        assertThat(magazine.settings().current().title()).isEqualTo("The Harbour Review");
        assertThat(magazine.settings().current().tagline()).isEqualTo("News from the quay & the boats");
    }

    @Test
    void a_magazine_that_named_itself_keeps_its_name_and_tagline() throws Exception {
        magazine.settings().set(Setting.SITE_TITLE, "Our Own Title");
        magazine.settings().set(Setting.SITE_TAGLINE, "Our own line");

        ImportOutcome outcome = importGhost();

        assertThat(magazine.settings().current().title()).isEqualTo("Our Own Title");
        assertThat(magazine.settings().current().tagline()).isEqualTo("Our own line");
        assertThat(outcome.lines()).noneMatch(line -> line.contains("now called"));
    }

    @Test
    void a_magazine_that_already_publishes_keeps_its_default_name() throws Exception {
        ArticleBuilder.anArticle().titled("Already here").by("Ann Writer").publishedOn(java.time.LocalDate.of(2024, 1, 2)).in(magazine);

        importGhost();

        assertThat(magazine.settings().current().title()).isEqualTo(Setting.SITE_TITLE.defaultValue());
    }
}
