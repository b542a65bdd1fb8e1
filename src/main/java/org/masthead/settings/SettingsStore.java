package org.masthead.settings;

import java.util.Map;
import org.jdbi.v3.core.generic.GenericType;
import org.masthead.platform.Database;

/** The settings table: one row per setting that differs from its default or was ever set. */
final class SettingsStore {
    private final Database db;

    SettingsStore(Database db) {
        this.db = db;
    }

    Map<String, String> all() {
        return db.read(h -> h.createQuery("SELECT key, value FROM settings")
                .setMapKeyColumn("key").setMapValueColumn("value")
                .collectInto(new GenericType<Map<String, String>>() {}));
    }

    void put(String key, String value) {
        db.write(h -> h.createUpdate("""
                INSERT INTO settings (key, value) VALUES (:key, :value)
                ON CONFLICT (key) DO UPDATE SET value = excluded.value""")
                .bind("key", key).bind("value", value).execute());
    }

    /** Stores a value unless the key has one already; returns whether it did. */
    boolean putIfAbsent(String key, String value) {
        return db.write(h -> h.createUpdate("INSERT INTO settings (key, value) VALUES (:key, :value) ON CONFLICT (key) DO NOTHING")
                .bind("key", key).bind("value", value).execute() == 1);
    }
}
