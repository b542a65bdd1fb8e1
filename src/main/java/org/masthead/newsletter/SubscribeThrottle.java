package org.masthead.newsletter;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.masthead.platform.Database;

/**
 * Holds back the subscribe form: an address may be asked for 3 times an hour (each may send it a mail), and one
 * client may ask 10 times an hour. Kept in the database, like the sign-in throttle, so that every server of a
 * scaled-out magazine counts the same requests; counting and checking are one step, so requests sent at once
 * get no more through.
 */
final class SubscribeThrottle {
    static final Duration WINDOW = Duration.ofHours(1);
    static final int PER_EMAIL = 3;
    static final int PER_CLIENT = 10;

    private final Database db;
    private final Clock clock;

    SubscribeThrottle(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    /** Counts a request and lets it through, or says how long it must wait (and does not count it). */
    Optional<Duration> admit(String email, String client) {
        Instant now = clock.instant();
        return db.write(h -> {
            db.serializeWrites("subscribe-throttle");
            h.createUpdate("DELETE FROM subscribe_attempts WHERE at <= :before").bind("before", now.minus(WINDOW)).execute();
            Optional<Duration> wait = longer(wait(h, "email:" + email, PER_EMAIL, now), wait(h, "client:" + client, PER_CLIENT, now));
            if (wait.isEmpty()) {
                var insert = h.prepareBatch("INSERT INTO subscribe_attempts (subject, at) VALUES (:subject, :at)");
                insert.bind("subject", "email:" + email).bind("at", now).add();
                insert.bind("subject", "client:" + client).bind("at", now).add();
                insert.execute();
            }
            return wait;
        });
    }

    private static Optional<Duration> wait(Handle h, String subject, int limit, Instant now) {
        var times = h.createQuery("""
                SELECT at FROM subscribe_attempts WHERE subject = :subject AND at > :since ORDER BY at DESC LIMIT :limit""")
                .bind("subject", subject).bind("since", now.minus(WINDOW)).bind("limit", limit)
                .mapTo(Instant.class).list();
        // The limit-th newest request must leave the window before another is let through.
        return times.size() < limit ? Optional.empty() : Optional.of(Duration.between(now, times.getLast().plus(WINDOW)));
    }

    private static Optional<Duration> longer(Optional<Duration> a, Optional<Duration> b) {
        if (a.isEmpty()) {
            return b;
        }
        return b.isEmpty() || a.get().compareTo(b.get()) >= 0 ? a : b;
    }
}
