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

    /**
     * An attempt let through: it is counted as a failure from the moment it is let in, so that attempts made at
     * once cannot all pass the count before any of them is recorded. A success takes it back.
     */
    record Attempt(String email, String address, Instant at) {}

    /** Whether an attempt may go on (and was counted), or how long it must wait. */
    sealed interface Admission permits Admitted, Held {}

    record Admitted(Attempt attempt) implements Admission {}

    record Held(Duration retryAfter) implements Admission {}

    /**
     * Lets an attempt in, counting it at once, or says how long to wait. Counting and recording are one step,
     * done by one writer at a time: twenty attempts at once for one account let exactly five in.
     */
    Admission admit(String email, String address) {
        Instant now = clock.instant();
        return db.write(h -> {
            db.serializeWrites("login-throttle");
            h.createUpdate("DELETE FROM login_failures WHERE at < :before").bind("before", now.minus(WINDOW)).execute();
            Optional<Duration> wait = later(wait(h, account(email), PER_ACCOUNT, now), wait(h, address(address), PER_ADDRESS, now));
            if (wait.isPresent()) {
                return new Held(wait.get());
            }
            record(h, email, address, now);
            return new Admitted(new Attempt(email, address, now));
        });
    }

    /** The attempt let in was right: it is not a failure, and the account's earlier failures are forgiven. */
    void succeeded(Attempt attempt) {
        db.write(h -> {
            h.createUpdate("DELETE FROM login_failures WHERE subject = :subject").bind("subject", account(attempt.email())).execute();
            return h.createUpdate("DELETE FROM login_failures WHERE subject = :subject AND at = :at")
                    .bind("subject", address(attempt.address())).bind("at", attempt.at()).execute();
        });
    }

    private static int[] record(org.jdbi.v3.core.Handle h, String email, String address, Instant now) {
        var insert = h.prepareBatch("INSERT INTO login_failures (subject, at) VALUES (:subject, :at)");
        insert.bind("subject", account(email)).bind("at", now).add();
        insert.bind("subject", address(address)).bind("at", now).add();
        return insert.execute();
    }

    private static Optional<Duration> wait(org.jdbi.v3.core.Handle h, String subject, int limit, Instant now) {
        var times = h.createQuery("""
                SELECT at FROM login_failures WHERE subject = :subject AND at >= :since ORDER BY at DESC LIMIT :limit""")
                .bind("subject", subject).bind("since", now.minus(WINDOW)).bind("limit", limit)
                .mapTo(Instant.class).list();
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
