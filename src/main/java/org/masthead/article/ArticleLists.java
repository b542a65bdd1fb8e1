package org.masthead.article;

import java.util.List;
import org.masthead.common.Actor;
import org.masthead.common.Role;

/** The newsroom's lists of articles: the whole magazine's for editors, their own for other writers. */
public final class ArticleLists {
    private final ArticleStore store;

    public ArticleLists(ArticleStores stores) {
        this.store = stores.articles;
    }

    /** How many articles are in each state: the whole magazine's for editors, one's own for other writers. */
    public java.util.Map<ArticleStatus, Integer> counts(Actor actor) {
        boolean ownOnly = !actor.atLeast(Role.EDITOR);
        return store.countsByStatus(ownOnly ? actor.userId() : null, ownOnly ? actor.authorId() : null);
    }

    /**
     * The editors' list, most recent change first, {@code size} at a time from {@code after} (null for the
     * first page); contributors and authors see their own articles only.
     */
    public ListPage list(Actor actor, ArticleFilter filter, ListPage.Cursor after, int size) {
        boolean ownOnly = !actor.atLeast(Role.EDITOR);
        List<ArticleListItem> rows = store.list(filter, ownOnly ? actor.userId() : null, ownOnly ? actor.authorId() : null,
                after, size + 1);
        if (rows.size() <= size) {
            return new ListPage(rows, null);
        }
        ArticleListItem last = rows.get(size - 1);
        return new ListPage(rows.subList(0, size), new ListPage.Cursor(last.updatedAt(), last.id()));
    }
}
