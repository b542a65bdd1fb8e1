package org.masthead.settings;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.masthead.edition.EditionRule;
import org.masthead.platform.Database;

/**
 * Editorial settings, kept in the database and held in memory: every page reads them, and they change
 * rarely. A change made through this service applies at once; one made by another process (the command
 * line while the server runs) applies when the server next starts.
 */
public final class SettingsService {
    private final SettingsStore store;
    private final AtomicReference<SiteSettings> current = new AtomicReference<>();

    public SettingsService(Database db) {
        this.store = new SettingsStore(db);
    }

    public SiteSettings current() {
        SiteSettings settings = current.get();
        if (settings == null) {
            settings = load();
            current.set(settings);
        }
        return settings;
    }

    public EditionRule editionRule() {
        return current().editionRule();
    }

    /** Every setting with its value, in a fixed order. */
    public Map<Setting, String> all() {
        Map<String, String> stored = store.all();
        Map<Setting, String> values = new LinkedHashMap<>();
        for (Setting setting : Setting.values()) {
            values.put(setting, stored.getOrDefault(setting.key(), setting.defaultValue()));
        }
        return values;
    }

    /** Checks and stores a value; returns it as stored. */
    public String set(Setting setting, String value) {
        String normalized = setting.normalize(value);
        store.put(setting.key(), normalized);
        current.set(null);
        return normalized;
    }

    private SiteSettings load() {
        Map<Setting, String> values = all();
        return new SiteSettings(
                values.get(Setting.SITE_TITLE),
                values.get(Setting.SITE_TAGLINE),
                values.get(Setting.SITE_LANGUAGE),
                Setting.shareNetworks(values.get(Setting.SHARE_NETWORKS)),
                new EditionRule(Boolean.parseBoolean(values.get(Setting.WEEKEND_EDITIONS)), values.get(Setting.WEEKEND_LABEL)));
    }
}
