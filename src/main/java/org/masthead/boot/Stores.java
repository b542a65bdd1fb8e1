package org.masthead.boot;

import java.time.Clock;
import org.masthead.account.AccountStores;
import org.masthead.apikey.ApiKeyStores;
import org.masthead.article.ArticleStores;
import org.masthead.audit.AuditStores;
import org.masthead.author.AuthorStores;
import org.masthead.catalog.CatalogStores;
import org.masthead.edition.EditionStores;
import org.masthead.feed.FeedStores;
import org.masthead.importer.ImportStores;
import org.masthead.media.MediaStores;
import org.masthead.newsletter.NewsletterStores;
import org.masthead.platform.Database;
import org.masthead.search.SearchStores;
import org.masthead.settings.SettingsStores;
import org.masthead.sitemap.SitemapStores;
import org.masthead.topic.TopicStores;
import org.masthead.webhook.WebhookStores;

/**
 * Every feature's stores, each opened once over the magazine's database and handed to the services that need it: a
 * service never opens its own, so two services of one feature share its stores, and a test may give a service stores
 * in memory instead.
 */
record Stores(AccountStores accounts, ApiKeyStores apiKeys, ArticleStores articles, AuditStores audit, AuthorStores authors,
        CatalogStores catalog, EditionStores editions, FeedStores feeds, ImportStores imports, MediaStores media,
        NewsletterStores newsletter, SearchStores search, SettingsStores settings, SitemapStores sitemaps, TopicStores topics,
        WebhookStores webhooks) {

    /** The stores over this database's tables, stamping what they write with this clock's time. */
    static Stores open(Database db, Clock clock) {
        return new Stores(AccountStores.sql(db, clock), ApiKeyStores.sql(db), ArticleStores.sql(db, clock), AuditStores.sql(db),
                AuthorStores.sql(db, clock), CatalogStores.sql(db), EditionStores.sql(db, clock), FeedStores.sql(db),
                ImportStores.sql(db), MediaStores.sql(db, clock), NewsletterStores.sql(db, clock), SearchStores.sql(db),
                SettingsStores.sql(db), SitemapStores.sql(db), TopicStores.sql(db), WebhookStores.sql(db));
    }
}
