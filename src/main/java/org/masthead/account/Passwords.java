package org.masthead.account;

import com.password4j.Argon2Function;
import com.password4j.Password;
import com.password4j.types.Argon2;
import org.masthead.common.Invalid;

/** Argon2id password hashes, with OWASP's recommended cost (19 MiB, 2 passes), and the length rule. */
final class Passwords {
    private static final Argon2Function ARGON2ID = Argon2Function.getInstance(19_456, 2, 1, 32, Argon2.ID);
    static final int MIN_LENGTH = 10;
    static final int MAX_LENGTH = 256;
    // Checked against when there is no account, so that an unknown address takes as long as a wrong password.
    private static final String DECOY = ARGON2ID.hash("decoy password that no one has").getResult();

    private Passwords() {}

    static String hash(String password) {
        return Password.hash(password).addRandomSalt(16).with(ARGON2ID).getResult();
    }

    static boolean matches(String password, String hash) {
        if (!hash.startsWith("$argon2")) {
            // CASE: an account restored from an export has no password until one is set (User.NO_PASSWORD); it
            // takes as long to refuse as a wrong password, so no one learns which accounts have none.
            spendTheSameTime(password);
            return false;
        }
        return password != null && Argon2Function.getInstanceFromHash(hash).check(password, hash);
    }

    static void spendTheSameTime(String password) {
        matches(password == null ? "" : password, DECOY);
    }

    /** A new password must be long enough to resist guessing and short enough to hash quickly. */
    static void check(String password, String email) {
        if (password == null || password.codePointCount(0, password.length()) < MIN_LENGTH) {
            throw new Invalid("password", "a password needs at least " + MIN_LENGTH + " characters");
        }
        if (password.length() > MAX_LENGTH) {
            throw new Invalid("password", "a password has at most " + MAX_LENGTH + " characters");
        }
        if (password.equalsIgnoreCase(email)) {
            throw new Invalid("password", "a password must not be the email address");
        }
    }
}
