/**
 * Sitemaps (sitemaps.org) for search engines: an index of monthly article sitemaps and of the authors',
 * topics', editions' and other pages' sitemaps, each at most 50,000 addresses with their last change, and a
 * Google News sitemap of the last two days. {@link org.masthead.sitemap.SitemapService} reads them with a
 * few grouped queries (never the whole archive into memory); {@link org.masthead.sitemap.SitemapXml} writes them.
 */
package org.masthead.sitemap;
