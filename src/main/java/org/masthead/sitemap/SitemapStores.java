package org.masthead.sitemap;

import org.masthead.platform.Database;

/**
 * The sitemaps' storage, opened once by the composition root and handed to {@link SitemapService}: a service never
 * opens its own. The stores stay package-private; a test of the rules may give a service one in memory.
 */
public final class SitemapStores {
    final SitemapStore sitemaps;

    SitemapStores(SitemapStore sitemaps) {
        this.sitemaps = sitemaps;
    }

    /** The stores over this database's tables. */
    public static SitemapStores sql(Database db) {
        return new SitemapStores(new SitemapStore(db));
    }
}
