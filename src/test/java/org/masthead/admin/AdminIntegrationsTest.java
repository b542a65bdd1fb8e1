package org.masthead.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.masthead.common.Actor;
import org.masthead.common.Role;
import org.masthead.article.Article;
import org.masthead.article.BodyFormat;
import org.masthead.article.DraftInput;
import org.masthead.platform.Database;
import org.masthead.support.AdminClient;
import org.masthead.support.Http;
import org.masthead.support.RunningSite;
import org.masthead.support.SiteExtension;
import org.masthead.support.WebhookReceiver;
import org.masthead.webhook.Webhook;

/** The admin's integrations screens: API keys, webhooks and their delivery log, over HTTP as a browser sends them. */
class AdminIntegrationsTest {
    private static final String PASSWORD = "correct horse battery";

    // The receiver runs on this machine: the operator allows webhooks to private addresses in the config file.
    @RegisterExtension
    static final SiteExtension site = SiteExtension.of(() -> RunningSite.withDataDir(Database.Kind.SQLITE, dir -> {
        try {
            Files.writeString(dir.resolve("masthead.properties"), "webhooks.private-targets=allow\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }));

    private static final WebhookReceiver receiver = new WebhookReceiver();
    private static Actor ada;
    private static AdminClient admin;

    @BeforeAll
    static void people() {
        ada = site.magazine().accounts().createFirstAdmin("Ada Admin", "ada@example.org", PASSWORD, "").asActor("");
        site.magazine().accounts().add(ada, "Ed Itor", "ed@example.org", Role.EDITOR, PASSWORD);
        admin = new AdminClient(site.http().base());
        assertThat(admin.signIn("ada@example.org", PASSWORD).status()).isEqualTo(303);
    }

    @AfterAll
    static void stopReceiver() {
        receiver.close();
    }

    private static Webhook added(String name) {
        return site.magazine().webhooks().list(ada).stream().filter(h -> h.name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void an_admin_makes_a_content_key_sees_its_secret_once_and_revokes_it() {
        Http.Response made = admin.submit("/admin/integrations/", "/admin/integrations/keys", Map.of("name", "Print shop", "kind", "content"));
        assertThat(made.status()).isEqualTo(200);
        String secret = made.html().selectFirst(".secret-shown code").text();
        assertThat(secret).matches("[0-9a-f]{26}");
        assertThat(site.magazine().apiKeys().checkContentKey(secret)).isPresent();

        Document later = admin.get("/admin/integrations/").html();
        assertThat(later.select(".secret-shown")).isEmpty();
        assertThat(later.select("td:contains(Print shop) ~ td code").text()).isEqualTo(secret);

        long id = site.magazine().apiKeys().checkContentKey(secret).orElseThrow().id();
        Http.Response revoked = admin.submit("/admin/integrations/", "/admin/integrations/keys/" + id + "/revoke", Map.of());
        assertThat(revoked.status()).isEqualTo(303);
        assertThat(site.magazine().apiKeys().checkContentKey(secret)).isEmpty();
        assertThat(site.magazine().audit().about("api_key", id)).extracting(e -> e.action())
                .containsExactly("apikey.created", "apikey.revoked");
    }

    @Test
    void a_webhook_added_here_receives_a_publication_and_its_delivery_log_shows_the_failed_try_and_the_next() {
        try (var refusing = new WebhookReceiver().thereafter(500)) {
            deliveryLogAfterARefusal(refusing);
        }
    }

    private void deliveryLogAfterARefusal(WebhookReceiver refusing) {
        Http.Response added = admin.submit("/admin/integrations/", "/admin/integrations/webhooks",
                Map.of("name", "Newsletter tool", "event", "post.published", "target_url", refusing.url("/newsletter")));
        assertThat(added.status()).isEqualTo(200);
        assertThat(added.html().selectFirst(".secret-shown code").text()).matches("[0-9a-f]{64}");
        Webhook hook = added("Newsletter tool");

        Article article = site.magazine().workflow().write(ada, new DraftInput("The Dockers Who Stopped the Port", null, "",
                BodyFormat.MARKDOWN, "Text.", List.of("Ann Lee"), List.of(), null), site.magazine().accounts().bylineOf(ada));
        site.magazine().workflow().publishNow(ada, article.id());
        refusing.await(1);
        site.magazine().webhooks().deliverDue();

        Document log = admin.get("/admin/integrations/webhooks/" + hook.id()).html();
        var row = log.selectFirst("table.list tbody tr");
        assertThat(row.select("td").get(1).text()).isEqualTo("post.published");
        assertThat(row.selectFirst("a[href=/admin/articles/" + article.id() + "]").text()).isEqualTo("The Dockers Who Stopped the Port");
        assertThat(row.select("td").get(3).text()).isEqualTo("1");
        assertThat(row.select("td").get(4).text()).isEqualTo("pending");
        assertThat(row.select("td").get(5).text()).isEqualTo("the receiver answered 500");
        assertThat(row.select("td").get(6).text()).isNotBlank();
    }

    @Test
    void the_secret_is_shown_again_on_demand_and_each_showing_is_in_the_audit_log() {
        admin.submit("/admin/integrations/", "/admin/integrations/webhooks",
                Map.of("name", "Search sync", "event", "post.published.edited", "target_url", receiver.url("/sync")));
        Webhook hook = added("Search sync");
        String page = "/admin/integrations/webhooks/" + hook.id();

        Http.Response shown = admin.submit(page, page + "/secret", Map.of());

        assertThat(shown.status()).isEqualTo(200);
        assertThat(shown.html().selectFirst(".secret-shown code").text()).isEqualTo(site.magazine().webhooks().secretOf(ada, hook.id()));
        assertThat(admin.get(page).html().select(".secret-shown")).isEmpty();
        assertThat(site.magazine().audit().about("webhook", hook.id())).extracting(e -> e.action())
                .contains("webhook.created", "webhook.secret-shown");
    }

    @Test
    void a_test_delivery_is_sent_from_the_screen_and_a_webhook_removed_is_gone_with_its_log() {
        admin.submit("/admin/integrations/", "/admin/integrations/webhooks",
                Map.of("name", "Tester", "event", "page.published", "target_url", receiver.url("/tester")));
        Webhook hook = added("Tester");
        String page = "/admin/integrations/webhooks/" + hook.id();
        int before = receiver.received().size();

        Http.Response sent = admin.submit(page, page + "/test", Map.of());
        assertThat(sent.status()).isEqualTo(303);
        WebhookReceiver.Request request = receiver.await(before + 1).get(before);
        assertThat(request.path()).isEqualTo("/tester");
        assertThat(request.header("X-Masthead-Test")).isEqualTo("true");
        site.magazine().webhooks().deliverDue();
        assertThat(admin.get(page).html().select("table.list tbody tr td").get(1).text()).isEqualTo("page.published (test)");

        assertThat(admin.submit(page, page + "/remove", Map.of()).status()).isEqualTo(303);
        assertThat(site.magazine().webhooks().list(ada)).extracting(Webhook::name).doesNotContain("Tester");
        assertThat(admin.get(page).status()).isEqualTo(404);
    }

    @Test
    void an_address_that_cannot_be_sent_to_is_refused_next_to_its_field_and_nothing_typed_is_lost() {
        Http.Response refused = admin.submit("/admin/integrations/", "/admin/integrations/webhooks",
                Map.of("name", "Broken", "event", "post.unpublished", "target_url", "ftp://files.example/drop"));

        assertThat(refused.status()).isEqualTo(400);
        Document page = refused.html();
        assertThat(page.selectFirst("#hook-url-error").text()).contains("https://");
        assertThat(page.selectFirst("#hook-url").attr("value")).isEqualTo("ftp://files.example/drop");
        assertThat(page.selectFirst("#hook-name").attr("value")).isEqualTo("Broken");
        assertThat(page.selectFirst("#hook-event option[selected]").attr("value")).isEqualTo("post.unpublished");
        assertThat(site.magazine().webhooks().list(ada)).extracting(Webhook::name).doesNotContain("Broken");
    }

    @Test
    void only_admins_see_and_use_the_integrations() {
        var editor = new AdminClient(site.http().base());
        editor.signIn("ed@example.org", PASSWORD);

        assertThat(editor.get("/admin/").html().select("nav a[href=/admin/integrations/]")).isEmpty();
        assertThat(admin.get("/admin/").html().select("nav a[href=/admin/integrations/]")).hasSize(1);
        assertThat(editor.get("/admin/integrations/").status()).isEqualTo(403);
        String token = AdminClient.csrfOf(editor.get("/admin/"));
        assertThat(editor.post("/admin/integrations/keys", Map.of("_csrf", token, "name", "Mine", "kind", "admin")).status())
                .isEqualTo(403);
        assertThat(admin.post("/admin/integrations/keys", Map.of("name", "No token", "kind", "admin")).status()).isEqualTo(403);
        assertThat(site.magazine().apiKeys().list(ada)).extracting(k -> k.name()).doesNotContain("Mine", "No token");
    }
}
