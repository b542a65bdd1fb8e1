package org.masthead.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
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
import org.masthead.support.Cluster;
import org.masthead.support.ForkedServer;
import org.masthead.support.MutableClock;
import org.masthead.support.RowLock;
import org.masthead.support.TestPostgres;
import org.masthead.support.WebhookReceiver;

/**
 * Servers of one magazine killed outright (SIGKILL) in the middle of their work, not stopped: a server run as a process
 * of its own ({@link ForkedServer}) whose connections to PostgreSQL vanish mid-transaction and whose shutdown code never
 * runs, beside servers in this JVM that go on. What it had begun is undone with its transaction, and done once by
 * another.
 */
class KilledServersTest {
    private static final String PASSWORD = "correct horse battery";
    /** The settings of every server, the forked one's too: the webhook receiver of a test is on this machine. */
    private static final Map<String, String> FORKED = Map.of("MASTHEAD_WEBHOOKS_PRIVATE_TARGETS", "allow");
    // The servers in this JVM stand still just before the real time: the forked one, on the real clock, is first to it.
    private final MutableClock clock = new MutableClock(Instant.now().truncatedTo(ChronoUnit.SECONDS));
    private final String databaseUrl = TestPostgres.newDatabaseUrl();
    private Cluster cluster;
    private List<Masthead> servers;
    private ForkedServer forked;
    private RowLock lock;
    private Actor ed;
    private Actor ada;

    @BeforeEach
    void start() {
        var settings = new HashMap<>(FORKED);
        settings.put("MASTHEAD_DATABASE_URL", databaseUrl);
        cluster = Cluster.of(2, settings, clock);
        servers = cluster.servers();
        var accounts = servers.get(0).accounts();
        User admin = accounts.createFirstAdmin("Ada Admin", "ada@example.org", PASSWORD, "");
        ada = admin.asActor("");
        ed = accounts.add(ada, "Ed Itor", "ed@example.org", Role.EDITOR, PASSWORD).asActor("");
    }

    @AfterEach
    void stop() {
        if (lock != null) {
            lock.close();
        }
        if (forked != null) {
            forked.close();
        }
        cluster.close();
    }

    @Test
    void a_scheduled_edition_goes_out_once_when_the_server_publishing_it_is_killed_halfway_through() throws Exception {
        Masthead first = servers.get(0);
        // A few seconds ahead on the real clock, for the forked server (started after it is scheduled) to wait for it.
        Instant at = clock.instant().plusSeconds(8);
        LocalDate day = LocalDate.ofInstant(at, ZoneOffset.UTC);
        Edition edition = first.editionDesk().create(ed, new EditionSpan(day, day, null));
        List<Long> pieces = new ArrayList<>();
        for (String title : List.of("Dawn Tide", "Morning Ferry", "Noon Market")) {
            Article draft = first.workflow().write(ed, new ArticleDraft(title, null, "", Body.markdown("Words."),
                    List.of(first.authors().findOrCreate("Ann Lee").id()), List.of(), null), 0L);
            first.editionDesk().add(ed, edition.id(), draft.id());
            pieces.add(draft.id());
        }
        first.editionDesk().schedule(ed, edition.id(), at);
        // The last piece is held, so the forked server's publishing stops there: the edition and two pieces done, uncommitted.
        lock = RowLock.hold(databaseUrl, "SELECT id FROM articles WHERE id = " + pieces.getLast() + " FOR UPDATE");

        forked = ForkedServer.start("killed-publishing-an-edition", databaseUrl, FORKED);
        await().atMost(Duration.ofSeconds(20)).until(() -> !lock.waiting().isEmpty());
        RowLock.Waiting publishing = lock.waiting().getFirst();
        assertThat(publishing.holdsAdvisoryLock()).as("it waits inside the edition's transaction: " + publishing).isTrue();
        assertThat(publishing.query()).containsIgnoringCase("articles");
        forked.kill();

        // The servers left come to the minute and publish what is due, while the killed server's transaction lingers.
        clock.set(at.plusSeconds(1));
        List<Callable<Integer>> runs = servers.stream().<Callable<Integer>>map(server -> () -> server.scheduler().runDue()).toList();
        int published = 0;
        try (var pool = Executors.newFixedThreadPool(runs.size())) {
            List<Future<Integer>> running = runs.stream().map(pool::submit).toList();
            await().atMost(Duration.ofSeconds(5)).until(() -> lock.waiting().size() >= 1 + runs.size());
            // PostgreSQL notices the killed server is gone only when its wait ends: then its transaction is rolled back.
            lock.close();
            lock = null;
            for (Future<Integer> run : running) {
                published += run.get();
            }
        }
        for (Masthead server : servers) {
            published += server.scheduler().runDue();
        }

        assertThat(published).isLessThanOrEqualTo(3);
        Cluster.assertWentOutOnce(first, edition.id());
        assertThat(cluster.http().get(1).get("/").body()).contains("Dawn Tide").contains("Morning Ferry").contains("Noon Market");
    }

    /**
     * A webhook is delivered at least once: its delivery is claimed for a lease ({@code DeliveryWorker.LEASE}, two
     * minutes) before it is sent, and one whose sender died is sent again when the lease runs out. So a receiver that
     * had the request when its sender was killed gets it twice, and the second time is the last.
     */
    @Test
    void a_webhook_whose_sender_is_killed_mid_request_is_sent_again_by_another_server_once_its_lease_runs_out() {
        Masthead first = servers.get(0);
        try (var receiver = new WebhookReceiver()) {
            first.webhooks().add(ada, "Newsletter tool", "post.published", receiver.url("/hooks/published"));
            Article draft = first.workflow().write(ed, new ArticleDraft("Harbour Lights", null, "", Body.markdown("Words."),
                    List.of(first.authors().findOrCreate("Ann Lee").id()), List.of(), null), 0L);
            receiver.holdAnswers();
            forked = ForkedServer.start("killed-delivering-a-webhook", databaseUrl, FORKED);

            // Published on the forked server, which announces it: the servers here, standing before now, see nothing due.
            var editor = new AdminClient(forked.base());
            editor.signIn("ed@example.org", PASSWORD);
            // The session's form token from a light page: the article's own would load the topic suggester, seconds.
            String token = editor.get("/admin/").html().selectFirst("form.sign-out input[name=_csrf]").attr("value");
            var published = editor.post("/admin/articles/" + draft.id(), Map.of("_csrf", token, "version",
                    Integer.toString(draft.version()), "action", "publish", "title", "Harbour Lights", "body", "Words.",
                    "authors", "Ann Lee", "format", "markdown"));
            assertThat(published.status()).as(published.body()).isEqualTo(303);
            receiver.await(1);
            forked.kill();
            receiver.answerHeld();

            assertThat(servers.stream().mapToInt(server -> server.webhooks().deliverDue()).sum())
                    .as("nobody sends it again while the killed server's lease holds").isZero();
            Instant leaseEnds = first.database().read(h -> h.createQuery("SELECT next_attempt_at FROM webhook_deliveries")
                    .mapTo(Instant.class).one());
            clock.set(leaseEnds.plusSeconds(1));
            int tried = 0;
            for (Masthead server : servers) {
                tried += server.webhooks().deliverDue();
            }

            // The servers' own workers may have been first to it: what these passes tried is at most the one.
            assertThat(tried).isLessThanOrEqualTo(1);
            List<WebhookReceiver.Request> received = receiver.await(2);
            assertThat(received).hasSize(2).extracting(WebhookReceiver.Request::body)
                    .allMatch(body -> body.contains("Harbour Lights")).containsOnly(received.getFirst().body());
            List<String> deliveries = first.database().read(h -> h.createQuery("SELECT status FROM webhook_deliveries")
                    .mapTo(String.class).list());
            assertThat(deliveries).containsExactly("delivered");
            await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(3)).until(() -> receiver.received().size() == 2);
        }
    }
}
