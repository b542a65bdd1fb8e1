package org.masthead.newsletter;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.IntSupplier;
import java.util.function.Supplier;
import org.masthead.mail.MailFailed;
import org.masthead.mail.MailConnection;
import org.masthead.mail.MailSettings;
import org.masthead.mail.Mailer;
import org.masthead.mail.Message;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends the queued deliveries through the magazine's SMTP server, one message at a time at the configured rate.
 *
 * <p>At most once: a delivery is claimed ('sending') in one transaction before its message goes to the server and
 * marked in another right after. A process that dies between the two leaves it 'sending'; since the server may have
 * taken the message, it is never sent again but recorded as failed ({@link #INTERRUPTED_AFTER} after its claim, when
 * no live sender can still be at it). One message per crash may be lost; none is ever sent twice.
 *
 * <p>A refused address (permanent) is counted against it and paused at {@link #PAUSE_AT}; a passing fault (the server
 * unreachable, a sign-in refused) puts the delivery back with a growing wait, holds the whole queue until then, and
 * counts against no one.
 */
final class NewsletterSender {
    private static final Logger log = LoggerFactory.getLogger(NewsletterSender.class);
    static final Duration INTERRUPTED_AFTER = Duration.ofMinutes(5);
    static final int PAUSE_AT = 3;
    /** A delivery put off (4xx) this many times is given up, not counted against the address: about two hours. */
    static final int DEFERRALS = 8;
    private static final int BATCH = 200;
    private static final Duration FIRST_RETRY = Duration.ofMinutes(1);
    private static final Duration LONGEST_RETRY = Duration.ofHours(1);

    /** Waits until a time on the sender's clock; tests pass one that moves their clock instead. */
    interface Sleeper {
        void sleepUntil(Instant when) throws InterruptedException;
    }

    private final SendStore store;
    private final EditionLetters letters;
    private final Mailer mailer;
    private final Supplier<MailSettings> mail;
    private final IntSupplier perMinute;
    private final Clock clock;
    private final Sleeper sleeper;
    private final java.time.ZoneId zone;
    private Instant nextSlot = Instant.MIN;
    private Instant heldUntil = Instant.MIN;

    NewsletterSender(SendStore store, EditionLetters letters, Mailer mailer, Supplier<MailSettings> mail, IntSupplier perMinute,
            Clock clock, Sleeper sleeper) {
        this(store, letters, mailer, mail, perMinute, clock, sleeper, java.time.ZoneOffset.UTC);
    }

    NewsletterSender(SendStore store, EditionLetters letters, Mailer mailer, Supplier<MailSettings> mail, IntSupplier perMinute,
            Clock clock, Sleeper sleeper, java.time.ZoneId zone) {
        this.zone = zone;
        this.store = store;
        this.letters = letters;
        this.mailer = mailer;
        this.mail = mail;
        this.perMinute = perMinute;
        this.clock = clock;
        this.sleeper = sleeper;
    }

    /** Records as failed the deliveries interrupted mid-send long enough ago that no sender is still at them. */
    int giveUpInterrupted() {
        int interrupted = store.giveUpInterrupted(clock.instant().minus(INTERRUPTED_AFTER));
        if (interrupted > 0) {
            log.warn("{} newsletter deliveries were interrupted while sending; they may have arrived, so they are not sent again", interrupted);
        }
        return interrupted;
    }

    /**
     * Sends what is due, at most {@code limit} messages, pacing them; returns how many the server took. Stops early at a
     * passing fault, or when the thread is interrupted (closing).
     */
    synchronized int sendDue(int limit) throws InterruptedException {
        if (clock.instant().isBefore(heldUntil)) {
            return 0;
        }
        store.skipDeparted();
        MailSettings settings = mail.get();
        if (!settings.isConfigured()) {
            // CASE: the mail server was taken out of Settings after a send was queued: the deliveries wait for one.
            return 0;
        }
        // One connection for the whole run, opened at the first message: see MailConnection for why.
        int sent;
        try (MailConnection connection = mailer.connect(settings)) {
            sent = sendOver(connection, limit);
        }
        store.finishSends(clock.instant());
        return sent;
    }

    private int sendOver(MailConnection connection, int limit) throws InterruptedException {
        Duration interval = Duration.ofNanos(60_000_000_000L / Math.max(1, perMinute.getAsInt()));
        Map<Long, Function<Subscriber, Message>> bySend = new HashMap<>();
        int sent = 0;
        while (sent < limit) {
            List<Delivery> due = store.due(clock.instant(), Math.min(BATCH, limit - sent));
            if (due.isEmpty()) {
                break;
            }
            for (Delivery delivery : due) {
                if (sent >= limit) {
                    break;
                }
                Message message = bySend.computeIfAbsent(delivery.sendId(), this::letterOf).apply(delivery.subscriber());
                pace(interval);
                if (!store.claim(delivery, clock.instant())) {
                    continue;
                }
                switch (deliver(delivery, connection, message)) {
                    case SENT -> sent++;
                    case WAIT -> {
                        return sent;
                    }
                    case NEXT -> { }
                }
            }
        }
        return sent;
    }

    private enum Outcome { SENT, NEXT, WAIT }

    /** Sends one message and records what came of it; WAIT at a passing fault, when the whole queue should wait. */
    private Outcome deliver(Delivery delivery, MailConnection connection, Message message) {
        // Anything else thrown leaves the delivery claimed: given up as interrupted later, never sent twice.
        try {
            connection.send(message);
            store.markSent(delivery, clock.instant());
            return Outcome.SENT;
        } catch (MailFailed failed) {
            int attempts = delivery.attempts() + 1;
            switch (failed.kind()) {
                case PERMANENT -> store.markRefused(delivery, failed.getMessage(), PAUSE_AT);
                // CASE: greylisting or a full mailbox: this address later, the others now, and no count against it.
                case DEFERRED -> {
                    if (attempts >= DEFERRALS) {
                        store.giveUp(delivery, "put off " + attempts + " times: " + failed.getMessage());
                    } else {
                        store.retryLater(delivery, failed.getMessage(), clock.instant().plus(backoff(attempts)));
                    }
                }
                case PASSING -> {
                    Instant retry = clock.instant().plus(backoff(attempts));
                    store.retryLater(delivery, failed.getMessage(), retry);
                    heldUntil = retry;
                    log.warn("The newsletter waits until {}: {}", retry, failed.getMessage());
                    return Outcome.WAIT;
                }
            }
            return Outcome.NEXT;
        }
    }

    /** Waits for the next message's turn: {@code 60 s / rate} after the previous one. */
    private void pace(Duration interval) throws InterruptedException {
        Instant now = clock.instant();
        if (now.isBefore(nextSlot)) {
            sleeper.sleepUntil(nextSlot);
            now = clock.instant();
        }
        nextSlot = (now.isAfter(nextSlot) ? now : nextSlot).plus(interval);
    }

    /** How a send's message is written for each subscriber: an edition's letter, or a week's digest. */
    private Function<Subscriber, Message> letterOf(long sendId) {
        Send send = store.find(sendId).orElseThrow();
        if (send.editionId() != null) {
            EditionLetter letter = letters.letter(send.editionId());
            return subscriber -> letters.message(letter, send.subject(), subscriber);
        }
        DigestLetter digest = letters.digest(store.weekOf(sendId).orElseThrow(), zone);
        return subscriber -> letters.message(digest, send.subject(), subscriber);
    }

    static Duration backoff(int attempts) {
        Duration wait = FIRST_RETRY.multipliedBy(1L << Math.min(attempts - 1, 10));
        return wait.compareTo(LONGEST_RETRY) > 0 ? LONGEST_RETRY : wait;
    }

    Optional<Send> queueEdition(long editionId) {
        return store.queueEdition(editionId, letters.subject(editionId), clock.instant());
    }

}
