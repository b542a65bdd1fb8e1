package org.masthead.importer;

import org.masthead.platform.Database;

/**
 * The imports' storage: which item of a source became which thing here, opened once by the composition root and handed
 * to {@link ImportService}: a service never opens its own. The stores stay package-private; a test of the rules may
 * give a service one in memory.
 */
public final class ImportStores {
    final ImportKeyStore keys;

    ImportStores(ImportKeyStore keys) {
        this.keys = keys;
    }

    /** The stores over this database's tables. */
    public static ImportStores sql(Database db) {
        return new ImportStores(new ImportKeyStore(db));
    }
}
