package org.masthead.importer;

import java.util.Optional;
import org.masthead.platform.Database;

/** What each import made of each item it read, so that a second run of the same file finds its own work. */
final class ImportKeyStore {
    private final Database db;

    ImportKeyStore(Database db) {
        this.db = db;
    }

    /** What an earlier run made of an item, and the digest of what it read then. */
    record Known(long id, String fingerprint) {}

    Optional<Long> find(String source, String key) {
        return known(source, key).map(Known::id);
    }

    Optional<Known> known(String source, String key) {
        return db.read(h -> h.createQuery("SELECT entity_id, fingerprint FROM import_keys WHERE source = :source AND source_key = :key")
                .bind("source", source).bind("key", key)
                .map((rs, ctx) -> new Known(rs.getLong("entity_id"), rs.getString("fingerprint"))).findOne());
    }

    /**
     * Moves what was imported under {@code former} to {@code current}, when only the former has any: a site
     * that earlier versions knew by another name. Returns how many keys moved.
     */
    int adopt(String former, String current) {
        return db.write(h -> {
            boolean taken = h.createQuery("SELECT COUNT(*) FROM import_keys WHERE source = :current").bind("current", current)
                    .mapTo(Long.class).one() > 0;
            return taken ? 0 : h.createUpdate("UPDATE import_keys SET source = :current WHERE source = :former")
                    .bind("current", current).bind("former", former).execute();
        });
    }

    /**
     * Gives an article an API id of its own (a Ghost post's), unless it is not the shape of one or another article
     * has it; true when the article has it now.
     */
    boolean giveApiId(long articleId, String apiId) {
        String id = apiId.toLowerCase(java.util.Locale.ROOT);
        // One that reads as ours (eight zeros first) would name another article by its row id.
        if (!id.matches("[0-9a-f]{24}") || org.masthead.catalog.Ids.parse(id).isPresent()) {
            return false;
        }
        return db.write(h -> {
            boolean taken = h.createQuery("SELECT COUNT(*) FROM articles WHERE api_id = :api AND id <> :id")
                    .bind("api", id).bind("id", articleId).mapTo(Long.class).one() > 0;
            if (!taken) {
                h.createUpdate("UPDATE articles SET api_id = :api WHERE id = :id").bind("api", id).bind("id", articleId).execute();
            }
            return !taken;
        });
    }

    void remember(String source, String key, String entity, long id) {
        remember(source, key, entity, id, "");
    }

    void remember(String source, String key, String entity, long id, String fingerprint) {
        db.write(h -> h.createUpdate("""
                INSERT INTO import_keys (source, source_key, entity, entity_id, fingerprint)
                VALUES (:source, :key, :entity, :id, :fingerprint)
                ON CONFLICT (source, source_key) DO UPDATE SET entity = excluded.entity, entity_id = excluded.entity_id,
                    fingerprint = excluded.fingerprint""")
                .bind("source", source).bind("key", key).bind("entity", entity).bind("id", id).bind("fingerprint", fingerprint)
                .execute());
    }
}
