package org.masthead.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.masthead.support.ArticleBuilder.anArticle;

import java.net.http.HttpRequest;
import java.sql.DriverManager;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.masthead.article.Article;
import org.masthead.boot.Masthead;
import org.masthead.platform.PublicReads;
import org.masthead.support.AdminClient;
import org.masthead.support.Cluster;
import org.masthead.support.Http;
import org.masthead.support.MutableClock;
import org.masthead.support.TestReplica;

/**
 * Two servers of one magazine on a real PostgreSQL primary with a real streaming standby ({@link TestReplica}) as
 * {@code database.replica-url}: anonymous readers' pages read the standby when it has every change the server knows of,
 * the primary otherwise; the newsroom and whoever just wrote read the primary.
 */
class ReplicaReadsTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 7);
    private final MutableClock clock = MutableClock.at("2026-12-07T09:00:00Z");
    private TestReplica.Urls urls;
    private Cluster cluster;
    private Masthead first;
    private Masthead second;

    @BeforeEach
    void start() {
        urls = TestReplica.newDatabase();
        cluster = Cluster.of(2, Map.of("MASTHEAD_DATABASE_URL", urls.primary(), "MASTHEAD_DATABASE_REPLICA_URL", urls.replica()),
                clock);
        first = cluster.servers().get(0);
        second = cluster.servers().get(1);
        first.accounts().createFirstAdmin("Ada Admin", "ada@example.org", "correct horse battery", "");
    }

    @AfterEach
    void stop() {
        TestReplica.resumeReplay();
        cluster.close();
    }

    private static String pathOf(Article article) {
        LocalDate day = article.publishedOn();
        return "/%d/%02d/%02d/%s/".formatted(day.getYear(), day.getMonthValue(), day.getDayOfMonth(), article.slug());
    }

    private Http http(int server) {
        return cluster.http().get(server);
    }

    private boolean replicaHas(String title) throws Exception {
        try (var c = DriverManager.getConnection(urls.replica());
                var s = c.prepareStatement("SELECT count(*) FROM articles WHERE title = ?")) {
            s.setString(1, title);
            try (var r = s.executeQuery()) {
                r.next();
                return r.getInt(1) > 0;
            }
        }
    }

    @Test
    void a_published_articles_page_is_read_from_the_replica_once_it_has_replayed_the_publish() throws Exception {
        Article article = anArticle().titled("Replicated Dispatch").by("Ann Lee").publishedOn(TODAY).in(first);
        await().atMost(Duration.ofSeconds(10)).until(() -> replicaHas("Replicated Dispatch"));
        long before = second.database().readsFromReplica();

        await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(50)).until(() -> {
            second.pageCache().clear();
            var page = http(1).get(pathOf(article));
            return page.status() == 200 && page.body().contains("Replicated Dispatch")
                    && second.database().readsFromReplica() > before;
        });
    }

    @Test
    void the_newsroom_and_a_reader_who_just_wrote_read_the_primary() throws Exception {
        Article article = anArticle().titled("Newsroom Dispatch").by("Ann Lee").publishedOn(TODAY).in(first);
        await().atMost(Duration.ofSeconds(10)).until(() -> replicaHas("Newsroom Dispatch"));
        long before = first.database().readsFromReplica();
        long fallbacks = first.database().publicReadsFromPrimary();

        var newsroom = new AdminClient(http(0).base());
        newsroom.signIn("ada@example.org", "correct horse battery");
        assertThat(newsroom.get("/admin/articles").status()).isEqualTo(200);
        first.pageCache().clear();
        var wrote = http(0).send(HttpRequest.newBuilder(http(0).base().resolve(pathOf(article)))
                .header("Cookie", PublicReads.WROTE_COOKIE + "=1").GET().build());

        assertThat(wrote.body()).contains("Newsroom Dispatch");
        assertThat(first.database().readsFromReplica()).isEqualTo(before);
        assertThat(first.database().publicReadsFromPrimary()).as("not public reads at all").isEqualTo(fallbacks);
    }

    @Test
    void a_form_sent_leaves_a_short_lived_cookie_that_sends_the_next_pages_to_the_primary() {
        var answer = http(0).send(HttpRequest.newBuilder(http(0).base().resolve("/subscribe/"))
                .POST(HttpRequest.BodyPublishers.noBody()).build());

        assertThat(answer.headers().allValues("Set-Cookie")).anyMatch(cookie -> cookie.startsWith(PublicReads.WROTE_COOKIE + "=")
                && cookie.contains("Max-Age=10"));
    }

    @Test
    void a_replica_behind_gives_fresh_pages_from_the_primary_and_none_stale_is_kept() throws Exception {
        anArticle().titled("Before The Pause").by("Ann Lee").publishedOn(TODAY).in(first);
        await().atMost(Duration.ofSeconds(10)).until(() -> replicaHas("Before The Pause"));
        for (int server = 0; server < 2; server++) {
            int which = server;
            await().atMost(Duration.ofSeconds(5)).until(() -> http(which).get("/").body().contains("Before The Pause"));
        }
        TestReplica.pauseReplay();

        anArticle().titled("Published While Replay Paused").by("Ann Lee").publishedOn(TODAY).in(first);

        assertThat(http(0).get("/").body()).contains("Published While Replay Paused");
        await().atMost(Duration.ofSeconds(2)).pollInterval(Duration.ofMillis(20))
                .until(() -> http(1).get("/").body().contains("Published While Replay Paused"));
        assertThat(replicaHas("Published While Replay Paused")).as("the replica is really behind: " + TestReplica.state()).isFalse();
        for (int server = 0; server < 2; server++) {
            int which = server;
            // The publish is several commits, each telling the servers to forget the home page: wait until it stays kept.
            await().atMost(Duration.ofSeconds(5)).until(() -> http(which).get("/").body().contains("Published While Replay Paused")
                    && !cluster.servers().get(which).pageCache().isEmpty());
            assertThat(http(which).get("/").body()).as("the kept page").contains("Published While Replay Paused");
        }
        assertThat(second.database().publicReadsFromPrimary()).isPositive();

        TestReplica.resumeReplay();
        await().atMost(Duration.ofSeconds(10)).until(() -> replicaHas("Published While Replay Paused"));
    }

    @Test
    void with_the_replica_down_the_pages_come_from_the_primary() {
        try (var down = Cluster.of(1, Map.of("MASTHEAD_DATABASE_REPLICA_URL", "jdbc:postgresql://127.0.0.1:9/nowhere"), clock)) {
            Masthead server = down.servers().get(0);
            Article article = anArticle().titled("Served Without Replica").by("Ann Lee").publishedOn(TODAY).in(server);

            for (int i = 0; i < 3; i++) {
                server.pageCache().clear();
                assertThat(down.http().get(0).get(pathOf(article)).status()).isEqualTo(200);
                assertThat(down.http().get(0).get("/").body()).contains("Served Without Replica");
            }
            assertThat(server.database().readsFromReplica()).isZero();
            assertThat(server.database().publicReadsFromPrimary()).isPositive();
        }
    }
}
