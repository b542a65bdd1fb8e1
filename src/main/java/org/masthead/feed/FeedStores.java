package org.masthead.feed;

import org.masthead.platform.Database;

/**
 * The feeds' reading of the archive (the latest published articles with their bylines and topics), opened once by the
 * composition root and handed to {@link FeedService}: a service never opens its own.
 */
public final class FeedStores {
    final FeedArticles articles;

    FeedStores(FeedArticles articles) {
        this.articles = articles;
    }

    /** The queries over this database's tables. */
    public static FeedStores sql(Database db) {
        return new FeedStores(new FeedArticles(db));
    }
}
