package org.masthead.newsletter;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.masthead.common.PageRequest;
import org.masthead.platform.Database;
import org.masthead.boot.Masthead;
import org.masthead.support.Magazines;
import org.masthead.support.MutableClock;

/** The newsroom's queries of the subscribers and the send log, on SQLite and PostgreSQL. */
@ParameterizedClass
@EnumSource(Database.Kind.class)
class NewsletterDeskStoreTest {
    @Parameter
    Database.Kind kind;

    @TempDir
    Path dataDir;

    private final MutableClock clock = MutableClock.at("2026-11-25T12:00:00Z");
    private Masthead magazine;
    private SqlNewsletterDeskStore store;
    private SqlSubscriberStore subscribers;

    @BeforeEach
    void open() {
        magazine = Magazines.open(kind, dataDir, clock);
        store = new SqlNewsletterDeskStore(magazine.database());
        subscribers = new SqlSubscriberStore(magazine.database());
    }

    @AfterEach
    void close() {
        magazine.close();
    }

    private Subscriber subscriber(String email) {
        return subscribers.insertPending(email, email.replaceAll("[^a-z]", "").repeat(8), "form", clock.instant());
    }

    @Test
    void a_search_matches_part_of_an_address_in_any_case_and_takes_wildcards_as_text() {
        subscriber("Ann_Lee@example.org");
        subscriber("annxlee@example.org");
        Subscriber bo = subscriber("bo@example.org");
        subscribers.confirm(bo.id(), clock.instant());

        var underscore = store.find(new NewsletterDesk.SubscriberFilter("ann_", null, null), new PageRequest(1, 50));
        var confirmed = store.find(new NewsletterDesk.SubscriberFilter("", Subscriber.Status.CONFIRMED, Subscriber.Frequency.DAILY),
                new PageRequest(1, 50));

        assertThat(underscore).extracting(Subscriber::email).containsExactly("Ann_Lee@example.org");
        assertThat(confirmed).extracting(Subscriber::email).containsExactly("bo@example.org");
        assertThat(store.countByStatus()).containsEntry(Subscriber.Status.PENDING, 2).containsEntry(Subscriber.Status.CONFIRMED, 1)
                .containsEntry(Subscriber.Status.PAUSED, 0);
    }

    @Test
    void an_import_adds_confirmed_subscribers_in_one_go_and_leaves_the_others() {
        subscriber("there@example.org");
        Subscriber left = subscriber("left@example.org");
        subscribers.unsubscribe(left.id(), clock.instant());
        var desk = magazine.sending().desk(magazine.audit(), new LetterDesigns(magazine.settings()));
        byte[] file = "email\nnew@example.org\nnew@example.org\nthere@example.org\nleft@example.org\n@\n".getBytes(StandardCharsets.UTF_8);

        var report = desk.importCsv(org.masthead.common.Actor.system("test"), file, true, "a stall");

        assertThat(report).isEqualTo(new NewsletterDesk.ImportReport(1, 2, 1, 1, java.util.List.of(6)));
        assertThat(subscribers.findByEmail("new@example.org").orElseThrow()).extracting(Subscriber::status, Subscriber::source)
                .containsExactly(Subscriber.Status.CONFIRMED, "csv import: a stall");
    }

    @Test
    void the_send_log_counts_each_sends_deliveries_by_status() {
        Subscriber ann = subscriber("ann@example.org");
        Subscriber bo = subscriber("bo@example.org");
        magazine.database().write(h -> {
            h.execute("INSERT INTO newsletter_sends (id, kind, subject, status, created_at) VALUES (7, 'weekly', 'A week', 'sending', ?)",
                    clock.instant());
            h.execute("INSERT INTO newsletter_deliveries (send_id, subscriber_id, status, next_attempt_at, last_error) "
                    + "VALUES (7, ?, 'sent', ?, NULL), (7, ?, 'failed', ?, '550 no such user')", ann.id(), clock.instant(), bo.id(), clock.instant());
            return null;
        });

        var log = store.sends(new PageRequest(1, 50));

        assertThat(log).singleElement().satisfies(send -> {
            assertThat(send.kind()).isEqualTo("weekly");
            assertThat(send).extracting(NewsletterDesk.LoggedSend::queued, NewsletterDesk.LoggedSend::sent,
                    NewsletterDesk.LoggedSend::failed, NewsletterDesk.LoggedSend::skipped).containsExactly(0, 1, 1, 0);
        });
        assertThat(store.send(7)).contains(log.getFirst());
        assertThat(store.failures(7, 10)).containsExactly(new NewsletterDesk.Failure("bo@example.org", 0, "550 no such user"));
    }
}
