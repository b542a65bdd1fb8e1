package org.masthead.newsletter;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.masthead.platform.Database;
import org.masthead.boot.Masthead;
import org.masthead.support.Magazines;
import org.masthead.support.MutableClock;

/** The subscribers and the subscribe throttle, on SQLite and PostgreSQL. */
@ParameterizedClass
@EnumSource(Database.Kind.class)
class SubscriberStoreTest {
    private static final String TOKEN = "t".repeat(43);

    @Parameter
    Database.Kind kind;

    @TempDir
    Path dataDir;

    private final MutableClock clock = MutableClock.at("2026-11-25T12:00:00Z");
    private Masthead magazine;
    private SqlSubscriberStore store;

    @BeforeEach
    void open() {
        magazine = Magazines.open(kind, dataDir, clock);
        store = new SqlSubscriberStore(magazine.database());
    }

    @AfterEach
    void close() {
        magazine.close();
    }

    @Test
    void an_address_is_one_subscriber_whatever_its_case() {
        Subscriber first = store.insertPending("ann@example.org", TOKEN, "form", clock.instant());

        Subscriber again = store.insertPending("ANN@Example.org", "u".repeat(43), "form", clock.instant());

        assertThat(again).isEqualTo(first);
        assertThat(first.status()).isEqualTo(Subscriber.Status.PENDING);
        assertThat(first.frequency()).isEqualTo(Subscriber.Frequency.DAILY);
        assertThat(first.source()).isEqualTo("form");
        assertThat(first.createdAt()).isEqualTo(clock.instant());
        assertThat(store.findByEmail("Ann@EXAMPLE.org")).contains(first);
        assertThat(store.findByToken(TOKEN)).contains(first);
    }

    @Test
    void only_a_pending_subscriber_is_confirmed_and_a_link_of_someone_who_left_does_not_bring_them_back() {
        long id = store.insertPending("ann@example.org", TOKEN, "form", clock.instant()).id();

        assertThat(store.confirm(id, clock.instant())).isTrue();
        assertThat(store.confirm(id, clock.instant())).isFalse();
        store.unsubscribe(id, clock.instant());
        assertThat(magazine.subscriptions().confirm(TOKEN).orElseThrow().status()).isEqualTo(Subscriber.Status.UNSUBSCRIBED);

        Subscriber left = store.findByToken(TOKEN).orElseThrow();
        assertThat(left.confirmedAt()).isEqualTo(clock.instant());
        assertThat(left.unsubscribedAt()).isEqualTo(clock.instant());
    }

    @Test
    void the_scheduler_forgets_subscriptions_left_unconfirmed_for_more_than_a_week_and_only_those() {
        Instant asked = clock.instant();
        store.insertPending("old@example.org", "o".repeat(43), "form", asked);
        long kept = store.insertPending("kept@example.org", "k".repeat(43), "form", asked).id();
        store.confirm(kept, asked);
        clock.set(asked.plus(Duration.ofDays(3)));
        store.insertPending("new@example.org", "n".repeat(43), "form", clock.instant());

        clock.set(asked.plus(Duration.ofDays(7)));
        magazine.scheduler().runDue();
        assertThat(store.findByEmail("old@example.org")).as("a week to the second is not more than a week").isPresent();
        assertThat(magazine.subscriptions().toConfirm("o".repeat(43))).isPresent();
        clock.set(asked.plus(Duration.ofDays(7)).plusSeconds(1));
        assertThat(magazine.subscriptions().confirm("o".repeat(43))).as("expired even before the job runs").isEmpty();
        magazine.scheduler().runDue();

        assertThat(store.findByEmail("old@example.org")).isEmpty();
        assertThat(store.findByEmail("kept@example.org").orElseThrow().status()).isEqualTo(Subscriber.Status.CONFIRMED);
        assertThat(store.findByEmail("new@example.org").orElseThrow().status()).isEqualTo(Subscriber.Status.PENDING);
        assertThat(magazine.subscriptions().expiry().nextDue()).contains(asked.plus(Duration.ofDays(10)).plusMillis(1));
    }

    @Test
    void someone_who_left_and_asks_again_is_pending_again_and_keeps_their_frequency() {
        long id = store.insertPending("ann@example.org", TOKEN, "form", clock.instant()).id();
        store.setFrequency(id, Subscriber.Frequency.WEEKLY);
        store.unsubscribe(id, clock.instant());

        clock.set(clock.instant().plus(Duration.ofDays(30)));
        store.resubscribe(id, "form", clock.instant());

        Subscriber back = store.findByToken(TOKEN).orElseThrow();
        assertThat(back.status()).isEqualTo(Subscriber.Status.PENDING);
        assertThat(back.unsubscribedAt()).isNull();
        assertThat(back.frequency()).isEqualTo(Subscriber.Frequency.WEEKLY);
        assertThat(back.createdAt()).as("the week to confirm starts with the new request").isEqualTo(clock.instant());
    }

    @Test
    void the_throttle_lets_three_requests_for_an_address_through_an_hour_and_holds_the_fourth() {
        var throttle = new SubscribeThrottle(magazine.database(), clock);
        for (int i = 0; i < SubscribeThrottle.PER_EMAIL; i++) {
            assertThat(throttle.admit("ann@example.org", "198.51.100." + i)).isEmpty();
            clock.advance(Duration.ofMinutes(10));
        }

        assertThat(throttle.admit("ann@example.org", "198.51.100.9")).contains(Duration.ofMinutes(30));
        clock.advance(Duration.ofMinutes(30));
        assertThat(throttle.admit("ann@example.org", "198.51.100.9")).isEmpty();
    }

    @Test
    void subscribing_writes_only_the_newsletters_own_tables_which_no_public_page_reads() {
        var written = new java.util.concurrent.ConcurrentLinkedQueue<String>();
        magazine.database().afterEveryCommit(changes -> written.addAll(changes.tables()));

        long id = store.insertPending("ann@example.org", TOKEN, "form", clock.instant()).id();
        store.confirm(id, clock.instant());
        new SubscribeThrottle(magazine.database(), clock).admit("ann@example.org", "198.51.100.1");

        // The readers' page cache forgets nothing for these (ReaderChangesTest).
        assertThat(written).isNotEmpty().allMatch(table -> table.equals("subscribers") || table.equals("subscribe_attempts"));
    }

    @Test
    void the_unsubscribe_headers_name_the_one_click_link_of_the_subscriber() {
        Subscriber ann = store.insertPending("ann@example.org", TOKEN, "form", clock.instant());

        var headers = magazine.subscriptions().unsubscribeHeaders(ann);

        assertThat(headers.get("List-Unsubscribe")).matches("<https?://[^>]+/unsubscribe/\\?token=" + TOKEN + ">");
        assertThat(headers.get("List-Unsubscribe-Post")).isEqualTo("List-Unsubscribe=One-Click");
    }
}
