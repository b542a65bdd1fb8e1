package org.masthead.account;

import java.time.Instant;
import java.util.Optional;
import org.masthead.platform.Database;

final class SessionStore {
    record Row(String tokenHash, long userId, String csrfToken, boolean secondFactorDue, Instant created, Instant lastSeen,
            Instant expires) {}

    private final Database db;

    SessionStore(Database db) {
        this.db = db;
    }

    void insert(String tokenHash, long userId, String csrfToken, boolean secondFactorDue, Instant now, Instant expires,
            String address, String userAgent) {
        db.write(h -> h.createUpdate("""
                INSERT INTO sessions (token_hash, user_id, csrf_token, second_factor_due, created_at, last_seen_at,
                                      expires_at, address, user_agent)
                VALUES (:hash, :user, :csrf, :due, :now, :now, :expires, :address, :agent)""")
                .bind("hash", tokenHash).bind("user", userId).bind("csrf", csrfToken).bind("due", secondFactorDue)
                .bind("now", now).bind("expires", expires).bind("address", address)
                .bind("agent", userAgent.length() > 300 ? userAgent.substring(0, 300) : userAgent)
                .execute());
    }

    Optional<Row> find(String tokenHash) {
        return db.read(h -> h.createQuery("SELECT * FROM sessions WHERE token_hash = :hash").bind("hash", tokenHash)
                .map((rs, ctx) -> new Row(rs.getString("token_hash"), rs.getLong("user_id"), rs.getString("csrf_token"),
                        rs.getBoolean("second_factor_due"),
                        ctx.findColumnMapperFor(Instant.class).orElseThrow().map(rs, "created_at", ctx),
                        ctx.findColumnMapperFor(Instant.class).orElseThrow().map(rs, "last_seen_at", ctx),
                        ctx.findColumnMapperFor(Instant.class).orElseThrow().map(rs, "expires_at", ctx)))
                .findOne());
    }

    void touch(String tokenHash, Instant now, Instant expires) {
        db.write(h -> h.createUpdate("UPDATE sessions SET last_seen_at = :now, expires_at = :expires WHERE token_hash = :hash")
                .bind("now", now).bind("expires", expires).bind("hash", tokenHash).execute());
    }

    void secondFactorGiven(String tokenHash) {
        db.write(h -> h.createUpdate("UPDATE sessions SET second_factor_due = :due WHERE token_hash = :hash")
                .bind("due", false).bind("hash", tokenHash).execute());
    }

    void delete(String tokenHash) {
        db.write(h -> h.createUpdate("DELETE FROM sessions WHERE token_hash = :hash").bind("hash", tokenHash).execute());
    }

    int deleteAllOf(long userId) {
        return deleteAllOfExcept(userId, null);
    }

    /** Ends every session of the user but the one with this token hash (null: all of them). */
    int deleteAllOfExcept(long userId, String keptHash) {
        return db.write(h -> h.createUpdate("DELETE FROM sessions WHERE user_id = :user AND token_hash <> :kept")
                .bind("user", userId).bind("kept", keptHash == null ? "" : keptHash).execute());
    }

    void deleteExpired(Instant now) {
        db.write(h -> h.createUpdate("DELETE FROM sessions WHERE expires_at < :now").bind("now", now).execute());
    }
}
