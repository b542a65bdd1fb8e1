package org.masthead.importer;

import java.util.Optional;
import org.masthead.platform.Database;

/** What each import made of each item it read, so that a second run of the same file finds its own work. */
final class ImportKeyStore {
    private final Database db;

    ImportKeyStore(Database db) {
        this.db = db;
    }

    Optional<Long> find(String source, String key) {
        return db.read(h -> h.createQuery("SELECT entity_id FROM import_keys WHERE source = :source AND source_key = :key")
                .bind("source", source).bind("key", key).mapTo(Long.class).findOne());
    }

    void remember(String source, String key, String entity, long id) {
        db.write(h -> h.createUpdate("""
                INSERT INTO import_keys (source, source_key, entity, entity_id) VALUES (:source, :key, :entity, :id)
                ON CONFLICT (source, source_key) DO UPDATE SET entity = excluded.entity, entity_id = excluded.entity_id""")
                .bind("source", source).bind("key", key).bind("entity", entity).bind("id", id).execute());
    }
}
