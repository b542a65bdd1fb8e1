package org.masthead.account;

import java.time.Instant;
import java.util.Optional;
import org.masthead.common.Invalid;
import org.masthead.platform.Database;

/** Password reset links, kept as hashes of their tokens. */
final class ResetStore {
    private final Database db;

    ResetStore(Database db) {
        this.db = db;
    }

    void insert(String tokenHash, long userId, Instant expires) {
        db.write(h -> h.createUpdate("INSERT INTO password_resets (token_hash, user_id, expires_at) VALUES (:hash, :user, :expires)")
                .bind("hash", tokenHash).bind("user", userId).bind("expires", expires).execute());
    }

    /** The account of a link that is unused and not expired. */
    Optional<Long> findUsable(String tokenHash, Instant now) {
        return db.read(h -> h.createQuery("""
                SELECT user_id FROM password_resets WHERE token_hash = :hash AND used_at IS NULL AND expires_at > :now""")
                .bind("hash", tokenHash).bind("now", now).mapTo(Long.class).findOne());
    }

    /**
     * Spends a link if it is still usable; false if another use got there first or it has expired. The row
     * count decides, so the check and the spending cannot be split by a second use of the same link.
     */
    boolean spend(String tokenHash, Instant now) {
        return db.write(h -> h.createUpdate("""
                UPDATE password_resets SET used_at = :now WHERE token_hash = :hash AND used_at IS NULL AND expires_at > :now""")
                .bind("now", now).bind("hash", tokenHash).execute()) == 1;
    }

    static Invalid spent() {
        return new Invalid("this link has expired or was used already; ask for a new one");
    }
}
