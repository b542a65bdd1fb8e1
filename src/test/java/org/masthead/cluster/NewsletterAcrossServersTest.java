package org.masthead.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.masthead.article.Article;
import org.masthead.article.ArticleDraft;
import org.masthead.article.Body;
import org.masthead.boot.Masthead;
import org.masthead.common.Actor;
import org.masthead.common.Role;
import org.masthead.edition.Edition;
import org.masthead.edition.EditionSpan;
import org.masthead.settings.Setting;
import org.masthead.support.Mailbox;
import org.masthead.support.Cluster;

/**
 * The newsletter of a magazine served by three servers on one PostgreSQL, through GreenMail (a real SMTP server): one
 * server sends at a time, so the magazine keeps to its rate; the server sending is stopped halfway and another goes on
 * at once; every subscriber gets the edition exactly once.
 */
class NewsletterAcrossServersTest {
    private static final int SUBSCRIBERS = 40;
    private static final String PASSWORD = "correct horse battery";
    // The sender paces by the clock, so this one runs: the real time, moved to a day of the magazine's.
    private final Clock clock = Clock.offset(Clock.systemUTC(),
            Duration.between(Clock.systemUTC().instant(), Instant.parse("2026-12-07T09:00:00Z")));
    private GreenMail mail;
    private Cluster cluster;
    private List<Masthead> servers;
    private Actor ed;

    @BeforeEach
    void start() {
        mail = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
        mail.start();
        cluster = Cluster.of(3, Map.of(), clock);
        servers = cluster.servers();
        Masthead first = servers.get(0);
        var admin = first.accounts().createFirstAdmin("Ada Admin", "ada@example.org", PASSWORD, "");
        ed = first.accounts().add(admin.asActor(""), "Ed Itor", "ed@example.org", Role.EDITOR, PASSWORD).asActor("");
        var settings = first.settings();
        settings.set(Setting.MAIL_HOST, "127.0.0.1");
        settings.set(Setting.MAIL_PORT, Integer.toString(mail.getSmtp().getPort()));
        settings.set(Setting.MAIL_SECURITY, "none");
        settings.set(Setting.MAIL_FROM, "The Ledger <news@ledger.example>");
        // Ten a second for the whole magazine: four seconds for all of them, time enough to stop a server halfway.
        settings.set(Setting.NEWSLETTER_RATE, "600");
        first.database().write(h -> {
            for (int i = 0; i < SUBSCRIBERS; i++) {
                h.createUpdate("""
                        INSERT INTO subscribers (email, status, frequency, token, source, created_at, confirmed_at)
                        VALUES (:email, 'confirmed', 'daily', :token, 'test', :now, :now)""")
                        .bind("email", "reader" + i + "@example.org").bind("token", "token-of-reader-" + i + "-0123456789")
                        .bind("now", clock.instant()).execute();
            }
            return null;
        });
    }

    @AfterEach
    void stop() {
        cluster.close();
        mail.stop();
    }

    private Edition publishEdition(Masthead on) {
        Edition edition = on.editionDesk().create(ed, new EditionSpan(LocalDate.of(2026, 12, 7), LocalDate.of(2026, 12, 7), null));
        Article draft = on.workflow().write(ed, new ArticleDraft("Harbour Lights", null, "", Body.markdown("Words."),
                List.of(on.authors().findOrCreate("Ann Lee").id()), List.of(), null), 0L);
        on.editionDesk().add(ed, edition.id(), draft.id());
        on.editionDesk().schedule(ed, edition.id(), clock.instant().plusSeconds(1));
        await().atMost(Duration.ofSeconds(10)).until(() -> {
            on.scheduler().runDue();
            return on.sending().sendOf(edition.id()).isPresent();
        });
        return edition;
    }

    private Map<String, Long> receivedPerAddress() {
        return Mailbox.receivedPerAddress(mail);
    }

    @Test
    void the_server_sending_is_stopped_halfway_and_another_goes_on_at_once_each_subscriber_getting_it_once() {
        publishEdition(servers.get(0));
        await().atMost(Duration.ofSeconds(10)).until(() -> mail.getReceivedMessages().length >= 5);

        Masthead sending = servers.stream().filter(server -> server.sending().sendingHere()).findFirst().orElseThrow();
        assertThat(servers.stream().filter(server -> server.sending().sendingHere())).as("one server sends").hasSize(1);
        sending.close();
        servers.remove(sending);
        int atTheStop = mail.getReceivedMessages().length;
        assertThat(atTheStop).as("stopped halfway").isLessThan(SUBSCRIBERS);

        await().atMost(Duration.ofSeconds(15)).until(() -> mail.getReceivedMessages().length >= SUBSCRIBERS);
        Map<String, Long> received = receivedPerAddress();
        assertThat(received).hasSize(SUBSCRIBERS).allSatisfy((to, n) -> assertThat(n).as(to).isEqualTo(1L));
        Map<String, Integer> deliveries = servers.get(0).database().read(h -> h.createQuery(
                "SELECT status, COUNT(*) AS n FROM newsletter_deliveries GROUP BY status")
                .map((rs, ctx) -> Map.entry(rs.getString("status"), rs.getInt("n"))).list())
                .stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        assertThat(deliveries).containsExactly(Map.entry("sent", SUBSCRIBERS));
    }

    @Test
    void while_one_server_sends_another_sends_nothing_and_takes_over_when_it_is_done() throws Exception {
        Masthead first = servers.get(0);
        Masthead second = servers.get(1);
        var holding = new CountDownLatch(1);
        var done = new CountDownLatch(1);
        Thread holder = Thread.ofPlatform().start(() -> {
            try {
                first.database().exclusively("newsletter-sending", () -> {
                    holding.countDown();
                    done.await();
                    return 0;
                });
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        assertThat(holding.await(5, TimeUnit.SECONDS)).isTrue();

        Optional<Integer> elsewhere = second.database().exclusively("newsletter-sending", () -> 1);
        assertThat(elsewhere).as("another server is sending").isEmpty();
        assertThat(second.sending().sendDue(100)).isZero();

        done.countDown();
        holder.join();
        assertThat(second.database().exclusively("newsletter-sending", () -> 1)).contains(1);
    }
}
