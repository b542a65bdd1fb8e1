package org.masthead.newsletter;

import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.jdbi.v3.core.Handle;
import org.masthead.common.PageRequest;
import org.masthead.newsletter.NewsletterDesk.Failure;
import org.masthead.newsletter.NewsletterDesk.LoggedSend;
import org.masthead.newsletter.NewsletterDesk.SubscriberFilter;
import org.masthead.platform.Database;

/**
 * What the newsroom's newsletter screens read and change, in SQL, the same on SQLite and PostgreSQL: the subscribers
 * found by address, status and frequency; their changes by an admin and by an import; and the send log. Kept apart
 * from the sending's stores, whose every statement is part of the at-most-once rule.
 */
final class SqlNewsletterDeskStore {
    private static final String COLUMNS = """
            id, email, status, frequency, token, source, created_at, confirmed_at, unsubscribed_at, failures""";

    private final Database db;

    SqlNewsletterDeskStore(Database db) {
        this.db = db;
    }

    /** A page of subscribers, newest first, whose address holds the text (any case), in the status and frequency. */
    List<Subscriber> find(SubscriberFilter filter, PageRequest page) {
        return db.read(h -> {
            var query = h.createQuery("SELECT " + COLUMNS + " FROM subscribers WHERE 1 = 1" + where(filter)
                    + " ORDER BY id DESC LIMIT :limit OFFSET :offset");
            bind(filter, query::bind);
            return query.bind("limit", page.limitWithLookahead()).bind("offset", page.offset())
                    .map(SqlSubscriberStore.subscriber()).list();
        });
    }

    Map<Subscriber.Status, Integer> countByStatus() {
        return db.read(h -> {
            Map<Subscriber.Status, Integer> counts = new EnumMap<>(Subscriber.Status.class);
            for (Subscriber.Status status : Subscriber.Status.values()) {
                counts.put(status, 0);
            }
            h.createQuery("SELECT status, count(*) AS n FROM subscribers GROUP BY status")
                    .map((rs, ctx) -> Map.entry(Subscriber.Status.fromCode(rs.getString("status")), rs.getInt("n")))
                    .forEach(e -> counts.put(e.getKey(), e.getValue()));
            return counts;
        });
    }

    private static String where(SubscriberFilter filter) {
        return (filter.search().isEmpty() ? "" : " AND lower(email) LIKE :search ESCAPE '!'")
                + (filter.status() == null ? "" : " AND status = :status")
                + (filter.frequency() == null ? "" : " AND frequency = :frequency");
    }

    private interface Binder {
        Object bind(String name, Object value);
    }

    private static void bind(SubscriberFilter filter, Binder binder) {
        if (!filter.search().isEmpty()) {
            // The typed text is matched as it is: its % and _ are no wildcards.
            String escaped = filter.search().toLowerCase(Locale.ROOT).replace("!", "!!").replace("%", "!%").replace("_", "!_");
            binder.bind("search", "%" + escaped + "%");
        }
        if (filter.status() != null) {
            binder.bind("status", filter.status().code());
        }
        if (filter.frequency() != null) {
            binder.bind("frequency", filter.frequency().code());
        }
    }

    Optional<Subscriber> find(long id) {
        return db.read(h -> h.createQuery("SELECT " + COLUMNS + " FROM subscribers WHERE id = :id").bind("id", id)
                .map(SqlSubscriberStore.subscriber()).findOne());
    }

    /** Every subscriber, oldest first, handed over one at a time while the rows are read. */
    void forEach(Consumer<Subscriber> each) {
        db.read(h -> {
            try (var rows = h.createQuery("SELECT " + COLUMNS + " FROM subscribers ORDER BY id").setFetchSize(500)
                    .map(SqlSubscriberStore.subscriber()).stream()) {
                rows.forEach(each);
            }
            return null;
        });
    }

    /** Confirmed or pending to unsubscribed; false when the subscriber had left already. */
    boolean unsubscribe(Handle h, long id, Instant now) {
        return h.createUpdate("""
                UPDATE subscribers SET status = 'unsubscribed', unsubscribed_at = :now WHERE id = :id AND status <> 'unsubscribed'""")
                .bind("now", now).bind("id", id).execute() == 1;
    }

    /** Paused back to confirmed, its failures forgiven; false when it was not paused. */
    boolean reactivate(Handle h, long id) {
        return h.createUpdate("UPDATE subscribers SET status = 'confirmed', failures = 0 WHERE id = :id AND status = 'paused'")
                .bind("id", id).execute() == 1;
    }

    /** The status of the address, whatever its case; empty when it is nobody's. */
    Optional<Subscriber.Status> statusOf(Handle h, String email) {
        return h.createQuery("SELECT status FROM subscribers WHERE lower(email) = lower(:email)").bind("email", email)
                .map((rs, ctx) -> Subscriber.Status.fromCode(rs.getString("status"))).findOne();
    }

    /** Adds a confirmed subscriber unless the address is there (another server got there first); true when added. */
    boolean insertConfirmed(Handle h, String email, Subscriber.Frequency frequency, String token, String source, Instant now) {
        return h.createUpdate("""
                INSERT INTO subscribers (email, status, frequency, token, source, created_at, confirmed_at)
                VALUES (:email, 'confirmed', :frequency, :token, :source, :now, :now) ON CONFLICT DO NOTHING""")
                .bind("email", email).bind("frequency", frequency.code()).bind("token", token).bind("source", source)
                .bind("now", now).execute() == 1;
    }

    /** The sends, newest first, each with its deliveries counted by status as they stand. */
    List<LoggedSend> sends(PageRequest page) {
        return sends("", page, 0);
    }

    Optional<LoggedSend> send(long id) {
        return sends("WHERE s.id = :id", new PageRequest(1, 1), id).stream().findFirst();
    }

    private List<LoggedSend> sends(String where, PageRequest page, long id) {
        return db.read(h -> {
            var query = h.createQuery("""
                SELECT s.id, s.edition_id, s.kind, s.subject, s.status, s.created_at, s.finished_at,
                       count(CASE WHEN d.status IN ('queued', 'sending') THEN 1 END) AS queued,
                       count(CASE WHEN d.status = 'sent' THEN 1 END) AS sent,
                       count(CASE WHEN d.status = 'failed' THEN 1 END) AS failed,
                       count(CASE WHEN d.status = 'skipped' THEN 1 END) AS skipped
                FROM newsletter_sends s LEFT JOIN newsletter_deliveries d ON d.send_id = s.id
                """ + where + "\n" + """
                GROUP BY s.id, s.edition_id, s.kind, s.subject, s.status, s.created_at, s.finished_at
                ORDER BY s.id DESC LIMIT :limit OFFSET :offset""")
                .bind("limit", page.limitWithLookahead()).bind("offset", page.offset());
            if (!where.isEmpty()) {
                query.bind("id", id);
            }
            return query.map((rs, ctx) -> new LoggedSend(rs.getLong("id"), rs.getObject("edition_id") == null ? null : rs.getLong("edition_id"),
                        rs.getString("kind"), rs.getString("subject"), rs.getString("status"),
                        SqlSubscriberStore.instant(rs, "created_at", ctx), SqlSubscriberStore.instant(rs, "finished_at", ctx),
                        rs.getInt("queued"), rs.getInt("sent"), rs.getInt("failed"), rs.getInt("skipped"))).list();
        });
    }

    /** The send's failed deliveries, in the order they were queued, at most {@code limit}. */
    List<Failure> failures(long sendId, int limit) {
        return db.read(h -> h.createQuery("""
                SELECT s.email, d.attempts, d.last_error FROM newsletter_deliveries d JOIN subscribers s ON s.id = d.subscriber_id
                WHERE d.send_id = :send AND d.status = 'failed' ORDER BY d.id LIMIT :limit""")
                .bind("send", sendId).bind("limit", limit)
                .map((rs, ctx) -> new Failure(rs.getString("email"), rs.getInt("attempts"),
                        rs.getString("last_error") == null ? "" : rs.getString("last_error"))).list());
    }
}
