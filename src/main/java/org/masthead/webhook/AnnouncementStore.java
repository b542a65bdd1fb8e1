package org.masthead.webhook;

import java.time.Instant;
import java.util.Optional;
import org.masthead.platform.Database;

/**
 * What the webhooks last saw of each article: whether it was out, its version, and the fields a payload
 * carries (the text kept as a digest), so the next change can say what it changed. An article first seen by
 * {@link #rememberUnseen} has an empty snapshot: only its state and version are known.
 */
final class AnnouncementStore {
    /** The last state seen of an article; {@code snapshot} is empty when only its state and version are known. */
    record Seen(boolean published, String snapshot, int version) {}

    private final Database db;

    AnnouncementStore(Database db) {
        this.db = db;
    }

    Optional<Seen> find(long articleId) {
        return db.read(h -> h.createQuery("SELECT published, snapshot, version FROM webhook_announcements WHERE article_id = :id")
                .bind("id", articleId)
                .map((rs, ctx) -> new Seen(rs.getBoolean("published"), rs.getString("snapshot"), rs.getInt("version"))).findOne());
    }

    /** When the article was written, as the store keeps it (an import keeps the time its source gives). */
    Optional<Instant> createdAt(long articleId) {
        return db.read(h -> h.createQuery("SELECT created_at FROM articles WHERE id = :id").bind("id", articleId)
                .mapTo(Instant.class).findOne());
    }

    void remember(long articleId, boolean published, String snapshot, int version, Instant now) {
        db.write(h -> h.createUpdate("""
                INSERT INTO webhook_announcements (article_id, published, snapshot, version, seen_at)
                VALUES (:id, :published, :snapshot, :version, :now)
                ON CONFLICT (article_id) DO UPDATE SET published = excluded.published, snapshot = excluded.snapshot,
                    version = excluded.version, seen_at = excluded.seen_at""")
                .bind("id", articleId).bind("published", published).bind("snapshot", snapshot).bind("version", version)
                .bind("now", now).execute());
    }

    /**
     * Takes every article not seen yet and unchanged since {@code settled} as it is, announcing nothing: those
     * were written by another process (an import from the command line) or before webhooks existed. Returns
     * how many there were.
     */
    int rememberUnseen(Instant settled, Instant now) {
        return db.write(h -> h.createUpdate("""
                INSERT INTO webhook_announcements (article_id, published, snapshot, version, seen_at)
                SELECT a.id, a.status = 'published', '', a.version, :now FROM articles a
                WHERE a.updated_at < :settled
                  AND NOT EXISTS (SELECT 1 FROM webhook_announcements w WHERE w.article_id = a.id)""")
                .bind("settled", settled).bind("now", now).execute());
    }

    /** Serializes announcing one article, so two changes of it committed together are compared one after the other. */
    void lock(long articleId) {
        db.serializeWrites("webhook-announcement-" + articleId);
    }
}
