package org.masthead.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
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
import org.masthead.support.Cluster;
import org.masthead.support.ForkedServer;
import org.masthead.support.MutableClock;
import org.masthead.support.RowLock;
import org.masthead.support.TestPostgres;

/**
 * Servers of one magazine killed outright (SIGKILL) in the middle of their work, not stopped: a server run as a process
 * of its own ({@link ForkedServer}) whose connections to PostgreSQL vanish mid-transaction and whose shutdown code never
 * runs, beside servers in this JVM that go on. What it had begun is undone with its transaction, and done once by
 * another.
 */
class KilledServersTest {
    private static final String PASSWORD = "correct horse battery";
    // The servers in this JVM stand still just before the real time: the forked one, on the real clock, is first to it.
    private final MutableClock clock = new MutableClock(Instant.now().truncatedTo(ChronoUnit.SECONDS));
    private final String databaseUrl = TestPostgres.newDatabaseUrl();
    private Cluster cluster;
    private List<Masthead> servers;
    private ForkedServer forked;
    private RowLock lock;
    private Actor ed;

    @BeforeEach
    void start() {
        cluster = Cluster.of(2, Map.of("MASTHEAD_DATABASE_URL", databaseUrl), clock);
        servers = cluster.servers();
        var accounts = servers.get(0).accounts();
        User admin = accounts.createFirstAdmin("Ada Admin", "ada@example.org", PASSWORD, "");
        ed = accounts.add(admin.asActor(""), "Ed Itor", "ed@example.org", Role.EDITOR, PASSWORD).asActor("");
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

        forked = ForkedServer.start("killed-publishing-an-edition", databaseUrl, Map.of());
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
        List<String> states = first.database().read(h -> h.createQuery("SELECT status FROM articles WHERE edition_id = :id")
                .bind("id", edition.id()).mapTo(String.class).list());
        assertThat(states).containsExactly("published", "published", "published");
        List<String> done = first.database().read(h -> h.createQuery("SELECT action FROM audit_log WHERE (subject_type = 'edition'"
                + " AND subject_id = :id) OR (action = 'article.published' AND detail = 'with its edition')")
                .bind("id", edition.id()).mapTo(String.class).list());
        assertThat(done)
                .as("the edition went out once, and each of its pieces once")
                .containsExactlyInAnyOrder("edition.opened", "edition.article_added", "edition.article_added",
                        "edition.article_added", "edition.scheduled", "edition.published",
                        "article.published", "article.published", "article.published");
        assertThat(cluster.http().get(1).get("/").body()).contains("Dawn Tide").contains("Morning Ferry").contains("Noon Market");
    }
}
