package org.masthead.account;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.masthead.audit.AuditLog;
import org.masthead.platform.Database;
import org.masthead.common.Actor;

/**
 * Signing in and out: a password, then a one-time code for those who have a second factor, all throttled;
 * sessions that last two weeks from last use; signing out one browser or every one.
 */
public final class SignInService {
    static final Duration IDLE_LIFETIME = Duration.ofDays(14);
    /** However busy, a session ends this long after its sign-in: a stolen cookie does not open the newsroom for ever. */
    static final Duration ABSOLUTE_LIFETIME = Duration.ofDays(30);
    private static final Duration TOUCH_EVERY = Duration.ofMinutes(10);

    /** What a sign-in attempt came to. */
    public sealed interface Outcome {
        /** In: the cookie's token, and whether a one-time code is still wanted. */
        record SignedIn(String token, User user, boolean secondFactorDue) implements Outcome {}

        /** Wrong address or password (never said which), or a disabled account. */
        record Refused(String message) implements Outcome {}

        /** Too many failures lately; try again after the wait. */
        record Throttled(Duration retryAfter) implements Outcome {}
    }

    private final Database db;
    private final UserStore users;
    private final SessionStore sessions;
    private final LoginThrottle throttle;
    private final AuditLog audit;
    private final Clock clock;

    public SignInService(Database db, AccountStores stores, AuditLog audit, Clock clock) {
        this.db = db;
        this.users = stores.users;
        this.sessions = stores.sessions;
        this.throttle = stores.throttle;
        this.audit = audit;
        this.clock = clock;
    }

    public Outcome signIn(String email, String password, String address, String userAgent) {
        String cleanEmail = User.normalEmail(email);
        LoginThrottle.Attempt attempt;
        switch (throttle.admit(cleanEmail, address)) {
            case LoginThrottle.Held held -> {
                return new Outcome.Throttled(held.retryAfter());
            }
            case LoginThrottle.Admitted admitted -> attempt = admitted.attempt();
        }
        Optional<User> user = users.findByEmail(cleanEmail);
        boolean passwordRight = user.isPresent()
                ? Passwords.matches(password, users.passwordHash(user.get().id()).orElseThrow())
                : decoy(password);
        if (!passwordRight || user.get().disabled()) {
            // The attempt was counted as a failure when it was let in.
            return new Outcome.Refused(user.isPresent() && passwordRight
                    ? "This account is disabled. Ask an admin of the magazine."
                    : "The email address or the password is not right.");
        }
        throttle.succeeded(attempt);
        User in = user.get();
        String token = Tokens.fresh();
        Instant now = clock.instant();
        db.write(h -> {
            sessions.deleteExpired(now);
            sessions.insert(Tokens.hash(token), in.id(), Tokens.fresh(), in.twoFactorEnabled(), now,
                    now.plus(IDLE_LIFETIME), address, userAgent == null ? "" : userAgent);
            audit.record(in.asActor(address), "account.signed_in", "user", in.id(), in.twoFactorEnabled() ? "password" : "");
            return null;
        });
        return new Outcome.SignedIn(token, in, in.twoFactorEnabled());
    }

    /** The session a cookie's token opens, if it is current and its user may still sign in. */
    public Optional<Session> resume(String token) {
        if (token == null || token.isBlank() || token.length() > 100) {
            return Optional.empty();
        }
        String hash = Tokens.hash(token);
        Instant now = clock.instant();
        Optional<SessionStore.Row> row = sessions.find(hash).filter(r -> r.expires().isAfter(now));
        if (row.isEmpty()) {
            return Optional.empty();
        }
        Optional<User> user = users.find(row.get().userId()).filter(u -> !u.disabled());
        if (user.isEmpty()) {
            return Optional.empty();
        }
        Instant end = row.get().created().plus(ABSOLUTE_LIFETIME);
        if (!end.isAfter(now)) {
            return Optional.empty();
        }
        if (row.get().lastSeen().plus(TOUCH_EVERY).isBefore(now)) {
            Instant idleEnd = now.plus(IDLE_LIFETIME);
            sessions.touch(hash, now, idleEnd.isBefore(end) ? idleEnd : end);
        }
        return Optional.of(new Session(user.get(), row.get().csrfToken(), row.get().secondFactorDue()));
    }

    /** Checks the one-time code of a session that still owes it; wrong codes count as failed sign-ins. */
    public Outcome secondFactor(String token, String code, String address) {
        Optional<Session> session = resume(token);
        if (session.isEmpty()) {
            return new Outcome.Refused("Your sign-in has expired. Please sign in again.");
        }
        User user = session.get().user();
        LoginThrottle.Attempt attempt;
        switch (throttle.admit(user.email(), address)) {
            case LoginThrottle.Held held -> {
                return new Outcome.Throttled(held.retryAfter());
            }
            case LoginThrottle.Admitted admitted -> attempt = admitted.attempt();
        }
        Long lastStep = users.totpLastStep(user.id());
        var step = users.totpSecret(user.id()).flatMap(secret -> {
            var verified = TwoFactor.verify(secret, code, clock.instant(), lastStep);
            return verified.isPresent() ? Optional.of(verified.getAsLong()) : Optional.empty();
        });
        if (step.isEmpty()) {
            return new Outcome.Refused("That code is not right, or was used already. Try the next one.");
        }
        db.write(h -> {
            users.update(user.id(), "totp_last_step", step.get(), clock.instant());
            sessions.secondFactorGiven(Tokens.hash(token));
            throttle.succeeded(attempt);
            audit.record(user.asActor(address), "account.second_factor_given", "user", user.id(), "");
            return null;
        });
        return new Outcome.SignedIn(token, user, false);
    }

    public void signOut(String token) {
        if (token != null && !token.isBlank()) {
            sessions.delete(Tokens.hash(token));
        }
    }

    /** Ends every session of the actor's account, on every browser; returns how many there were. */
    public int signOutEverywhere(Actor actor) {
        if (actor.userId() == null) {
            return 0;
        }
        return db.write(h -> {
            int ended = sessions.deleteAllOf(actor.userId());
            audit.record(actor, "account.signed_out_everywhere", "user", actor.userId(), ended + " session(s)");
            return ended;
        });
    }

    private static boolean decoy(String password) {
        Passwords.spendTheSameTime(password);
        return false;
    }
}
