package org.masthead.newsletter;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import org.masthead.edition.Edition;
import org.masthead.edition.EditionService;
import org.masthead.platform.Scheduler;
import org.masthead.settings.WeeklyHour;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Queues the weekly digest at its hour: the editions that went out in the seven days before it, to every confirmed
 * weekly subscriber, once a week (the database keeps one weekly send per week, so a catch-up after a restart or a
 * second server queues nothing more). Run by the scheduler, which also runs it at start-up: a digest that fell due
 * while the server was down goes out then, unless it is more than {@link #LATEST} late, when a digest of last week
 * would read as stale news; it is skipped, and the log says why. A week with no edition sends nothing.
 */
final class WeeklyDigest implements Scheduler.Work {
    private static final Logger log = LoggerFactory.getLogger(WeeklyDigest.class);
    static final Duration LATEST = Duration.ofDays(1);

    private final SendStore store;
    private final EditionService editions;
    private final EditionLetters letters;
    private final Supplier<WeeklyHour> when;
    private final ZoneId zone;
    private final BooleanSupplier mailConfigured;
    private final Runnable queued;
    private final Clock clock;
    // The last week the log said it sends nothing, so it says so once rather than at every look of the scheduler.
    private volatile LocalDate noted;

    WeeklyDigest(SendStore store, EditionService editions, EditionLetters letters, Supplier<WeeklyHour> when, ZoneId zone,
            BooleanSupplier mailConfigured, Runnable queued, Clock clock) {
        this.clock = clock;
        this.store = store;
        this.editions = editions;
        this.letters = letters;
        this.when = when;
        this.zone = zone;
        this.mailConfigured = mailConfigured;
        this.queued = queued;
    }

    /** Queues the week's digest if it is due, not queued yet, not too late, and has editions; returns 1 if it did. */
    @Override
    public int publishDue(Instant now) {
        ZonedDateTime due = lastDue(now);
        LocalDate weekOf = due.toLocalDate().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        if (store.hasWeekly(weekOf) || !mailConfigured.getAsBoolean()) {
            return 0;
        }
        Duration late = Duration.between(due.toInstant(), now);
        if (late.compareTo(LATEST) > 0) {
            note(weekOf, "The weekly digest of {} is not sent: it fell due at {}, {} hours ago, while the server was down, "
                    + "and a digest more than a day late is stale", due.toLocalDate(), due, late.toHours());
            return 0;
        }
        DigestWeek week = new DigestWeek(weekOf, due.minusWeeks(1).toInstant(), due.toInstant());
        List<Edition> out = editions.publishedBetween(week.from(), week.until());
        if (out.isEmpty()) {
            note(weekOf, "The weekly digest of {} is not sent: no edition went out in the week before it", due.toLocalDate(), null, null);
            return 0;
        }
        Optional<Send> send = store.queueWeekly(week, letters.digestSubject(due.toLocalDate()), now);
        send.ifPresent(s -> {
            log.info("The weekly digest of {} ({} edition(s)) queued for {} subscriber(s)", due.toLocalDate(), out.size(), s.recipients());
            queued.run();
        });
        return send.isPresent() ? 1 : 0;
    }

    /** The next time the digest falls due, after now. */
    @Override
    public Optional<Instant> nextDue() {
        return Optional.of(lastDue(clock.instant()).plusWeeks(1).toInstant());
    }

    /** The latest time, at or before now, that the digest fell due. */
    ZonedDateTime lastDue(Instant now) {
        WeeklyHour at = when.get();
        ZonedDateTime local = now.atZone(zone);
        ZonedDateTime due = local.toLocalDate().with(TemporalAdjusters.previousOrSame(at.day())).atTime(at.hour(), 0).atZone(zone);
        return due.isAfter(local) ? due.minusWeeks(1) : due;
    }

    private void note(LocalDate weekOf, String message, Object first, Object second, Object third) {
        if (!weekOf.equals(noted)) {
            noted = weekOf;
            log.info(message, first, second, third);
        }
    }
}
