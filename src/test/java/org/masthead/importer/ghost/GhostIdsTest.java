package org.masthead.importer.ghost;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.masthead.common.Actor;
import org.masthead.apikey.ApiKey;
import org.masthead.catalog.Ids;
import org.masthead.importer.ImportOutcome;
import org.masthead.importer.ImportService.Options;
import org.masthead.platform.Database;
import org.masthead.support.ArticleBuilder;
import org.masthead.support.RunningSite;
import org.masthead.support.SiteExtension;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A front end that stored a Ghost post's id finds the post by it here, in the Content API's answers and filters. */
class GhostIdsTest {
    @RegisterExtension
    static final SiteExtension site = SiteExtension.of(() -> RunningSite.empty(Database.Kind.SQLITE));

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String FERRY = "5c7ecfe7e6a5d30001c0ffee";
    private static final String TIDES = "5c7ecfe7e6a5d30001c0ffef";
    private static String key;
    private static Path export;

    @BeforeAll
    static void importTwoGhostPosts() throws Exception {
        Path dir = Files.createTempDirectory("ghost-ids");
        Path file = Files.writeString(dir.resolve("export.json"), """
                {"db":[{"meta":{"exported_on":1717000000000,"version":"5.82.2"},"data":{
                  "users":[{"id":"5c7ecfe7e6a5d30001c0aaaa","name":"Maren Holt","slug":"maren","status":"active"}],
                  "posts":[%s,%s],
                  "posts_authors":[{"id":"x1","post_id":"%s","author_id":"5c7ecfe7e6a5d30001c0aaaa","sort_order":0},
                                   {"id":"x2","post_id":"%s","author_id":"5c7ecfe7e6a5d30001c0aaaa","sort_order":0}]}}]}
                """.formatted(post(FERRY, "the-ferry", "The ferry", "2024-03-04"), post(TIDES, "tides", "Tides", "2024-03-05"),
                FERRY, TIDES));
        export = file;
        ImportOutcome outcome = GhostFixtures.importFile(site.magazine(), file, Options.NONE);
        assertThat(outcome.failures()).isEmpty();
        ArticleBuilder.anArticle().titled("Written here").by("Ann Writer").publishedOn(java.time.LocalDate.of(2024, 3, 6))
                .in(site.magazine());
        key = site.magazine().apiKeys().create(Actor.system("test"), ApiKey.Kind.CONTENT, "Front end").printable();
    }

    private static String post(String id, String slug, String title, String day) {
        return """
                {"id":"%s","uuid":"9a1c0f3e-1111-4222-8333-44445555%s","title":"%s","slug":"%s","type":"post",
                 "status":"published","visibility":"public","html":"<p>%s, in words.</p>","published_at":"%sT10:00:00.000Z"}"""
                .formatted(id, id.substring(20), title, slug, title, day);
    }

    private static JsonNode get(String path) {
        var response = site.http().get("/ghost/api/content/" + path + (path.contains("?") ? "&" : "?") + "key=" + key);
        assertThat(response.status()).as(path).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    private static List<String> ids(JsonNode answer) {
        List<String> ids = new ArrayList<>();
        answer.get("posts").forEach(p -> ids.add(p.get("id").asString()));
        return ids;
    }

    @Test
    void an_imported_post_answers_with_its_ghost_id_and_is_read_by_it() {
        JsonNode one = get("posts/" + FERRY + "/").get("posts").get(0);

        assertThat(one.get("id").asString()).isEqualTo(FERRY);
        assertThat(one.get("slug").asString()).isEqualTo("the-ferry");
        assertThat(ids(get("posts/slug/tides/"))).containsExactly(TIDES);
    }

    @Test
    void a_filter_on_ghost_ids_finds_and_leaves_out_the_posts_they_name() {
        assertThat(ids(get("posts/?filter=id:" + FERRY))).containsExactly(FERRY);
        assertThat(ids(get("posts/?filter=id:-" + FERRY))).hasSize(2).doesNotContain(FERRY).contains(TIDES);
        assertThat(ids(get("posts/?filter=id:[" + FERRY + "," + TIDES + "]"))).containsExactlyInAnyOrder(FERRY, TIDES);
    }

    @Test
    void an_article_written_here_keeps_an_id_of_our_own_shape_and_an_unknown_id_is_not_found() {
        List<String> all = ids(get("posts/?limit=all"));
        String own = all.stream().filter(id -> !id.equals(FERRY) && !id.equals(TIDES)).findFirst().orElseThrow();

        assertThat(Ids.parse(own)).isPresent();
        assertThat(ids(get("posts/" + own + "/"))).containsExactly(own);
        var missing = site.http().get("/ghost/api/content/posts/5c7ecfe7e6a5d30001c0dead/?key=" + key);
        assertThat(missing.status()).isEqualTo(404);
    }

    @Test
    void importing_the_same_export_again_keeps_the_ids() {
        ImportOutcome again = GhostFixtures.importFile(site.magazine(), export, Options.NONE);

        assertThat(again.failures()).isEmpty();
        assertThat(ids(get("posts/" + TIDES + "/"))).containsExactly(TIDES);
    }
}
