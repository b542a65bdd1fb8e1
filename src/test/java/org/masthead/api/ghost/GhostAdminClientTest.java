package org.masthead.api.ghost;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.masthead.common.Actor;
import org.masthead.catalog.Ids;
import org.masthead.media.CreditKind;
import org.masthead.media.ImageDetails;
import org.masthead.media.Licence;
import org.masthead.platform.Database;
import org.masthead.support.Newsstand;
import org.masthead.support.NodeClients;
import org.masthead.support.Pictures;
import org.masthead.support.RunningSite;
import org.masthead.support.SiteExtension;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Ghost's own Admin API client, {@code @tryghost/admin-api} at the version pinned in
 * {@code src/test/node/package-lock.json}, unchanged, against a live Masthead (a magazine of its own, so that what
 * it publishes changes no other test's lists): {@code admin.js} prints what the client returned.
 */
class GhostAdminClientTest {
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
    void the_admin_client_writes_schedules_uploads_and_publishes_once_the_picture_is_credited() throws Exception {
        Path image = Files.createTempFile("harbour", ".jpg");
        Files.write(image, Pictures.jpeg(640, 480));
        var vars = new java.util.HashMap<>(env);
        vars.put("IMAGE", image.toString());
        JsonNode out = JSON.readTree(NodeClients.node("admin.js", vars, "write"));
        JsonNode added = out.get("added");
        assertThat(added.get("status").asString()).isEqualTo("draft");
        assertThat(added.get("html").asString()).contains("<b>draft</b>").doesNotContain("script");
        assertThat(NodeClients.strings(added.get("tags"))).containsExactly("harbour", "weather");
        assertThat(NodeClients.strings(added.get("authors"))).containsExactly("ann-smith");
        assertThat(out.get("edited").get("title").asString()).isEqualTo("Rewritten by a program");
        assertThat(out.get("edited").get("html").asString()).isEqualTo("<p>Second draft</p>");
        assertThat(out.get("collision").get("name").asString()).isEqualTo("UpdateCollisionError");
        assertThat(out.get("scheduled").get("status").asString()).isEqualTo("scheduled");
        assertThat(out.get("back").get("status").asString()).isEqualTo("draft");
        assertThat(out.get("image").get("url").asString()).startsWith(env.get("MASTHEAD_URL") + "/media/");
        assertThat(out.get("image").get("ref").asString()).isEqualTo("lead");
        assertThat(out.get("led").get("feature_image").asString()).isEqualTo(out.get("image").get("url").asString());
        assertThat(out.get("led").get("feature_image_alt").asString()).isEqualTo("Boats at dawn");
        assertThat(out.get("refused").get("name").asString()).isEqualTo("ValidationError");
        assertThat(out.get("refused").get("message").asString()).contains("a credit");
        assertThat(NodeClients.strings(out.get("drafts"))).contains(added.get("id").asString());

        long articleId = Ids.parse(added.get("id").asString()).orElseThrow();
        var picture = site.magazine().media().find(site.magazine().articles().find(articleId).leadImageId());
        site.magazine().media().describe(Actor.system("test"), picture.id(), new ImageDetails(picture.alt(), "", CreditKind.PHOTO,
                "Jo Lens", null, Licence.CC_BY_4_0));
        vars.put("POST_ID", added.get("id").asString());
        JsonNode published = JSON.readTree(NodeClients.node("admin.js", vars, "publish")).get("published");
        assertThat(published.get("status").asString()).isEqualTo("published");
        assertThat(published.get("url").asString()).startsWith(env.get("MASTHEAD_URL") + "/");
        assertThat(site.http().get(published.get("url").asString().substring(env.get("MASTHEAD_URL").length())).status()).isEqualTo(200);
        assertThat(site.magazine().audit().about("article", articleId)).extracting(e -> e.actor()).contains("API key Publishing robot");
        Files.delete(image);
    }
}
