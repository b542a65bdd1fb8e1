package org.masthead.newsletter;

import java.net.URI;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.IntSupplier;
import java.util.function.Supplier;
import org.masthead.article.ArticleService;
import org.masthead.edition.Edition;
import org.masthead.edition.EditionService;
import org.masthead.mail.MailSettings;
import org.masthead.mail.Mailer;
import org.masthead.platform.Database;
import org.masthead.platform.Scheduler;
import org.masthead.platform.Templates;
import org.masthead.settings.WeeklyHour;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sending editions to the subscribers: an edition that goes out (at its scheduled time) queues one send, with a
 * delivery for every confirmed daily subscriber, and a background sender works through the queue at the configured
 * rate. Each edition is sent once: the database holds one daily send per edition and one delivery per subscriber of it.
 *
 * <p>With several servers on one PostgreSQL, one of them sends at a time ({@link Database#exclusively}), so the
 * magazine keeps to its rate however many servers it has; each delivery is claimed before it goes, so none goes twice
 * whoever sends it. A server that queues a send, or stops while sending, tells the others ({@code masthead_newsletter}),
 * and one of them goes on at once; a server that dies while sending lets go of its lock with its connection, and the
 * others, looking every {@link #BUSY_POLL} while another sends, go on within it.
 */
public final class SendingService implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(SendingService.class);
    // Look at the queue at least this often: for retries that fell due, and for sends queued by another server.
    private static final Duration POLL = Duration.ofSeconds(30);
    /** How often a server looks while another one sends: for the sender dying without a word. */
    private static final Duration BUSY_POLL = Duration.ofSeconds(2);
    private static final String SENDING = "newsletter-sending";
    private static final String CHANNEL = "masthead_newsletter";
    /** An edition older than this that was never queued stays unsent: yesterday's news is not mailed. */
    static final Duration CATCH_UP = Duration.ofHours(24);

    /**
     * What sending needs from the rest of the magazine. The templates are asked for at each letter: the server swaps
     * in the theme's when it starts.
     */
    public record Wiring(Database db, EditionService editions, ArticleService articles, SubscriptionService subscriptions,
            Mailer mailer, Supplier<MailSettings> mail, IntSupplier perMinute, Supplier<String> magazine,
            Supplier<URI> publicUrl, Clock clock, ZoneId zone, Supplier<WeeklyHour> digestAt, Supplier<LetterDesign> design,
            Supplier<Templates> templates, Supplier<Optional<Instant>> restoredAt) {

        /** Never restored from an export. */
        public Wiring(Database db, EditionService editions, ArticleService articles, SubscriptionService subscriptions,
                Mailer mailer, Supplier<MailSettings> mail, IntSupplier perMinute, Supplier<String> magazine,
                Supplier<URI> publicUrl, Clock clock, ZoneId zone, Supplier<WeeklyHour> digestAt, Supplier<LetterDesign> design,
                Supplier<Templates> templates) {
            this(db, editions, articles, subscriptions, mailer, mail, perMinute, magazine, publicUrl, clock, zone, digestAt, design,
                    templates, Optional::empty);
        }

        /** Without a time zone and a digest time of its own: UTC, and the digest on Sundays at 8. */
        public Wiring(Database db, EditionService editions, ArticleService articles, SubscriptionService subscriptions,
                Mailer mailer, Supplier<MailSettings> mail, IntSupplier perMinute, Supplier<String> magazine,
                Supplier<URI> publicUrl, Clock clock) {
            this(db, editions, articles, subscriptions, mailer, mail, perMinute, magazine, publicUrl, clock, ZoneOffset.UTC,
                    () -> new WeeklyHour(DayOfWeek.SUNDAY, 8));
        }

        /** Without a letter design or a theme of its own: the plain letter, in the built-in templates. */
        public Wiring(Database db, EditionService editions, ArticleService articles, SubscriptionService subscriptions,
                Mailer mailer, Supplier<MailSettings> mail, IntSupplier perMinute, Supplier<String> magazine,
                Supplier<URI> publicUrl, Clock clock, ZoneId zone, Supplier<WeeklyHour> digestAt) {
            this(db, editions, articles, subscriptions, mailer, mail, perMinute, magazine, publicUrl, clock, zone, digestAt,
                    () -> LetterDesign.PLAIN, builtIn());
        }

        private static Supplier<Templates> builtIn() {
            Templates templates = new Templates();
            return () -> templates;
        }
    }

    private final SendStore store;
    private final NewsletterSender sender;
    private final Supplier<MailSettings> mail;
    private final Wiring wiring;
    private final NewsletterStores stores;
    private final WeeklyDigest digest;
    private final EditionService editions;
    private final Clock clock;
    private final Semaphore wakeups = new Semaphore(0);
    private volatile Thread worker;
    private volatile boolean sendingElsewhere;
    private volatile boolean sendingHere;

    public SendingService(NewsletterStores stores, Wiring wiring) {
        this(stores, wiring, when -> {
            long millis = Duration.between(wiring.clock().instant(), when).toMillis();
            if (millis > 0) {
                Thread.sleep(millis);
            }
        });
    }

    SendingService(NewsletterStores stores, Wiring w, NewsletterSender.Sleeper sleeper) {
        this.stores = stores;
        this.store = stores.sends;
        var letters = new EditionLetters(w);
        this.sender = new NewsletterSender(store, letters, w.mailer(), w.mail(), w.perMinute(), w.clock(), sleeper, w.zone());
        this.mail = w.mail();
        this.wiring = w;
        this.editions = w.editions();
        this.clock = w.clock();
        this.digest = new WeeklyDigest(store, w.editions(), letters,
                w.digestAt(), w.zone(),
                () -> w.mail().get().isConfigured(), this::wakeEveryServer, w.clock());
    }

    /** The weekly digest, for the scheduler to run: it queues each week's digest at its hour, once. */
    public Scheduler.Work weeklyDigest() {
        return digest;
    }

    /**
     * Queues the editions that went out in the last {@link #CATCH_UP} with no send: the process died after publishing
     * one and before its send was queued. Queuing is once per edition whoever does it, so this may run at every start.
     * Editions out before the magazine was last restored are left alone: the server the export came from sent them (a
     * restore carries no sends), and its subscribers must not get them twice. Returns how many it queued.
     */
    public int catchUp() {
        Instant now = clock.instant();
        Instant from = now.minus(CATCH_UP);
        Instant restored = wiring.restoredAt().get().orElse(from);
        int queued = 0;
        for (Edition out : editions.publishedBetween(restored.isAfter(from) ? restored : from, now.plusNanos(1))) {
            if (store.findForEdition(out.id()).isEmpty() && queueEdition(out.id()).isPresent()) {
                log.info("Edition {} went out without its send being queued (a restart in between): queued now", out.id());
                queued++;
            }
        }
        return queued;
    }

    /** The newsletter's screens in the newsroom, reading what this sends; the letter's design kept by {@code designs}. */
    public NewsletterDesk desk(org.masthead.audit.AuditLog audit, LetterDesigns designs) {
        return new NewsletterDesk(wiring, stores, new EditionLetters(wiring), audit, designs);
    }

    /**
     * Queues the edition for its daily subscribers, once: an edition queued already (published twice, or caught up by
     * another server) is not queued again, and a magazine with no mail server queues nothing. Returns the new send.
     */
    public Optional<Send> queueEdition(long editionId) {
        if (!mail.get().isConfigured()) {
            log.info("Edition {} is not sent to subscribers: no mail server is set up", editionId);
            return Optional.empty();
        }
        Optional<Send> queued = sender.queueEdition(editionId);
        queued.ifPresent(send -> {
            log.info("Edition {} queued for {} subscriber(s)", editionId, send.recipients());
            wakeEveryServer();
        });
        return queued;
    }

    /** The edition's daily send, if it has one. */
    public Optional<Send> sendOf(long editionId) {
        return store.findForEdition(editionId);
    }

    /** The send with its counts as they stand (final once it is done). */
    public Optional<Send> find(long sendId) {
        return store.find(sendId);
    }

    /** How many of a send's deliveries are in each status: queued, sending, sent, failed, skipped. */
    public Map<String, Integer> deliveries(long sendId) {
        return store.countByStatus(sendId);
    }

    /**
     * Sends what is due now on the caller's thread, at most {@code limit} messages; returns how many went (none while
     * another server of the magazine is sending).
     */
    public int sendDue(int limit) throws InterruptedException {
        Optional<Integer> sent = wiring.db().exclusively(SENDING, () -> {
            sendingHere = true;
            try {
                return sender.sendDue(limit);
            } finally {
                sendingHere = false;
            }
        });
        sendingElsewhere = sent.isEmpty();
        return sent.orElse(0);
    }

    /** Whether this server is the one of the magazine's sending now. */
    public boolean sendingHere() {
        return sendingHere;
    }

    /** Wakes this server's sender, and tells the others (which wake theirs): there is something to send. */
    private void wakeEveryServer() {
        wakeups.release();
        wiring.db().notices().send(CHANNEL, "");
    }

    /**
     * Starts the background sender, which first records deliveries a crash interrupted; queues first the editions
     * a crash kept from being queued.
     */
    public synchronized void start() {
        if (worker == null) {
            wiring.db().notices().listen(CHANNEL, new org.masthead.platform.Notices.Listener() {
                @Override
                public void heard(String payload) {
                    wakeups.release();
                }

                @Override
                public void deaf() {}

                @Override
                public void listening() {
                    wakeups.release();
                }
            });
            catchUp();
            worker = Thread.ofPlatform().daemon().name("newsletter-sender").start(this::work);
        }
    }

    private void work() {
        while (!Thread.currentThread().isInterrupted()) {
            try {
                sender.giveUpInterrupted();
                sendDue(Integer.MAX_VALUE);
                wakeups.tryAcquire((sendingElsewhere ? BUSY_POLL : POLL).toMillis(), TimeUnit.MILLISECONDS);
                wakeups.drainPermits();
            } catch (InterruptedException closing) {
                return;
            } catch (RuntimeException e) {
                if (stopping(e)) {
                    // CASE: the server is stopping and interrupted a wait for the database: nothing failed.
                    return;
                }
                log.error("Sending the newsletter failed; it goes on at the next look", e);
                try {
                    Thread.sleep(POLL.toMillis());
                } catch (InterruptedException closing) {
                    return;
                }
            }
        }
    }

    private static boolean stopping(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof InterruptedException) {
                return true;
            }
        }
        return Thread.currentThread().isInterrupted();
    }

    /** Stops the sender between two messages (a message being sent is finished and recorded first). */
    @Override
    public void close() {
        Thread running = worker;
        if (running != null) {
            running.interrupt();
            try {
                running.join(Duration.ofSeconds(30));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            // Stopped, maybe halfway through a send: another server goes on with it now rather than at its next look.
            wiring.db().notices().send(CHANNEL, "");
        }
    }
}
