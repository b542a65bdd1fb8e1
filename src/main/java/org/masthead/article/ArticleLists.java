package org.masthead.article;

import java.util.List;
import org.masthead.common.Actor;
import org.masthead.common.Role;

/** The newsroom's lists of articles: the whole magazine's for editors, their own for other writers. */
public final class ArticleLists {
    private final ArticleStore store;
    private final SqlArticleLists queues;

    public ArticleLists(ArticleStores stores) {
        this.store = stores.articles;
        this.queues = stores.queues;
    }

    /** What waits for an editor's review, the piece waiting longest first; nothing for anyone who does not review. */
    public List<ArticleListItem> awaitingReview(Actor actor, int limit) {
        return EditorialPolicy.canReview(actor) ? queues.awaitingReview(limit) : List.of();
    }

    /** The pieces an editor marked ready that no edition holds yet, the first marked first; for editors only. */
    public List<ArticleListItem> readyToPlace(Actor actor, int limit) {
        return EditorialPolicy.canReview(actor) ? queues.readyToPlace(limit) : List.of();
    }

    /** The actor's own drafts sent back to them (someone else's note since their last save), the latest first. */
    public List<ArticleListItem> sentBack(Actor actor, int limit) {
        return actor.userId() == null ? List.of() : queues.drafts(actor.userId(), actor.authorId(), true, limit);
    }

    /** The actor's own other drafts, the latest change first. */
    public List<ArticleListItem> ownDrafts(Actor actor, int limit) {
        return actor.userId() == null ? List.of() : queues.drafts(actor.userId(), actor.authorId(), false, limit);
    }

    /** The ids of the articles the actor may see, the latest changed first; null for an editor, who may see them all. */
    public List<Long> visibleIds(Actor actor, int limit) {
        if (actor.atLeast(Role.EDITOR)) {
            return null;
        }
        return actor.userId() == null ? List.of() : queues.ownIds(actor.userId(), actor.authorId(), limit);
    }

    /** The titles of these articles, for naming them in what the actor may see (the ids come from the actor's lists). */
    public java.util.Map<Long, String> titles(java.util.Collection<Long> ids) {
        return queues.titles(ids);
    }

    /** How many articles are in each state: the whole magazine's for editors, one's own for other writers. */
    public java.util.Map<ArticleStatus, Integer> counts(Actor actor) {
        boolean ownOnly = !actor.atLeast(Role.EDITOR);
        return store.countsByStatus(ownOnly ? actor.userId() : null, ownOnly ? actor.authorId() : null);
    }

    /** How many pieces in review are marked ready, counted as {@link #counts} counts (those are among its SUBMITTED). */
    public int countReady(Actor actor) {
        boolean ownOnly = !actor.atLeast(Role.EDITOR);
        return queues.countReady(ownOnly ? actor.userId() : null, ownOnly ? actor.authorId() : null);
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
