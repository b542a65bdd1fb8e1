package org.masthead.account;

import org.masthead.platform.Database;

/**
 * The accounts' storage: users, their sessions and their password resets, opened once by the composition root and
 * handed to {@link AccountService}, {@link SignInService} and {@link PasswordResets}: a service never opens its own.
 * The stores stay package-private; a test of the rules may give a service one in memory.
 */
public final class AccountStores {
    final UserStore users;
    final SessionStore sessions;
    final ResetStore resets;

    AccountStores(UserStore users, SessionStore sessions, ResetStore resets) {
        this.users = users;
        this.sessions = sessions;
        this.resets = resets;
    }

    /** The stores over this database's tables. */
    public static AccountStores sql(Database db) {
        return new AccountStores(new UserStore(db), new SessionStore(db), new ResetStore(db));
    }
}
