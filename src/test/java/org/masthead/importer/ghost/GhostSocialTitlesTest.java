package org.masthead.importer.ghost;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.masthead.common.Actor;
import org.masthead.apikey.ApiKey;
import org.masthead.importer.ImportOutcome;
import org.masthead.importer.ImportService.Options;
import org.masthead.platform.Database;
import org.masthead.support.RunningSite;
import org.masthead.support.SiteExtension;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The titles and descriptions a Ghost post gave its cards on social networks (posts_meta's og_ and twitter_ texts)
 * come in, head its page's Open Graph and X tags, and are answered by the Content API; a post without them falls back.
 */
class GhostSocialTitlesTest {
    @RegisterExtension
    static final SiteExtension site = SiteExtension.of(() -> RunningSite.empty(Database.Kind.SQLITE));

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String SHARED = "5c7ecfe7e6a5d30001c0a001";
    private static final String SEARCHED = "5c7ecfe7e6a5d30001c0a002";
    private static final String PLAIN = "5c7ecfe7e6a5d30001c0a003";
    private static final String LONG = "5c7ecfe7e6a5d30001c0a004";
    private static String key;

    @BeforeAll
    static void importThreeGhostPosts() throws Exception {
        Path dir = Files.createTempDirectory("ghost-social");
        Path file = Files.writeString(dir.resolve("export.json"), """
                {"db":[{"meta":{"exported_on":1717000000000,"version":"5.82.2"},"data":{
                  "users":[{"id":"5c7ecfe7e6a5d30001c0aaaa","name":"Maren Holt","slug":"maren","status":"active"}],
                  "posts":[%s,%s,%s,%s],
                  "posts_meta":[
                    {"id":"m1","post_id":"%s","og_title":"The ferry is back, and it is free","og_description":"Crossings resume on Monday.",
                     "twitter_title":"Free ferry from Monday","twitter_description":null,"meta_title":"Ferry returns | Harbour"},
                    {"id":"m2","post_id":"%s","meta_title":"Tide tables for the estuary","meta_description":"Every tide of the year."},
                    {"id":"m3","post_id":"%s","meta_title":"Kept for search engines","og_title":"%s"}],
                  "posts_authors":[{"id":"x1","post_id":"%s","author_id":"5c7ecfe7e6a5d30001c0aaaa","sort_order":0},
                                   {"id":"x2","post_id":"%s","author_id":"5c7ecfe7e6a5d30001c0aaaa","sort_order":0},
                                   {"id":"x3","post_id":"%s","author_id":"5c7ecfe7e6a5d30001c0aaaa","sort_order":0},
                                   {"id":"x4","post_id":"%s","author_id":"5c7ecfe7e6a5d30001c0aaaa","sort_order":0}]}}]}
                """.formatted(post(SHARED, "the-ferry", "The ferry"), post(SEARCHED, "tides", "Tides"),
                post(PLAIN, "gulls", "Gulls"), post(LONG, "long", "Long"), SHARED, SEARCHED, LONG, "x".repeat(301), SHARED,
                SEARCHED, PLAIN, LONG));
        ImportOutcome outcome = GhostFixtures.importFile(site.magazine(), file, Options.NONE);
        assertThat(outcome.failures()).isEmpty();
        key = site.magazine().apiKeys().create(Actor.system("test"), ApiKey.Kind.CONTENT, "Front end").printable();
    }

    private static String post(String id, String slug, String title) {
        return """
                {"id":"%s","uuid":"9a1c0f3e-1111-4222-8333-44445555%s","title":"%s","slug":"%s","type":"post",
                 "custom_excerpt":"%s, the dek.","status":"published","visibility":"public","html":"<p>%s, in words.</p>",
                 "published_at":"2024-03-04T10:00:00.000Z"}"""
                .formatted(id, id.substring(20), title, slug, title, title);
    }

    private static Document page(String slug) {
        var page = site.http().get("/2024/03/04/" + slug + "/");
        assertThat(page.status()).isEqualTo(200);
        return page.html();
    }

    private static String meta(Document page, String property) {
        Element tag = page.selectFirst("meta[property=" + property + "], meta[name=" + property + "]");
        assertThat(tag).as(property).isNotNull();
        return tag.attr("content");
    }

    private static JsonNode apiPost(String id) {
        var response = site.http().get("/ghost/api/content/posts/" + id + "/?key=" + key);
        assertThat(response.status()).isEqualTo(200);
        return JSON.readTree(response.body()).get("posts").get(0);
    }

    @Test
    void the_open_graph_and_x_tags_carry_the_titles_and_descriptions_the_post_gave_its_cards() {
        Document page = page("the-ferry");

        assertThat(meta(page, "og:title")).isEqualTo("The ferry is back, and it is free");
        assertThat(meta(page, "og:description")).isEqualTo("Crossings resume on Monday.");
        assertThat(meta(page, "twitter:title")).isEqualTo("Free ferry from Monday");
        assertThat(meta(page, "twitter:description")).as("X's own is unset: Open Graph's").isEqualTo("Crossings resume on Monday.");
        assertThat(page.title()).isEqualTo("Ferry returns | Harbour");
    }

    @Test
    void a_post_without_card_texts_shares_its_search_engine_texts_and_one_without_those_its_headline_and_dek() {
        Document searched = page("tides");
        Document plain = page("gulls");

        assertThat(meta(searched, "og:title")).isEqualTo("Tide tables for the estuary");
        assertThat(meta(searched, "twitter:title")).isEqualTo("Tide tables for the estuary");
        assertThat(meta(searched, "og:description")).isEqualTo("Every tide of the year.");
        assertThat(meta(searched, "twitter:description")).isEqualTo("Every tide of the year.");
        assertThat(meta(plain, "og:title")).isEqualTo("Gulls");
        assertThat(meta(plain, "twitter:title")).isEqualTo("Gulls");
        assertThat(meta(plain, "og:description")).isEqualTo("Gulls, the dek.");
        assertThat(meta(plain, "twitter:description")).isEqualTo("Gulls, the dek.");
    }

    @Test
    void the_content_api_answers_the_card_texts_as_stored_and_null_where_there_are_none() {
        JsonNode shared = apiPost(SHARED);
        JsonNode plain = apiPost(PLAIN);

        assertThat(shared.get("og_title").asString()).isEqualTo("The ferry is back, and it is free");
        assertThat(shared.get("og_description").asString()).isEqualTo("Crossings resume on Monday.");
        assertThat(shared.get("twitter_title").asString()).isEqualTo("Free ferry from Monday");
        assertThat(shared.get("twitter_description").isNull()).isTrue();
        for (String field : new String[] {"og_title", "og_description", "twitter_title", "twitter_description"}) {
            assertThat(plain.get(field).isNull()).as(field).isTrue();
        }
    }

    @Test
    void a_card_title_too_long_to_keep_is_left_out_with_a_note_and_the_search_engine_title_is_kept() {
        var article = site.magazine().articles().findPublishedBySlug("long").orElseThrow();

        assertThat(article.seo().title()).isEqualTo("Kept for search engines");
        assertThat(article.seo().social().ogTitle()).isEmpty();
        assertThat(site.magazine().workflow().open(Actor.system("test"), article.id()).notes())
                .anySatisfy(note -> assertThat(note.body()).contains("sharing on social networks were not kept"));
    }
}
