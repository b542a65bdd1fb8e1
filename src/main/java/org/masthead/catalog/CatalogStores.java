package org.masthead.catalog;

import org.masthead.platform.Database;

/**
 * The published catalog's storage, opened once by the composition root and handed to {@link CatalogService}: a service
 * never opens its own. The stores stay package-private; a test of the rules may give a service one in memory.
 */
public final class CatalogStores {
    final CatalogStore catalog;

    CatalogStores(CatalogStore catalog) {
        this.catalog = catalog;
    }

    /** The stores over this database's tables. */
    public static CatalogStores sql(Database db) {
        return new CatalogStores(new CatalogStore(db));
    }
}
