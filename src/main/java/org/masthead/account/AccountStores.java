package org.masthead.account;

import java.time.Clock;
import org.masthead.platform.Database;

/**
 * The accounts' storage: users, their sessions, their password resets and the sign-in throttle, opened once by the composition root and
 * handed to {@link AccountService}, {@link SignInService} and {@link PasswordResets}: a service never opens its own.
 * The stores stay package-private; a test of the rules may give a service one in memory.
 */
public final class AccountStores {
    final UserStore users;
    final SessionStore sessions;
    final ResetStore resets;
    final LoginThrottle throttle;

    AccountStores(UserStore users, SessionStore sessions, ResetStore resets, LoginThrottle throttle) {
        this.users = users;
        this.sessions = sessions;
        this.resets = resets;
        this.throttle = throttle;
    }

    /** The stores over this database's tables; the throttle counts attempts by this clock. */
    public static AccountStores sql(Database db, Clock clock) {
        return new AccountStores(new UserStore(db), new SessionStore(db), new ResetStore(db), new LoginThrottle(db, clock));
    }
}
