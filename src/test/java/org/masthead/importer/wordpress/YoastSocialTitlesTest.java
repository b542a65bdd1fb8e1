package org.masthead.importer.wordpress;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.masthead.article.Seo;
import org.masthead.platform.Database;
import org.masthead.support.RunningSite;
import org.masthead.support.SiteExtension;
import org.masthead.support.SmallWxr;

/** Yoast SEO's Facebook and X titles and descriptions of a WordPress post become its cards' texts here. */
class YoastSocialTitlesTest {
    @RegisterExtension
    static final SiteExtension site = SiteExtension.of(() -> RunningSite.empty(Database.Kind.SQLITE));

    @BeforeAll
    static void importPostsWithYoastMeta() throws Exception {
        var outcome = SmallWxr.export()
                .post(7, "Harbour wall", "<p>The wall is mended.</p>")
                .meta("_yoast_wpseo_title", "%%title%% %%sep%% %%sitename%%")
                .meta("_yoast_wpseo_opengraph-title", "The wall that kept the sea out")
                .meta("_yoast_wpseo_opengraph-description", "Mended after the winter storms.")
                .meta("_yoast_wpseo_twitter-title", "%%title%%: mended")
                .meta("_yoast_wpseo_twitter-description", "Stones, lime and a crane.")
                .post(8, "Quay lamps", "<p>Lit again.</p>")
                .meta("_yoast_wpseo_opengraph-title", "Lamps of %%unknown_thing%%")
                .importInto(site.magazine(), Files.createTempDirectory("yoast-social"));
        assertThat(outcome.failures()).isEmpty();
    }

    private static Seo seo(String slug) {
        return site.magazine().articles().findPublishedBySlug(slug).orElseThrow().seo();
    }

    @Test
    void yoast_open_graph_and_x_texts_are_kept_with_their_variables_filled_in() {
        Seo seo = seo("post-7");

        assertThat(seo.title()).isEqualTo("Harbour wall – The Harbour Review");
        assertThat(seo.social()).isEqualTo(new Seo.Social("The wall that kept the sea out", "Mended after the winter storms.",
                "Harbour wall: mended", "Stones, lime and a crane."));
    }

    @Test
    void the_page_shares_the_yoast_texts_on_facebook_and_x() {
        var response = site.http().get("/2024/03/01/post-7/");
        assertThat(response.status()).isEqualTo(200);
        Document page = response.html();

        assertThat(page.selectFirst("meta[property=og:title]").attr("content")).isEqualTo("The wall that kept the sea out");
        assertThat(page.selectFirst("meta[property=og:description]").attr("content")).isEqualTo("Mended after the winter storms.");
        assertThat(page.selectFirst("meta[name=twitter:title]").attr("content")).isEqualTo("Harbour wall: mended");
        assertThat(page.selectFirst("meta[name=twitter:description]").attr("content")).isEqualTo("Stones, lime and a crane.");
    }

    @Test
    void a_card_title_naming_what_masthead_cannot_fill_in_is_left_out_and_said_so() {
        var article = site.magazine().articles().findPublishedBySlug("post-8").orElseThrow();

        assertThat(article.seo().social().ogTitle()).isEmpty();
        assertThat(site.magazine().workflow().open(org.masthead.common.Actor.system("test"), article.id()).notes())
                .anySatisfy(note -> assertThat(note.body()).contains("Open Graph title"));
    }
}
