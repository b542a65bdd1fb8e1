package org.masthead.article;

import java.time.Clock;
import org.masthead.platform.Database;

/**
 * The articles' storage: the articles, their old addresses and their revisions, opened once by the composition root
 * and handed to {@link ArticleService}, {@link WorkflowService}, {@link ArticleLists}, {@link ArticleHistory} and
 * {@link ArticleImports}: a service never opens its own. The stores stay package-private; a test of the rules may give
 * a service one in memory.
 */
public final class ArticleStores {
    final ArticleStore articles;
    final RedirectStore redirects;
    final RevisionStore revisions;
    /** The newsroom's queues: what waits for review, what was sent back. */
    final SqlArticleLists queues;

    ArticleStores(ArticleStore articles, RedirectStore redirects, RevisionStore revisions, SqlArticleLists queues) {
        this.articles = articles;
        this.redirects = redirects;
        this.revisions = revisions;
        this.queues = queues;
    }

    /** The stores over this database's tables. */
    public static ArticleStores sql(Database db, Clock clock) {
        return new ArticleStores(new SqlArticleStore(db, clock), new RedirectStore(db, clock), new RevisionStore(db),
                new SqlArticleLists(db));
    }
}
