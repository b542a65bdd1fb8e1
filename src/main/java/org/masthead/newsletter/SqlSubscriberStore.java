package org.masthead.newsletter;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.StatementContext;
import org.masthead.platform.Database;

/**
 * The subscribers in SQL, the same on SQLite and PostgreSQL. Every write is one no reader's page shows, so none of
 * them empties the readers' page cache.
 */
final class SqlSubscriberStore implements SubscriberStore {
    private static final String COLUMNS = """
            id, email, status, frequency, token, source, created_at, confirmed_at, unsubscribed_at, failures""";

    private final Database db;

    SqlSubscriberStore(Database db) {
        this.db = db;
    }

    @Override
    public Optional<Subscriber> findByEmail(String email) {
        return db.read(h -> h.createQuery("SELECT " + COLUMNS + " FROM subscribers WHERE lower(email) = lower(:email)")
                .bind("email", email).map(subscriber()).findOne());
    }

    @Override
    public Optional<Subscriber> findByToken(String token) {
        return db.read(h -> h.createQuery("SELECT " + COLUMNS + " FROM subscribers WHERE token = :token")
                .bind("token", token).map(subscriber()).findOne());
    }

    @Override
    public Subscriber insertPending(String email, String token, String source, Instant now) {
        return db.write(h -> {
            h.createUpdate("""
                    INSERT INTO subscribers (email, status, frequency, token, source, created_at)
                    VALUES (:email, 'pending', 'daily', :token, :source, :now) ON CONFLICT DO NOTHING""")
                    .bind("email", email).bind("token", token).bind("source", source).bind("now", now).execute();
            return findByEmail(email).orElseThrow();
        });
    }

    @Override
    public boolean confirm(long id, Instant now) {
        return db.write(h -> h.createUpdate("""
                UPDATE subscribers SET status = 'confirmed', confirmed_at = :now WHERE id = :id AND status = 'pending'""")
                .bind("now", now).bind("id", id).execute()) == 1;
    }

    @Override
    public void resubscribe(long id, String source, Instant now) {
        db.write(h -> h.createUpdate("""
                UPDATE subscribers SET status = 'pending', source = :source, failures = 0, unsubscribed_at = NULL,
                created_at = :now WHERE id = :id AND status IN ('unsubscribed', 'paused')""")
                .bind("source", source).bind("now", now).bind("id", id).execute());
    }

    @Override
    public int deletePendingBefore(Instant cutoff) {
        return db.write(h -> h.createUpdate("DELETE FROM subscribers WHERE status = 'pending' AND created_at < :cutoff")
                .bind("cutoff", cutoff).execute());
    }

    @Override
    public Optional<Instant> oldestPending() {
        return db.read(h -> h.createQuery("SELECT min(created_at) FROM subscribers WHERE status = 'pending'")
                .mapTo(Instant.class).findOne());
    }

    @Override
    public void unsubscribe(long id, Instant now) {
        db.write(h -> h.createUpdate("""
                UPDATE subscribers SET status = 'unsubscribed', unsubscribed_at = :now WHERE id = :id AND status <> 'unsubscribed'""")
                .bind("now", now).bind("id", id).execute());
    }

    @Override
    public void setFrequency(long id, Subscriber.Frequency frequency) {
        db.write(h -> h.createUpdate("UPDATE subscribers SET frequency = :frequency WHERE id = :id")
                .bind("frequency", frequency.code()).bind("id", id).execute());
    }

    static RowMapper<Subscriber> subscriber() {
        return (rs, ctx) -> new Subscriber(rs.getLong("id"), rs.getString("email"), Subscriber.Status.fromCode(rs.getString("status")),
                Subscriber.Frequency.fromCode(rs.getString("frequency")).orElseThrow(), rs.getString("token"), rs.getString("source"),
                instant(rs, "created_at", ctx), instant(rs, "confirmed_at", ctx), instant(rs, "unsubscribed_at", ctx),
                rs.getInt("failures"));
    }

    static Instant instant(ResultSet rs, String column, StatementContext ctx) throws SQLException {
        return ctx.findColumnMapperFor(Instant.class).orElseThrow().map(rs, column, ctx);
    }
}
