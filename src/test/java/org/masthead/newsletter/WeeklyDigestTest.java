package org.masthead.newsletter;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.internet.MimeMessage;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.masthead.common.Actor;
import org.masthead.article.ArticleDraft;
import org.masthead.article.Body;
import org.masthead.edition.Edition;
import org.masthead.edition.EditionSpan;
import org.masthead.platform.Database;
import org.masthead.boot.Masthead;
import org.masthead.settings.Setting;
import org.masthead.support.MagazineExtension;
import org.masthead.support.MutableClock;

/**
 * The weekly digest, on SQLite and PostgreSQL through GreenMail: queued by the scheduler at its hour (Sunday 8:00 by
 * default, in the magazine's zone, UTC here), with the editions of the seven days before it, once a week.
 */
@ParameterizedClass
@EnumSource(Database.Kind.class)
class WeeklyDigestTest {
    private static final Instant SUNDAY_EIGHT = Instant.parse("2026-11-29T08:00:00Z");
    private static final LocalDate WEEK_OF = LocalDate.of(2026, 11, 23);
    private static final String DIGEST_SUBJECT = "The Ledger: the week to November 29, 2026";

    private final MutableClock clock = MutableClock.at("2026-11-19T21:00:00Z");
    @RegisterExtension
    final MagazineExtension ledger;
    private Masthead magazine;
    private SqlSubscriberStore subscribers;
    private SqlSendStore sends;
    private SendingService sending;
    private Actor editor;

    WeeklyDigestTest(Database.Kind kind) {
        ledger = MagazineExtension.on(kind, clock).withStaff();
    }

    @BeforeEach
    void open() {
        magazine = ledger.magazine();
        editor = ledger.editor();
        subscribers = new SqlSubscriberStore(magazine.database());
        sends = new SqlSendStore(magazine.database());
        sending = sender();
    }

    @AfterEach
    void close() {
        sending.close();
    }

    /** A sender as a restarted server has one: nothing in memory from before. */
    private SendingService sender() {
        var s = magazine.settings();
        return new SendingService(NewsletterStores.sql(magazine.database(), magazine.clock()), new SendingService.Wiring(magazine.database(),
                magazine.editions(), magazine.articles(), magazine.subscriptions(), magazine.mailer(), s::mail, () -> 100_000,
                () -> s.current().title(), () -> magazine.config().publicUrl(0), clock, magazine.config().timezone(), s::digestAt),
                when -> clock.set(when));
    }

    private Subscriber confirmed(String email, Subscriber.Frequency frequency) {
        Subscriber pending = subscribers.insertPending(email, email.replaceAll("[^a-z]", "").repeat(8), "form", clock.instant());
        subscribers.confirm(pending.id(), clock.instant());
        subscribers.setFrequency(pending.id(), frequency);
        return subscribers.findByEmail(email).orElseThrow();
    }

    /** An edition with the pieces titled, scheduled for {@code at} and sent out by the scheduler then. */
    private Edition published(LocalDate from, LocalDate to, String label, Instant at, String... titles) {
        var desk = magazine.editionDesk();
        Edition edition = desk.create(editor, new EditionSpan(from, to, label));
        for (String title : titles) {
            var draft = new ArticleDraft(title, null, "", Body.markdown("Words."), List.of(), List.of(), null);
            desk.add(editor, edition.id(), magazine.workflow().write(editor, draft, editor.authorId()).id());
        }
        desk.schedule(editor, edition.id(), at);
        clock.set(at);
        assertThat(magazine.scheduler().runDue()).isEqualTo(titles.length);
        return edition;
    }

    /** Last week's edition, one on Wednesday and the weekend's. */
    private void threeEditions() {
        published(LocalDate.of(2026, 11, 20), LocalDate.of(2026, 11, 20), null, Instant.parse("2026-11-20T06:00:00Z"), "Last Week's Piece");
        published(LocalDate.of(2026, 11, 25), LocalDate.of(2026, 11, 25), null, Instant.parse("2026-11-25T06:00:00Z"), "Midweek Notes");
        published(LocalDate.of(2026, 11, 27), LocalDate.of(2026, 11, 29), "Weekend Edition", Instant.parse("2026-11-28T06:00:00Z"),
                "Rivers & Roads", "The Night Shift");
    }

    private List<MimeMessage> digests() throws Exception {
        List<MimeMessage> found = new ArrayList<>();
        for (MimeMessage message : ledger.mail().getReceivedMessages()) {
            if (message.getSubject().equals(DIGEST_SUBJECT)) {
                found.add(message);
            }
        }
        return found;
    }

    private static String text(MimeMessage message) throws Exception {
        return (String) ((jakarta.mail.internet.MimeMultipart) message.getContent()).getBodyPart(0).getContent();
    }

    @Test
    void on_its_day_and_hour_the_digest_carries_the_weeks_editions_to_the_weekly_subscribers_only() throws Exception {
        Subscriber ann = confirmed("ann@example.org", Subscriber.Frequency.WEEKLY);
        confirmed("bo@example.org", Subscriber.Frequency.DAILY);
        threeEditions();
        clock.set(SUNDAY_EIGHT.minusSeconds(1));
        assertThat(magazine.scheduler().runDue()).as("not before its hour").isZero();

        clock.set(SUNDAY_EIGHT);
        assertThat(magazine.scheduler().runDue()).isEqualTo(1);
        sending.sendDue(1000);

        List<MimeMessage> digests = digests();
        assertThat(digests).hasSize(1);
        assertThat(Arrays.stream(digests.getFirst().getAllRecipients()).map(Object::toString)).containsExactly(ann.email());
        String text = text(digests.getFirst());
        assertThat(text).contains("November 25, 2026", "Midweek Notes", "Weekend Edition, November 27, 2026", "Rivers & Roads",
                "The Night Shift", "by Ed Itor", "/unsubscribe/?token=" + ann.token()).doesNotContain("Last Week's Piece");
        assertThat(text.indexOf("Midweek Notes")).isLessThan(text.indexOf("Rivers & Roads"));
        assertThat(digests.getFirst().getHeader("List-Unsubscribe")).hasSize(1);
    }

    @Test
    void the_digest_goes_out_once_a_week_even_when_a_restarted_server_looks_again() throws Exception {
        confirmed("ann@example.org", Subscriber.Frequency.WEEKLY);
        threeEditions();
        clock.set(SUNDAY_EIGHT);
        magazine.scheduler().runDue();
        sending.sendDue(1000);

        sending.close();
        sending = sender();
        clock.set(SUNDAY_EIGHT.plusSeconds(3600));
        assertThat(sending.weeklyDigest().publishDue(clock.instant())).isZero();
        assertThat(magazine.scheduler().runDue()).isZero();
        sending.sendDue(1000);

        assertThat(digests()).hasSize(1);
    }

    @Test
    void a_digest_that_fell_due_while_the_server_was_down_goes_out_when_it_is_back_within_a_day() throws Exception {
        confirmed("ann@example.org", Subscriber.Frequency.WEEKLY);
        threeEditions();
        clock.set(SUNDAY_EIGHT.plus(WeeklyDigest.LATEST).minusSeconds(60));

        assertThat(sending.weeklyDigest().publishDue(clock.instant())).isEqualTo(1);
        sending.sendDue(1000);

        assertThat(digests()).hasSize(1);
    }

    @Test
    void a_digest_more_than_a_day_late_is_skipped() throws Exception {
        confirmed("ann@example.org", Subscriber.Frequency.WEEKLY);
        threeEditions();
        clock.set(SUNDAY_EIGHT.plus(WeeklyDigest.LATEST).plusSeconds(60));

        assertThat(sending.weeklyDigest().publishDue(clock.instant())).isZero();
        sending.sendDue(1000);

        assertThat(sends.hasWeekly(WEEK_OF)).isFalse();
        assertThat(digests()).isEmpty();
    }

    @Test
    void a_week_without_editions_sends_no_digest() throws Exception {
        confirmed("ann@example.org", Subscriber.Frequency.WEEKLY);
        published(LocalDate.of(2026, 11, 20), LocalDate.of(2026, 11, 20), null, Instant.parse("2026-11-20T06:00:00Z"), "Last Week's Piece");
        clock.set(SUNDAY_EIGHT);

        assertThat(magazine.scheduler().runDue()).isZero();
        sending.sendDue(1000);

        assertThat(sends.hasWeekly(WEEK_OF)).isFalse();
        assertThat(ledger.mail().getReceivedMessages()).isEmpty();
    }

    @Test
    void the_digest_follows_the_day_and_hour_in_the_settings() {
        confirmed("ann@example.org", Subscriber.Frequency.WEEKLY);
        threeEditions();
        magazine.settings().set(Setting.NEWSLETTER_WEEKLY_DAY, "Saturday");
        magazine.settings().set(Setting.NEWSLETTER_WEEKLY_HOUR, "18");
        clock.set(Instant.parse("2026-11-28T17:59:00Z"));
        assertThat(magazine.scheduler().runDue()).isZero();

        clock.set(Instant.parse("2026-11-28T18:00:00Z"));
        assertThat(magazine.scheduler().runDue()).isEqualTo(1);
        assertThat(sending.weeklyDigest().nextDue()).contains(Instant.parse("2026-12-05T18:00:00Z"));
    }

    @Test
    void an_edition_that_went_out_without_its_send_queued_is_queued_at_start_up_once() throws Exception {
        confirmed("bo@example.org", Subscriber.Frequency.DAILY);
        magazine.settings().set(Setting.MAIL_HOST, "");
        Edition lost = published(LocalDate.of(2026, 11, 25), LocalDate.of(2026, 11, 25), null, Instant.parse("2026-11-25T06:00:00Z"), "Midweek Notes");
        assertThat(sending.sendOf(lost.id())).as("the crash: published, never queued").isEmpty();
        magazine.settings().set(Setting.MAIL_HOST, "localhost");
        clock.set(Instant.parse("2026-11-25T07:00:00Z"));

        assertThat(sending.catchUp()).isEqualTo(1);
        assertThat(sender().catchUp()).as("a second start").isZero();
        sending.sendDue(1000);

        assertThat(ledger.mail().getReceivedMessages()).hasSize(1);
        assertThat(sending.sendOf(lost.id()).orElseThrow().sent()).isEqualTo(1);
    }

    @Test
    void an_edition_that_went_out_more_than_a_day_ago_without_a_send_is_not_mailed_at_start_up() {
        confirmed("bo@example.org", Subscriber.Frequency.DAILY);
        magazine.settings().set(Setting.MAIL_HOST, "");
        Edition old = published(LocalDate.of(2026, 11, 25), LocalDate.of(2026, 11, 25), null, Instant.parse("2026-11-25T06:00:00Z"), "Midweek Notes");
        magazine.settings().set(Setting.MAIL_HOST, "localhost");
        clock.set(Instant.parse("2026-11-26T06:01:00Z"));

        assertThat(sending.catchUp()).isZero();
        assertThat(sending.sendOf(old.id())).isEmpty();
    }

    @Test
    void an_edition_out_before_the_magazine_was_restored_is_not_mailed_again_at_start_up_and_a_later_one_is() {
        confirmed("bo@example.org", Subscriber.Frequency.DAILY);
        magazine.settings().set(Setting.MAIL_HOST, "");
        Edition sentElsewhere = published(LocalDate.of(2026, 11, 24), LocalDate.of(2026, 11, 24), null,
                Instant.parse("2026-11-24T08:00:00Z"), "Tuesday Notes");
        // The export came from a server that mailed that edition; it is restored here half an hour later.
        magazine.settings().markRestored(Instant.parse("2026-11-25T06:30:00Z"));
        Edition lost = published(LocalDate.of(2026, 11, 25), LocalDate.of(2026, 11, 25), null,
                Instant.parse("2026-11-25T06:45:00Z"), "Wednesday Notes");
        magazine.settings().set(Setting.MAIL_HOST, "localhost");
        clock.set(Instant.parse("2026-11-25T07:00:00Z"));

        // The magazine's own sender, wired as the server's is, reading when the magazine was restored.
        assertThat(magazine.sending().catchUp()).isEqualTo(1);
        assertThat(magazine.sending().sendOf(sentElsewhere.id())).isEmpty();
        assertThat(magazine.sending().sendOf(lost.id())).isPresent();
    }
}
