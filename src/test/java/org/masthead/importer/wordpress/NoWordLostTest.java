package org.masthead.importer.wordpress;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.masthead.article.Article;
import org.masthead.importer.ImportOutcome;
import org.masthead.platform.Database;
import org.masthead.boot.Masthead;
import org.masthead.support.Magazines;
import org.masthead.support.SmallWxr;

/** A WordPress import keeps every word its posts held, and names any post stored without some. */
class NoWordLostTest {
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

    private ImportOutcome importing(SmallWxr export) {
        return export.importInto(magazine, dir);
    }

    private Article post(int id) {
        long articleId = magazine.database().read(h -> h.createQuery("SELECT entity_id FROM import_keys WHERE source_key = :key")
                .bind("key", "post:" + id).mapTo(Long.class).one());
        return magazine.articles().find(articleId);
    }

    @Test
    void every_paragraph_between_a_spacer_with_attributes_and_latest_posts_is_kept_and_counted_as_kept() {
        ImportOutcome outcome = importing(SmallWxr.export().post(1, "Harbour news", """
                <!-- wp:spacer {"height":"20px"} -->
                <div style="height:20px" aria-hidden="true" class="wp-block-spacer"></div>
                <!-- /wp:spacer -->

                <!-- wp:heading -->
                <h2>The ferry is back</h2>
                <!-- /wp:heading -->

                <!-- wp:paragraph -->
                <p>It runs twice a day from Monday.</p>
                <!-- /wp:paragraph -->

                <!-- wp:latest-posts {"postsToShow":3} /-->
                """));

        assertThat(post(1).body().html()).contains("The ferry is back", "It runs twice a day from Monday.");
        assertThat(outcome.losses()).isEmpty();
        assertThat(outcome.wordsRead()).isEqualTo(11);
        assertThat(outcome.counted()).containsEntry("blocks WordPress drew itself, left out: wp:latest-posts", 1).hasSize(1);
    }

    @Test
    void a_post_whose_words_the_magazine_cannot_keep_is_named_with_how_many() {
        ImportOutcome outcome = importing(SmallWxr.export().post(1, "Kept whole", "<p>All of it stays.</p>")
                .post(2, "Map", "<p>The route:</p><object data=\"map.swf\">Your browser cannot show the map</object>"));

        assertThat(outcome.losses()).singleElement().isEqualTo(new ImportOutcome.Loss("post 2 “Map”", 8, 6));
        assertThat(outcome.complete()).isFalse();
        assertThat(outcome.lines()).contains("  post 2 “Map”: 6 of its 8 words are missing");
        assertThat(outcome.lines().getFirst()).endsWith("with 1 post missing words.");
    }

    @Test
    void text_in_blocks_the_magazine_drops_and_characters_html_reads_as_windows_1252_are_kept() {
        ImportOutcome outcome = importing(SmallWxr.export().post(1, "Columns",
                "<div class=\"col\">Left</div><div class=\"col\">Right</div><p>Caf&#233; &#150; &#x9F;</p>"));

        assertThat(outcome.losses()).isEmpty();
        assertThat(post(1).body().html()).contains("Left").contains("Right").doesNotContain("LeftRight").contains("–").contains("Ÿ");
    }

    @Test
    void a_caption_shortcode_loses_its_settings_and_keeps_its_caption() {
        ImportOutcome outcome = importing(SmallWxr.export().post(1, "Dawn", "[caption id=\"attachment_5\" align=\"alignnone\" "
                + "width=\"300\" caption=\"Boats at dawn\"]<img src=\"https://old.example/boats.jpg\" />[/caption]"));

        assertThat(outcome.losses()).isEmpty();
        assertThat(post(1).body().html()).contains("<figcaption>Boats at dawn</figcaption>");
    }
}
