package org.masthead.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.masthead.article.Article;
import org.masthead.article.ArticleDraft;
import org.masthead.article.Body;
import org.masthead.boot.Masthead;
import org.masthead.common.Actor;
import org.masthead.common.Role;
import org.masthead.edition.Edition;
import org.masthead.edition.EditionSpan;
import org.masthead.newsletter.Send;
import org.masthead.platform.Config;
import org.masthead.settings.Setting;
import org.masthead.support.Mailbox;
import org.masthead.support.ForkedServer;
import org.masthead.support.RowLock;
import org.masthead.support.ShiftableClock;
import org.masthead.support.TestPostgres;

/**
 * The server sending the newsletter killed outright (SIGKILL) with a message in hand: the SMTP server (GreenMail) has
 * taken it, and the server is killed before it records it sent. Another server goes on within seconds, since
 * PostgreSQL lets go of the killed one's lock with its connection.
 *
 * <p>What the sender promises (NewsletterSender): at most once. The delivery in hand at the kill stays claimed
 * ('sending') and is never sent again; when no sender can still be at it, it is recorded failed, "it may have arrived",
 * and the send is done. So no subscriber gets the edition twice; the one in hand got it once if the SMTP server had
 * taken it before the kill (as here), and not at all if not. Every other subscriber gets it exactly once.
 */
class KilledSenderTest {
    private static final int SUBSCRIBERS = 40;
    private static final String IN_HAND = "reader20@example.org";
    private final ShiftableClock clock = ShiftableClock.real();
    private final String databaseUrl = TestPostgres.newDatabaseUrl();
    private GreenMail mail;
    private Masthead home;
    private ForkedServer forked;
    private RowLock lock;
    private Actor ed;

    @BeforeEach
    void start(@TempDir Path dataDir) {
        mail = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
        mail.start();
        // Opened here but not served yet: it sends nothing until the forked server is sending.
        home = Masthead.open(Config.load(dataDir, Map.of("MASTHEAD_DATABASE_URL", databaseUrl),
                new Config.Overrides("127.0.0.1", 0)), clock);
        var admin = home.accounts().createFirstAdmin("Ada Admin", "ada@example.org", "correct horse battery", "");
        ed = home.accounts().add(admin.asActor(""), "Ed Itor", "ed@example.org", Role.EDITOR, "correct horse battery").asActor("");
        var settings = home.settings();
        settings.set(Setting.MAIL_HOST, "127.0.0.1");
        settings.set(Setting.MAIL_PORT, Integer.toString(mail.getSmtp().getPort()));
        settings.set(Setting.MAIL_SECURITY, "none");
        settings.set(Setting.MAIL_FROM, "The Ledger <news@ledger.example>");
        settings.set(Setting.NEWSLETTER_RATE, "600");
        home.database().write(h -> {
            for (int i = 0; i < SUBSCRIBERS; i++) {
                h.createUpdate("""
                        INSERT INTO subscribers (email, status, frequency, token, source, created_at, confirmed_at, failures)
                        VALUES (:email, 'confirmed', 'daily', :token, 'test', :now, :now, :failures)""")
                        .bind("email", "reader" + i + "@example.org").bind("token", "token-of-reader-" + i + "-0123456789")
                        // A failure before: recording this one sent clears it, so that write needs the subscriber's row.
                        .bind("failures", IN_HAND.equals("reader" + i + "@example.org") ? 1 : 0)
                        .bind("now", clock.instant()).execute();
            }
            return null;
        });
    }

    @AfterEach
    void stop() {
        if (lock != null) {
            lock.close();
        }
        if (forked != null) {
            forked.close();
        }
        home.close();
        mail.stop();
    }

    /** Publishes an edition on the server here, which queues its send; the server here does not send it. */
    private Edition publishEdition() {
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        Edition edition = home.editionDesk().create(ed, new EditionSpan(today, today, null));
        Article draft = home.workflow().write(ed, new ArticleDraft("Harbour Lights", null, "", Body.markdown("Words."),
                List.of(home.authors().findOrCreate("Ann Lee").id()), List.of(), null), 0L);
        home.editionDesk().add(ed, edition.id(), draft.id());
        home.editionDesk().schedule(ed, edition.id(), clock.instant().plusSeconds(1));
        await().atMost(Duration.ofSeconds(10)).until(() -> {
            home.scheduler().runDue();
            return home.sending().sendOf(edition.id()).isPresent();
        });
        return edition;
    }

    private Map<String, Long> receivedPerAddress() {
        return Mailbox.receivedPerAddress(mail);
    }

    private Map<String, String> deliveryStatuses() {
        return home.database().read(h -> h.createQuery("""
                SELECT s.email, d.status FROM newsletter_deliveries d JOIN subscribers s ON s.id = d.subscriber_id""")
                .map((rs, ctx) -> Map.entry(rs.getString("email"), rs.getString("status"))).list())
                .stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    @Test
    void the_server_sending_is_killed_with_a_message_in_hand_and_another_goes_on_sending_none_twice() throws Exception {
        Edition edition = publishEdition();
        // Recording the in-hand message sent will wait here, after the SMTP server has taken it.
        lock = RowLock.hold(databaseUrl, "SELECT id FROM subscribers WHERE email = '" + IN_HAND + "' FOR UPDATE");
        forked = ForkedServer.start("killed-sending-the-newsletter", databaseUrl, Map.of());
        await().atMost(Duration.ofSeconds(20)).until(() -> mail.getReceivedMessages().length >= 5);
        home.serve();
        await().atMost(Duration.ofSeconds(10)).until(() -> !lock.waiting().isEmpty() && receivedPerAddress().containsKey(IN_HAND));
        assertThat(lock.waiting().getFirst().query()).as("recording it sent").containsIgnoringCase("UPDATE subscribers");
        assertThat(forked.output()).as("it started with the send pending, and sends without a fault").doesNotContain(" ERROR ");
        assertThat(home.sending().sendingHere()).isFalse();
        assertThat(home.sending().sendDue(1)).as("the forked server sends, and no other").isZero();
        int atTheKill = mail.getReceivedMessages().length;

        forked.kill();
        lock.close();
        lock = null;

        long killed = System.nanoTime();
        await().atMost(Duration.ofSeconds(10)).until(() -> mail.getReceivedMessages().length > atTheKill);
        assertThat(Duration.ofNanos(System.nanoTime() - killed)).as("another server goes on within seconds")
                .isLessThan(Duration.ofSeconds(6));
        await().atMost(Duration.ofSeconds(15)).until(() -> deliveryStatuses().values().stream().filter("sent"::equals).count()
                == SUBSCRIBERS - 1);
        assertThat(receivedPerAddress()).as("every subscriber has it once, the one in hand included")
                .hasSize(SUBSCRIBERS).allSatisfy((to, n) -> assertThat(n).as(to).isEqualTo(1L));
        assertThat(deliveryStatuses()).as("the one in hand is still claimed by the killed server").containsEntry(IN_HAND, "sending");

        // Once no sender can still be at it, it is recorded failed, not sent again, and the send is done.
        clock.shift(Duration.ofMinutes(6));
        home.database().notices().send("masthead_newsletter", "");
        await().atMost(Duration.ofSeconds(10)).until(() -> "failed".equals(deliveryStatuses().get(IN_HAND))
                && home.sending().sendOf(edition.id()).orElseThrow().status() == Send.Status.DONE);
        String why = home.database().read(h -> h.createQuery("""
                SELECT d.last_error FROM newsletter_deliveries d JOIN subscribers s ON s.id = d.subscriber_id
                WHERE s.email = :email""").bind("email", IN_HAND).mapTo(String.class).one());
        assertThat(why).contains("it may have arrived");
        assertThat(receivedPerAddress()).hasSize(SUBSCRIBERS).allSatisfy((to, n) -> assertThat(n).as(to).isEqualTo(1L));
    }
}
