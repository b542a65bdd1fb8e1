package org.masthead.account;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.masthead.platform.Database;

/**
 * Slows password guessing: after 5 failed sign-ins for one account, or 20 from one address, within 15
 * minutes, further attempts are refused until the oldest failure leaves the window. Kept in the database so
 * that every server of a scaled-out magazine counts the same failures.
 */
final class LoginThrottle {
    static final Duration WINDOW = Duration.ofMinutes(15);
    static final int PER_ACCOUNT = 5;
    static final int PER_ADDRESS = 20;

    private final Database db;
    private final Clock clock;

    LoginThrottle(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    /** How long to wait before the next attempt, if one must wait. */
    Optional<Duration> retryAfter(String email, String address) {
        Instant now = clock.instant();
        return later(wait(account(email), PER_ACCOUNT, now), wait(address(address), PER_ADDRESS, now));
    }

    void failed(String email, String address) {
        Instant now = clock.instant();
        db.write(h -> {
            h.createUpdate("DELETE FROM login_failures WHERE at < :before").bind("before", now.minus(WINDOW)).execute();
            var insert = h.prepareBatch("INSERT INTO login_failures (subject, at) VALUES (:subject, :at)");
            insert.bind("subject", account(email)).bind("at", now).add();
            insert.bind("subject", address(address)).bind("at", now).add();
            return insert.execute();
        });
    }

    void succeeded(String email) {
        db.write(h -> h.createUpdate("DELETE FROM login_failures WHERE subject = :subject")
                .bind("subject", account(email)).execute());
    }

    private Optional<Duration> wait(String subject, int limit, Instant now) {
        var times = db.read(h -> h.createQuery("""
                SELECT at FROM login_failures WHERE subject = :subject AND at >= :since ORDER BY at DESC LIMIT :limit""")
                .bind("subject", subject).bind("since", now.minus(WINDOW)).bind("limit", limit)
                .mapTo(Instant.class).list());
        if (times.size() < limit) {
            return Optional.empty();
        }
        // The limit-th newest failure must leave the window before another attempt is allowed.
        return Optional.of(Duration.between(now, times.getLast().plus(WINDOW)));
    }

    private static Optional<Duration> later(Optional<Duration> a, Optional<Duration> b) {
        if (a.isEmpty()) {
            return b;
        }
        return b.isEmpty() || a.get().compareTo(b.get()) >= 0 ? a : b;
    }

    private static String account(String email) {
        return "account:" + User.normalEmail(email);
    }

    private static String address(String address) {
        return "address:" + address;
    }
}
