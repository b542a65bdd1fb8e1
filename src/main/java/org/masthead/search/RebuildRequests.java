package org.masthead.search;

import java.time.Instant;
import java.util.Optional;
import org.masthead.platform.Database;

/**
 * Asks every server of the magazine to build its search index again, through the database: a restore
 * rewrites articles with the times they had, so the indexer's look for rows changed since its last catch-up
 * would miss them, and rows it removed leave no trace at all. Kept as a row of the settings table, which every
 * server reads; the server that sees a request newer than its index rebuilds it at its next catch-up (within
 * half a minute, or at start-up).
 */
public final class RebuildRequests {
    /** The settings row holding the time of the latest request; never exported, never shown. */
    public static final String KEY = "search.rebuild-requested";

    private final Database db;

    public RebuildRequests(Database db) {
        this.db = db;
    }

    /** Records a request, in the caller's transaction when there is one (so it lands with what it is for). */
    public void request(Instant at) {
        db.write(h -> h.createUpdate("""
                INSERT INTO settings (key, value) VALUES (:key, :value)
                ON CONFLICT (key) DO UPDATE SET value = excluded.value""")
                .bind("key", KEY).bind("value", at.toString()).execute());
    }

    /** When the latest request was made, if one ever was. */
    Optional<Instant> latest() {
        return db.read(h -> h.createQuery("SELECT value FROM settings WHERE key = :key").bind("key", KEY)
                .mapTo(String.class).findOne()).map(Instant::parse);
    }
}
