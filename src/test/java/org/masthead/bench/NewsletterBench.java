package org.masthead.bench;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.masthead.common.Actor;
import org.masthead.common.Role;
import org.masthead.account.User;
import org.masthead.article.ArticleDraft;
import org.masthead.article.Body;
import org.masthead.edition.Edition;
import org.masthead.edition.EditionSpan;
import org.masthead.mail.Mailer;
import org.masthead.newsletter.NewsletterStores;
import org.masthead.newsletter.Send;
import org.masthead.newsletter.SendingService;
import org.masthead.platform.Config;
import org.masthead.platform.Database;
import org.masthead.boot.Masthead;
import org.masthead.settings.Setting;
import org.masthead.support.TestPostgres;

/**
 * How long 10,000 subscribers take to receive an edition through a local SMTP server (GreenMail, in this process):
 * once with a connection per message, as the mailer did first, then with a connection reused for 100 messages.
 * Prints the total, messages a second, and the time between one message being recorded sent and the next (p50, p99).
 * Run with {@code bench/newsletter [sqlite|postgresql] [subscribers]}.
 */
public final class NewsletterBench {
    public static void main(String[] args) throws Exception {
        Database.Kind kind = args.length > 0 ? Database.Kind.valueOf(args[0].toUpperCase()) : Database.Kind.SQLITE;
        int subscribers = args.length > 1 ? Integer.parseInt(args[1]) : 10_000;
        Path dataDir = Files.createTempDirectory("masthead-bench");
        Map<String, String> env = kind == Database.Kind.POSTGRESQL
                ? Map.of("MASTHEAD_DATABASE_URL", TestPostgres.newDatabaseUrl()) : Map.of();
        int port;
        try (var free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        GreenMail greenMail = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        greenMail.start();
        var clock = new ShiftedClock();
        try (Masthead magazine = Masthead.open(Config.load(dataDir, env, Config.Overrides.none()), clock)) {
            var settings = magazine.settings();
            settings.set(Setting.SITE_TITLE, "The Bench");
            settings.set(Setting.MAIL_HOST, "127.0.0.1");
            settings.set(Setting.MAIL_PORT, Integer.toString(port));
            settings.set(Setting.MAIL_SECURITY, "none");
            settings.set(Setting.MAIL_FROM, "The Bench <news@bench.example>");
            settings.set(Setting.NEWSLETTER_RATE, "100000");
            long started = System.nanoTime();
            confirm(magazine.database(), subscribers);
            System.out.printf("%s: %,d confirmed subscribers in %.1f s; rate %s a minute%n", kind, subscribers,
                    (System.nanoTime() - started) / 1e9, settings.newsletterRate());
            Actor editor = editor(magazine);
            System.out.printf("%-28s %9s %9s %9s %9s%n", "", "total s", "msg/s", "p50 ms", "p99 ms");
            run(magazine, clock, greenMail, editor, "a connection per message", new Mailer(1), subscribers);
            clock.shift = clock.shift.plusDays(1);
            run(magazine, clock, greenMail, editor, "a connection per 100", new Mailer(), subscribers);
        } finally {
            greenMail.stop();
        }
    }

    private static void run(Masthead magazine, ShiftedClock clock, GreenMail greenMail, Actor editor, String label, Mailer mailer,
            int subscribers) throws Exception {
        greenMail.purgeEmailFromAllMailboxes();
        var s = magazine.settings();
        // The magazine's own sender is not started: this one, on the caller's thread, does all the sending.
        var sending = new SendingService(NewsletterStores.sql(magazine.database(), magazine.clock()), new SendingService.Wiring(magazine.database(),
                magazine.editions(), magazine.articles(), magazine.subscriptions(), mailer, s::mail, s::newsletterRate,
                () -> s.current().title(), () -> magazine.config().publicUrl(0), clock));
        Edition edition = publish(magazine, clock, editor);
        long sendId = sending.sendOf(edition.id()).orElseThrow().id();
        long started = System.nanoTime();
        int sent = sending.sendDue(Integer.MAX_VALUE);
        double seconds = (System.nanoTime() - started) / 1e9;
        sending.close();
        Send send = sending.find(sendId).orElseThrow();
        if (sent != subscribers || send.sent() != subscribers || greenMail.getReceivedMessages().length != subscribers) {
            throw new IllegalStateException(label + ": sent " + sent + ", recorded " + send.sent() + ", received "
                    + greenMail.getReceivedMessages().length + " of " + subscribers);
        }
        double[] gaps = gaps(magazine.database(), sendId);
        System.out.printf("%-28s %9.1f %9.0f %9.2f %9.2f%n", label, seconds, sent / seconds, percentile(gaps, 50),
                percentile(gaps, 99));
    }

    /** Subscribers straight into the table: the subscribing itself (mail, confirmation) is not what is measured. */
    private static void confirm(Database database, int count) {
        Instant now = Instant.now();
        database.write(h -> {
            var batch = h.prepareBatch("""
                    INSERT INTO subscribers (email, status, frequency, token, source, created_at, confirmed_at)
                    VALUES (:email, 'confirmed', 'daily', :token, 'bench', :now, :now)""");
            for (int i = 0; i < count; i++) {
                batch.bind("email", "reader" + i + "@bench.example").bind("token", "bench-token-" + i + "-".repeat(20))
                        .bind("now", now).add();
            }
            return batch.execute().length;
        });
    }

    private static Actor editor(Masthead magazine) {
        User admin = magazine.accounts().createFirstAdmin("Ada Admin", "ada@bench.example", "correct horse battery", "");
        User ed = magazine.accounts().add(admin.asActor(""), "Ed Itor", "ed@bench.example", Role.EDITOR, "correct horse battery");
        magazine.accounts().bylineOf(ed.asActor(""));
        return magazine.accounts().find(ed.id()).asActor("");
    }

    /** An edition of five pieces, scheduled a moment ahead and sent out by the scheduler then: its send is queued. */
    private static Edition publish(Masthead magazine, ShiftedClock clock, Actor editor) {
        LocalDate day = LocalDate.ofInstant(clock.instant().plusSeconds(1), ZoneOffset.UTC);
        var desk = magazine.editionDesk();
        Edition edition = desk.create(editor, EditionSpan.day(day));
        for (int i = 1; i <= 5; i++) {
            var draft = new ArticleDraft("Piece " + i + " of " + day, null, "What piece " + i + " is about.",
                    Body.markdown("Words."), List.of(), List.of(), null);
            desk.add(editor, edition.id(), magazine.workflow().write(editor, draft, editor.authorId()).id());
        }
        desk.schedule(editor, edition.id(), clock.instant().plusMillis(500));
        clock.shift = clock.shift.plusMillis(600);
        magazine.scheduler().runDue();
        return edition;
    }

    /** Milliseconds between one delivery being recorded sent and the next: the time each message took, all told. */
    private static double[] gaps(Database database, long sendId) {
        List<Instant> times = database.read(h -> h.createQuery(
                "SELECT sent_at FROM newsletter_deliveries WHERE send_id = :id AND status = 'sent' ORDER BY sent_at")
                .bind("id", sendId).mapTo(Instant.class).list());
        double[] gaps = new double[times.size() - 1];
        for (int i = 1; i < times.size(); i++) {
            gaps[i - 1] = Duration.between(times.get(i - 1), times.get(i)).toNanos() / 1e6;
        }
        Arrays.sort(gaps);
        return gaps;
    }

    /** The time now, moved on by whole days so that each run has an edition of its own day to send. */
    private static final class ShiftedClock extends Clock {
        private volatile Duration shift = Duration.ZERO;

        @Override
        public Instant instant() {
            return Instant.now().plus(shift);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return Clock.offset(Clock.system(zone), shift);
        }
    }

    private static double percentile(double[] sorted, int p) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)];
    }
}
