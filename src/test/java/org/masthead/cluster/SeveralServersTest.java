package org.masthead.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.masthead.account.User;
import org.masthead.article.Article;
import org.masthead.article.ArticleDraft;
import org.masthead.article.Body;
import org.masthead.boot.Masthead;
import org.masthead.common.Actor;
import org.masthead.common.Role;
import org.masthead.edition.Edition;
import org.masthead.edition.EditionSpan;
import org.masthead.support.AdminClient;
import org.masthead.support.Http;
import org.masthead.support.MutableClock;
import org.masthead.support.Cluster;
import org.masthead.support.WebhookReceiver;

import static org.masthead.support.ArticleBuilder.anArticle;

/**
 * Three servers of one magazine on one real PostgreSQL, as behind a load balancer: what one of them changes, the others
 * show within a second, their kept pages included; a session made on one works on another; a scheduled edition goes
 * out once whichever servers run, one of them stopped at the minute.
 */
class SeveralServersTest {
    private static final String PASSWORD = "correct horse battery";
    private final MutableClock clock = MutableClock.at("2026-12-07T09:00:00Z");
    private Cluster cluster;
    private List<Masthead> servers;
    private List<Http> http;
    private Actor ed;
    private Actor ada;

    @BeforeEach
    void start() throws Exception {
        cluster = Cluster.of(3, Map.of("MASTHEAD_WEBHOOKS_PRIVATE_TARGETS", "allow"), clock);
        servers = cluster.servers();
        http = cluster.http();
        var accounts = servers.get(0).accounts();
        User admin = accounts.createFirstAdmin("Ada Admin", "ada@example.org", PASSWORD, "");
        ada = admin.asActor("");
        ed = accounts.add(admin.asActor(""), "Ed Itor", "ed@example.org", Role.EDITOR, PASSWORD).asActor("");
        anArticle().titled("First Dispatch").by("Ann Lee").publishedOn(LocalDate.of(2026, 12, 7)).in(servers.get(0));
    }

    @AfterEach
    void stop() {
        cluster.close();
    }

    private String home(int server) {
        return http.get(server).get("/").body();
    }

    /** Each server has read the home page and the feed, and keeps them. */
    private void everyServerKeepsTheHomePage() {
        for (int i = 0; i < servers.size(); i++) {
            int server = i;
            await().atMost(Duration.ofSeconds(5)).until(() -> home(server).contains("First Dispatch")
                    && !servers.get(server).pageCache().isEmpty());
            assertThat(http.get(server).get("/feed/").body()).contains("First Dispatch");
        }
    }

    private Article publishOnTheFirst(String title) {
        return publishOn(0, title);
    }

    private Article publishOn(int server, String title) {
        Masthead first = servers.get(server);
        Article draft = first.workflow().write(ed, new ArticleDraft(title, null, "", Body.markdown("Words of " + title),
                List.of(first.authors().findOrCreate("Ann Lee").id()), List.of(), null), 0L);
        return first.workflow().publishNow(ed, draft.id());
    }

    @Test
    void what_one_server_publishes_every_server_shows_within_a_second_kept_pages_and_feeds_included() {
        everyServerKeepsTheHomePage();

        publishOnTheFirst("Second Dispatch");

        for (int server = 1; server < 3; server++) {
            int other = server;
            await().atMost(Duration.ofSeconds(1)).pollInterval(Duration.ofMillis(20))
                    .until(() -> home(other).contains("Second Dispatch"));
            assertThat(http.get(other).get("/feed/").body()).contains("Second Dispatch");
        }
    }

    @Test
    void a_change_made_where_no_page_is_kept_makes_the_other_servers_forget_only_what_it_reaches() {
        everyServerKeepsTheHomePage();
        servers.get(0).pageCache().clear();

        Masthead first = servers.get(0);
        first.workflow().write(ed, new ArticleDraft("A Draft Nobody Reads Yet", null, "", Body.markdown("Words."),
                List.of(first.authors().findOrCreate("Ann Lee").id()), List.of(), null), 0L);

        await().during(Duration.ofMillis(700)).atMost(Duration.ofSeconds(2))
                .until(() -> !servers.get(1).pageCache().isEmpty() && !servers.get(2).pageCache().isEmpty());
    }

    @Test
    void a_server_that_lost_its_connection_to_the_notices_serves_no_stale_page_once_it_listens_again() {
        everyServerKeepsTheHomePage();

        // Every server's listening connection is cut at once, as a restart of PostgreSQL or a network cut would.
        servers.get(0).database().read(h -> h.createQuery("SELECT pg_terminate_backend(pid) FROM pg_stat_activity"
                + " WHERE application_name = 'masthead-notices'").mapTo(Boolean.class).list());
        publishOnTheFirst("Published While Nobody Listened");

        for (int server = 1; server < 3; server++) {
            int other = server;
            await().atMost(Duration.ofSeconds(1)).pollInterval(Duration.ofMillis(20))
                    .until(() -> home(other).contains("Published While Nobody Listened"));
        }
        await().atMost(Duration.ofSeconds(5)).until(() -> {
            home(1);
            return !servers.get(1).pageCache().isEmpty();
        });
    }

    @Test
    void each_publish_is_announced_to_a_webhook_once_though_every_server_runs_a_delivery_worker() {
        try (var receiver = new WebhookReceiver()) {
            servers.get(0).webhooks().add(ada, "Newsletter tool", "post.published", receiver.url("/hooks/published"));

            publishOn(1, "From the Second Server");
            publishOn(2, "From the Third Server");

            receiver.await(2);
            await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(4))
                    .until(() -> receiver.received().size() == 2);
            assertThat(receiver.received()).extracting(WebhookReceiver.Request::body)
                    .anyMatch(body -> body.contains("From the Second Server"))
                    .anyMatch(body -> body.contains("From the Third Server"));
        }
    }

    @Test
    void what_one_server_publishes_is_found_by_searching_on_another_within_two_seconds() {
        await().atMost(Duration.ofSeconds(10)).until(() -> found(1, "dispatch").contains("First Dispatch"));

        publishOnTheFirst("Estuary Soundings");

        await().atMost(Duration.ofSeconds(2)).pollInterval(Duration.ofMillis(50))
                .until(() -> found(1, "soundings").contains("Estuary Soundings"));
    }

    /** The titles a search on a server finds (their words marked up where they matched). */
    private List<String> found(int server, String words) {
        return http.get(server).get("/search?q=" + words).html().select("main h2, main h3").eachText();
    }

    @Test
    void a_setting_changed_on_one_server_shows_on_the_others_within_a_second() {
        everyServerKeepsTheHomePage();

        servers.get(0).settings().set(org.masthead.settings.Setting.SITE_TITLE, "The Harbour Ledger");

        for (int server = 1; server < 3; server++) {
            int other = server;
            await().atMost(Duration.ofSeconds(1)).pollInterval(Duration.ofMillis(20))
                    .until(() -> http.get(other).get("/").html().title().contains("The Harbour Ledger"));
            assertThat(servers.get(other).settings().current().title()).isEqualTo("The Harbour Ledger");
        }
    }

    @Test
    void a_session_made_on_one_server_works_on_another() {
        var onFirst = new AdminClient(http.get(0).base());
        onFirst.signIn("ed@example.org", PASSWORD);

        var onSecond = onFirst.at(http.get(1).base());

        var dashboard = onSecond.get("/admin/");
        assertThat(dashboard.status()).isEqualTo(200);
        assertThat(dashboard.html().selectFirst("h1").text()).isEqualTo("Hello, Ed Itor");
        var saved = onSecond.submit("/admin/articles/new", "/admin/articles", Map.of("title", "Written on the Second",
                "body", "A paragraph.", "format", "markdown"));
        assertThat(saved.status()).as("its form's token, made on the first server, is good on the second").isEqualTo(303);
    }

    @Test
    void a_scheduled_edition_goes_out_once_with_every_server_running_and_one_stopped_at_the_minute() throws Exception {
        Masthead first = servers.get(0);
        Instant at = Instant.parse("2026-12-08T05:00:00Z");
        Edition edition = first.editionDesk().create(ed, new EditionSpan(LocalDate.of(2026, 12, 8), LocalDate.of(2026, 12, 8), null));
        for (String title : List.of("Dawn Tide", "Morning Ferry", "Noon Market")) {
            Article draft = first.workflow().write(ed, new ArticleDraft(title, null, "", Body.markdown("Words."),
                    List.of(first.authors().findOrCreate("Ann Lee").id()), List.of(), null), 0L);
            first.editionDesk().add(ed, edition.id(), draft.id());
        }
        first.editionDesk().schedule(ed, edition.id(), at);
        clock.set(at.plusSeconds(1));

        List<Callable<Integer>> runs = new ArrayList<>();
        for (Masthead server : servers) {
            runs.add(() -> server.scheduler().runDue());
        }
        runs.add(() -> {
            servers.get(2).close();
            return 0;
        });
        int published = 0;
        try (var pool = Executors.newFixedThreadPool(runs.size())) {
            for (Future<Integer> run : pool.invokeAll(runs)) {
                published += run.get();
            }
        }
        servers.remove(2);
        for (Masthead server : servers) {
            published += server.scheduler().runDue();
        }

        // What each server's run returned is no measure: the stopped one may have published and died before saying so.
        assertThat(published).isLessThanOrEqualTo(3);
        Cluster.assertWentOutOnce(first, edition.id());
        assertThat(http.get(1).get("/").body()).contains("Dawn Tide").contains("Morning Ferry").contains("Noon Market");
    }
}
