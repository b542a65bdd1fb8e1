package org.masthead.api.ghost;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.masthead.catalog.Ids;
import org.masthead.platform.Database;
import org.masthead.support.Newsstand;
import org.masthead.support.NodeClients;
import org.masthead.support.RunningSite;
import org.masthead.support.SiteExtension;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Ghost's own Content API client, {@code @tryghost/content-api} at the version pinned in
 * {@code src/test/node/package-lock.json}, unchanged, against a live Masthead: {@code content.js} prints what the
 * client returned, and this checks it.
 */
class GhostContentClientTest {
    static final JsonMapper JSON = JsonMapper.builder().build();

    @RegisterExtension
    static final SiteExtension site = SiteExtension.of(() -> RunningSite.empty(Database.Kind.SQLITE));

    static Newsstand news;
    static Map<String, String> env;

    @BeforeAll
    static void start() {
        NodeClients.install();
        news = Newsstand.in(site.magazine());
        env = NodeClients.environment(site);
    }

    @Test
    void the_content_client_browses_filters_includes_and_reads_by_id_and_slug() {
        var vars = new java.util.HashMap<>(env);
        vars.put("POST_ID", Ids.of(news.strike().id()));
        vars.put("POST_SLUG", news.budget().slug());
        JsonNode out = JSON.readTree(NodeClients.node("content.js", vars));
        assertThat(out.get("browse").get("count").asInt()).isEqualTo(5);
        assertThat(out.get("browse").get("pagination").get("total").asInt()).isEqualTo(Newsstand.PUBLISHED_ARTICLES);
        assertThat(out.get("browse").get("first").asString()).isEqualTo("Ports reopen");
        assertThat(out.get("browse").get("primaryAuthor").asString()).isEqualTo("ann-smith");
        assertThat(out.get("browse").get("primaryTag").asString()).isEqualTo("ports");
        assertThat(NodeClients.strings(out.get("featuredPorts"))).containsExactly("Strike at the port");
        assertThat(NodeClients.strings(out.get("economyOrFeatured"))).containsExactly("Budget day", "Strike at the port");
        assertThat(NodeClients.strings(out.get("byBob"))).containsExactly("Budget day", "Ports reopen");
        assertThat(out.get("secondPage").get("prev").asInt()).isEqualTo(1);
        assertThat(out.get("readById").get("title").asString()).isEqualTo("Strike at the port");
        assertThat(out.get("readById").get("primaryTag").asString()).isEqualTo("labour");
        assertThat(out.get("readById").get("url").asString()).isEqualTo(env.get("MASTHEAD_URL") + news.strike().path());
        assertThat(out.get("readBySlug").asString()).isEqualTo("Words about money.\nMore words.");
        assertThat(NodeClients.strings(out.get("fields"))).containsExactly("id", "title", "url");
        assertThat(out.get("page").asString()).isEqualTo("About us");
        assertThat(NodeClients.strings(out.get("authors"))).containsExactly("ann-smith=2", "bob-jones=2", "carl-filler=17");
        assertThat(NodeClients.strings(out.get("tag")).getFirst()).isEqualTo("Ports");
        assertThat(out.get("settings").get("title").asString()).isEqualTo("Masthead");
        assertThat(out.get("settings").get("url").asString()).isEqualTo(env.get("MASTHEAD_URL") + "/");
        assertThat(NodeClients.strings(out.get("olderClient"))).containsExactly("Budget day");
        assertThat(out.get("missing").get("name").asString()).isEqualTo("NotFoundError");
        assertThat(out.get("missing").get("message").asString()).isEqualTo("Post not found.");
        assertThat(out.get("wrongKey").get("name").asString()).isEqualTo("UnauthorizedError");
        assertThat(out.get("badFilter").get("name").asString()).isEqualTo("BadRequestError");
    }
}
