package org.masthead.settings;

import org.masthead.platform.Database;

/**
 * The settings' storage, opened once by the composition root and handed to {@link SettingsService}: a service never
 * opens its own. The stores stay package-private; a test of the rules may give a service one in memory.
 */
public final class SettingsStores {
    final SettingsStore settings;

    SettingsStores(SettingsStore settings) {
        this.settings = settings;
    }

    /** The stores over this database's tables. */
    public static SettingsStores sql(Database db) {
        return new SettingsStores(new SettingsStore(db));
    }
}
