package org.masthead.newsletter;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.internet.MimeMessage;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
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
import org.masthead.support.FakeSmtp;
import org.masthead.support.MagazineExtension;
import org.masthead.support.MutableClock;

/** An edition sent to its subscribers through GreenMail, a real SMTP server, on SQLite and PostgreSQL. */
@ParameterizedClass
@EnumSource(Database.Kind.class)
class SendingTest {
    private static final LocalDate SATURDAY = LocalDate.of(2026, 11, 28);
    private static final Instant SIX_AM = Instant.parse("2026-11-28T06:00:00Z");

    private final MutableClock clock = MutableClock.at("2026-11-27T21:30:00Z");
    @RegisterExtension
    final MagazineExtension ledger;
    private final List<Instant> sleeps = new ArrayList<>();
    private Masthead magazine;
    private SqlSubscriberStore subscribers;
    private SendingService sending;
    private Actor editor;

    SendingTest(Database.Kind kind) {
        ledger = MagazineExtension.on(kind, clock).withStaff();
    }

    @BeforeEach
    void open() {
        magazine = ledger.magazine();
        editor = ledger.editor();
        subscribers = new SqlSubscriberStore(magazine.database());
        sending = sender();
    }

    @AfterEach
    void close() {
        sending.close();
    }

    /** A sender on the magazine's database whose waits move the test's clock instead of sleeping. */
    private SendingService sender() {
        var s = magazine.settings();
        return new SendingService(NewsletterStores.sql(magazine.database(), magazine.clock()), new SendingService.Wiring(magazine.database(),
                magazine.editions(), magazine.articles(), magazine.subscriptions(), magazine.mailer(), s::mail, s::newsletterRate,
                () -> s.current().title(), () -> magazine.config().publicUrl(0), clock), when -> {
                    sleeps.add(when);
                    clock.set(when);
                });
    }

    /** The magazine's address as the links in its mail start, the subscribing's links included. */
    private String base() {
        return magazine.config().publicUrl(0).toString();
    }

    private Subscriber subscriber(String email, Subscriber.Status status, Subscriber.Frequency frequency) {
        Subscriber pending = subscribers.insertPending(email, email.replaceAll("[^a-z]", "").repeat(8), "form", clock.instant());
        if (status != Subscriber.Status.PENDING) {
            subscribers.confirm(pending.id(), clock.instant());
        }
        if (status == Subscriber.Status.UNSUBSCRIBED) {
            subscribers.unsubscribe(pending.id(), clock.instant());
        }
        subscribers.setFrequency(pending.id(), frequency);
        return subscribers.findByEmail(email).orElseThrow();
    }

    private List<String> confirmedDaily(int count) {
        List<String> emails = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            emails.add(subscriber("reader" + (char) ('a' + i) + "@example.org", Subscriber.Status.CONFIRMED, Subscriber.Frequency.DAILY).email());
        }
        return emails;
    }

    /** The weekend edition with two pieces, scheduled for Saturday 6:00 and sent out by the scheduler then. */
    private Edition publishedEdition() {
        var desk = magazine.editionDesk();
        Edition edition = desk.create(editor, new EditionSpan(LocalDate.of(2026, 11, 27), LocalDate.of(2026, 11, 29), "Weekend Edition"));
        for (String title : List.of("Rivers & Roads", "The Night Shift")) {
            var draft = new ArticleDraft(title, null, "A dek for " + title + " <b>bold</b>", Body.markdown("Words."), List.of(), List.of(), null);
            desk.add(editor, edition.id(), magazine.workflow().write(editor, draft, editor.authorId()).id());
        }
        desk.schedule(editor, edition.id(), SIX_AM);
        clock.set(SIX_AM);
        assertThat(magazine.scheduler().runDue()).isEqualTo(2);
        return edition;
    }

    private Map<String, Long> receivedPerAddress() throws Exception {
        List<String> to = new ArrayList<>();
        for (MimeMessage message : ledger.mail().getReceivedMessages()) {
            to.add(message.getAllRecipients()[0].toString());
        }
        return to.stream().collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
    }

    @Test
    void publishing_an_edition_delivers_it_to_every_confirmed_daily_subscriber_and_to_no_one_else() throws Exception {
        List<String> daily = confirmedDaily(3);
        subscriber("pending@example.org", Subscriber.Status.PENDING, Subscriber.Frequency.DAILY);
        subscriber("gone@example.org", Subscriber.Status.UNSUBSCRIBED, Subscriber.Frequency.DAILY);
        subscriber("weekly@example.org", Subscriber.Status.CONFIRMED, Subscriber.Frequency.WEEKLY);
        Edition edition = publishedEdition();

        assertThat(sending.sendDue(100)).isEqualTo(3);

        assertThat(receivedPerAddress()).containsOnlyKeys(daily).allSatisfy((to, n) -> assertThat(n).isEqualTo(1));
        Send send = sending.sendOf(edition.id()).orElseThrow();
        assertThat(send.status()).isEqualTo(Send.Status.DONE);
        assertThat(send.recipients()).isEqualTo(3);
        assertThat(send.sent()).isEqualTo(3);
        assertThat(send.subject()).isEqualTo("The Ledger: Weekend Edition, November 27, 2026");
    }

    @Test
    void the_message_has_one_click_unsubscribe_headers_and_the_lineup_in_html_and_text() throws Exception {
        Subscriber ann = subscriber("ann@example.org", Subscriber.Status.CONFIRMED, Subscriber.Frequency.DAILY);
        publishedEdition();

        sending.sendDue(100);

        MimeMessage mail = ledger.mail().getReceivedMessages()[0];
        assertThat(mail.getSubject()).isEqualTo("The Ledger: Weekend Edition, November 27, 2026");
        String unsubscribe = base() + "/unsubscribe/?token=" + ann.token();
        assertThat(mail.getHeader("List-Unsubscribe")).containsExactly("<" + unsubscribe + ">");
        assertThat(mail.getHeader("List-Unsubscribe-Post")).containsExactly("List-Unsubscribe=One-Click");
        var parts = (jakarta.mail.internet.MimeMultipart) mail.getContent();
        String text = (String) parts.getBodyPart(0).getContent();
        String html = (String) parts.getBodyPart(1).getContent();
        assertThat(parts.getBodyPart(1).getContentType()).startsWith("text/html");
        assertThat(text).contains("Weekend Edition", "Friday to Sunday", "by Ed Itor", "A dek for Rivers & Roads <b>bold</b>",
                base() + "/2026/11/28/rivers-and-roads/", base() + "/newsletter/manage/?token=" + ann.token(), unsubscribe);
        assertThat(text.indexOf("Rivers & Roads")).isLessThan(text.indexOf("The Night Shift"));
        assertThat(html).contains("Rivers &amp; Roads", "A dek for Rivers &amp; Roads &lt;b&gt;bold&lt;/b&gt;", "The Ledger",
                "href=\"" + base() + "/2026/11/28/the-night-shift/\"", "href=\"" + unsubscribe + "\"");
        assertThat(html.indexOf("Rivers &amp; Roads")).isLessThan(html.indexOf("The Night Shift"));
        assertThat(html).as("the dek is escaped, never markup").doesNotContain("<b>bold</b>");
    }

    @Test
    void a_send_stopped_halfway_and_resumed_by_a_new_sender_reaches_each_address_exactly_once() throws Exception {
        List<String> daily = confirmedDaily(6);
        publishedEdition();

        assertThat(sending.sendDue(2)).isEqualTo(2);
        sending.close();
        sending = sender();
        assertThat(sending.sendDue(100)).isEqualTo(4);
        assertThat(sending.sendDue(100)).isZero();

        assertThat(receivedPerAddress()).containsOnlyKeys(daily).allSatisfy((to, n) -> assertThat(n).isEqualTo(1));
    }

    @Test
    void a_delivery_interrupted_between_claim_and_record_is_never_sent_again_and_the_rest_go_once() throws Exception {
        List<String> daily = confirmedDaily(4);
        Edition edition = publishedEdition();
        var store = new SqlSendStore(magazine.database());
        Delivery first = store.due(clock.instant(), 1).getFirst();
        assertThat(store.claim(first, clock.instant())).isTrue();

        clock.advance(Duration.ofMinutes(6));
        var restarted = new NewsletterSender(store, null, null, null, () -> 600, clock, when -> {});
        assertThat(restarted.giveUpInterrupted()).isEqualTo(1);
        assertThat(sending.sendDue(100)).isEqualTo(3);

        assertThat(receivedPerAddress()).containsOnlyKeys(daily.subList(1, 4));
        assertThat(sending.deliveries(sending.sendOf(edition.id()).orElseThrow().id())).containsEntry("sent", 3).containsEntry("failed", 1);
    }

    @Test
    void a_claim_younger_than_the_grace_period_is_left_alone_for_the_sender_that_holds_it() {
        confirmedDaily(1);
        publishedEdition();
        var store = new SqlSendStore(magazine.database());
        store.claim(store.due(clock.instant(), 1).getFirst(), clock.instant());
        clock.advance(Duration.ofMinutes(4));

        assertThat(new NewsletterSender(store, null, null, null, () -> 600, clock, when -> {}).giveUpInterrupted()).isZero();
    }

    @Test
    void messages_go_no_faster_than_the_rate_a_minute() throws Exception {
        magazine.settings().set(Setting.NEWSLETTER_RATE, "60");
        confirmedDaily(5);
        publishedEdition();
        Instant start = clock.instant();

        assertThat(sending.sendDue(100)).isEqualTo(5);

        assertThat(sleeps).containsExactly(start.plusSeconds(1), start.plusSeconds(2), start.plusSeconds(3), start.plusSeconds(4));
    }

    @Test
    void the_same_edition_published_twice_is_queued_once_and_sent_once() throws Exception {
        List<String> daily = confirmedDaily(2);
        Edition edition = publishedEdition();

        assertThat(sending.queueEdition(edition.id())).isEmpty();
        assertThat(magazine.scheduler().runDue()).isZero();
        sending.sendDue(100);
        assertThat(sending.queueEdition(edition.id())).isEmpty();
        sending.sendDue(100);

        assertThat(receivedPerAddress()).containsOnlyKeys(daily).allSatisfy((to, n) -> assertThat(n).isEqualTo(1));
    }

    @Test
    void an_address_the_server_refuses_is_paused_after_three_refusals_and_the_others_still_receive() throws Exception {
        Subscriber bad = subscriber("bad address@example.org", Subscriber.Status.CONFIRMED, Subscriber.Frequency.DAILY);
        List<String> good = confirmedDaily(1);
        var store = new SqlSendStore(magazine.database());
        Edition edition = publishedEdition();
        sending.sendDue(100);
        assertThat(subscribers.findByEmail(bad.email()).orElseThrow().failures()).isEqualTo(1);
        for (long more : List.of(2L, 3L)) {
            Edition next = magazine.editions().open(EditionSpan.day(SATURDAY.plusDays(more)));
            store.queueEdition(next.id(), "Another", clock.instant());
            sending.sendDue(100);
        }

        Subscriber paused = subscribers.findByEmail(bad.email()).orElseThrow();
        assertThat(paused.status()).isEqualTo(Subscriber.Status.PAUSED);
        assertThat(paused.failures()).isEqualTo(3);
        assertThat(receivedPerAddress()).containsOnly(Map.entry(good.getFirst(), 3L));
        assertThat(sending.find(sending.sendOf(edition.id()).orElseThrow().id()).orElseThrow().failed()).isEqualTo(1);
    }

    @Test
    void an_unreachable_server_leaves_every_delivery_queued_counts_against_no_one_and_they_go_once_it_is_back() throws Exception {
        List<String> daily = confirmedDaily(3);
        Edition edition = publishedEdition();
        int smtpPort = ledger.mail().getSmtp().getPort();
        magazine.settings().set(Setting.MAIL_PORT, Integer.toString(closedPort()));

        assertThat(sending.sendDue(100)).isZero();
        long sendId = sending.sendOf(edition.id()).orElseThrow().id();
        assertThat(sending.deliveries(sendId)).containsExactly(Map.entry("queued", 3));
        assertThat(daily).allSatisfy(email -> assertThat(subscribers.findByEmail(email).orElseThrow().failures()).isZero());
        magazine.settings().set(Setting.MAIL_PORT, Integer.toString(smtpPort));
        assertThat(sending.sendDue(100)).as("the queue waits out its backoff").isZero();

        clock.advance(NewsletterSender.backoff(1));
        assertThat(sending.sendDue(100)).isEqualTo(3);
        assertThat(receivedPerAddress()).containsOnlyKeys(daily).allSatisfy((to, n) -> assertThat(n).isEqualTo(1));
    }

    @Test
    void an_address_put_off_with_a_450_is_tried_again_later_without_a_failure_counted_and_the_others_go_on() throws Exception {
        List<String> daily = confirmedDaily(2);
        Edition edition = publishedEdition();
        try (var smtp = new FakeSmtp(to -> to.equals(daily.getFirst()) ? "450 4.2.0 Greylisted" : "250 OK")) {
            magazine.settings().set(Setting.MAIL_PORT, Integer.toString(smtp.port()));

            assertThat(sending.sendDue(100)).isEqualTo(1);
            assertThat(sending.deliveries(sending.sendOf(edition.id()).orElseThrow().id())).containsEntry("queued", 1);
            assertThat(subscribers.findByEmail(daily.getFirst()).orElseThrow().failures()).isZero();
            assertThat(sending.sendDue(100)).as("not before its wait is over").isZero();
            clock.advance(NewsletterSender.backoff(1));
            assertThat(sending.sendDue(100)).as("still put off").isZero();

            assertThat(smtp.accepted()).containsExactly(daily.get(1));
            assertThat(subscribers.findByEmail(daily.getFirst()).orElseThrow().status()).isEqualTo(Subscriber.Status.CONFIRMED);
        }
    }

    @Test
    void an_address_refused_with_a_550_counts_a_failure_each_time_and_is_paused_at_the_third() throws Exception {
        List<String> daily = confirmedDaily(1);
        publishedEdition();
        var store = new SqlSendStore(magazine.database());
        try (var smtp = new FakeSmtp(to -> "550 5.1.1 No such user")) {
            magazine.settings().set(Setting.MAIL_PORT, Integer.toString(smtp.port()));
            sending.sendDue(100);
            assertThat(subscribers.findByEmail(daily.getFirst()).orElseThrow().failures()).isEqualTo(1);
            for (long more : List.of(2L, 3L)) {
                store.queueEdition(magazine.editions().open(EditionSpan.day(SATURDAY.plusDays(more))).id(), "Another", clock.instant());
                sending.sendDue(100);
            }

            Subscriber paused = subscribers.findByEmail(daily.getFirst()).orElseThrow();
            assertThat(paused.failures()).isEqualTo(3);
            assertThat(paused.status()).isEqualTo(Subscriber.Status.PAUSED);
            assertThat(smtp.accepted()).isEmpty();
        }
    }

    @Test
    void one_run_of_the_sender_opens_one_connection_for_many_messages() throws Exception {
        confirmedDaily(20);
        publishedEdition();
        try (var smtp = new FakeSmtp(to -> "250 OK")) {
            magazine.settings().set(Setting.MAIL_PORT, Integer.toString(smtp.port()));

            assertThat(sending.sendDue(100)).isEqualTo(20);
            smtp.close();
            assertThat(smtp.accepted()).hasSize(20);
            assertThat(smtp.connections()).isEqualTo(1);
        }
    }

    @Test
    void waits_after_passing_faults_grow_to_an_hour_at_most() {
        assertThat(Arrays.asList(NewsletterSender.backoff(1), NewsletterSender.backoff(2), NewsletterSender.backoff(3), NewsletterSender.backoff(30)))
                .containsExactly(Duration.ofMinutes(1), Duration.ofMinutes(2), Duration.ofMinutes(4), Duration.ofHours(1));
    }

    private static int closedPort() throws Exception {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
