package org.masthead.account;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.mapper.RowMapper;
import org.masthead.platform.Database;
import org.masthead.platform.Rows;
import org.masthead.common.Role;

final class UserStore {
    private static final RowMapper<User> USER = (rs, ctx) -> new User(rs.getLong("id"), rs.getString("email"),
            rs.getString("name"), Role.fromCode(rs.getString("role")), Rows.longOrNull(rs, "author_id"),
            rs.getString("totp_secret") != null, rs.getBoolean("totp_required"), rs.getBoolean("disabled"),
            rs.getBoolean("workflow_mail"));

    private final Database db;

    UserStore(Database db) {
        this.db = db;
    }

    long insert(String email, String name, Role role, String passwordHash, Long authorId, Instant now) {
        return db.write(h -> h.createQuery("""
                INSERT INTO users (email, name, role, password_hash, author_id, created_at, updated_at)
                VALUES (:email, :name, :role, :hash, :author, :now, :now) RETURNING id""")
                .bind("email", email).bind("name", name).bind("role", role.code()).bind("hash", passwordHash)
                .bind("author", authorId).bind("now", now).mapTo(Long.class).one());
    }

    Optional<User> find(long id) {
        return db.read(h -> h.createQuery("SELECT * FROM users WHERE id = :id").bind("id", id).map(USER).findOne());
    }

    Optional<User> findByEmail(String email) {
        return db.read(h -> h.createQuery("SELECT * FROM users WHERE email = :email").bind("email", email).map(USER).findOne());
    }

    Optional<String> passwordHash(long id) {
        return db.read(h -> h.createQuery("SELECT password_hash FROM users WHERE id = :id").bind("id", id)
                .mapTo(String.class).findOne());
    }

    Optional<String> totpSecret(long id) {
        return db.read(h -> h.createQuery("SELECT totp_secret FROM users WHERE id = :id").bind("id", id)
                .mapTo(String.class).findOne());
    }

    Long totpLastStep(long id) {
        return db.read(h -> h.createQuery("SELECT totp_last_step FROM users WHERE id = :id").bind("id", id)
                .map((rs, ctx) -> Rows.longOrNull(rs, "totp_last_step")).findOne().orElse(null));
    }

    List<User> all() {
        return db.read(h -> h.createQuery("SELECT * FROM users ORDER BY name, id").map(USER).list());
    }

    /** Everyone who signs in and has not turned off the workflow's mail. */
    List<User> wantingWorkflowMail() {
        return db.read(h -> h.createQuery("SELECT * FROM users WHERE workflow_mail AND NOT disabled ORDER BY id").map(USER).list());
    }

    boolean anyActiveAdmin() {
        return db.read(h -> h.createQuery("SELECT COUNT(*) FROM users WHERE role = 'admin' AND NOT disabled")
                .mapTo(Integer.class).one() > 0);
    }

    void update(long id, String column, Object value, Instant now) {
        // Column names come from this package only, never from a request.
        db.write(h -> h.createUpdate("UPDATE users SET " + column + " = :value, updated_at = :now WHERE id = :id")
                .bind("value", value).bind("now", now).bind("id", id).execute());
    }
}
