package org.masthead.article;

import java.time.Instant;
import java.util.List;
import org.masthead.common.Actor;
import org.masthead.edition.Edition;

/**
 * An article's place in an edition's lineup: put in, taken out, ordered, published with its edition. Editors
 * build editions (the system too, for the scheduler and imports); the edition's own steps, and their audit, are
 * the newsroom's {@code EditionDesk}.
 */
public final class LineupDesk {
    private final ArticleService articles;

    public LineupDesk(ArticleService articles) {
        this.articles = articles;
    }

    /** Refuses anyone who may not build editions, for the edition steps that touch no article. */
    public void requireBuilder(Actor actor) {
        EditorialPolicy.require(EditorialPolicy.canBuildEditions(actor), "only editors build and schedule editions");
    }

    /** Puts an article that is not out yet at the end of the edition's lineup, to go out with it. */
    public Article place(Actor actor, long id, Edition edition) {
        requireBuilder(actor);
        return articles.placeInEdition(id, edition);
    }

    /** Takes an article that is not out yet out of its edition. */
    public Article takeOut(Actor actor, long id) {
        requireBuilder(actor);
        return articles.removeFromEdition(id);
    }

    /** Orders the lineup: these articles first, in this order, the edition's others after them as they were. */
    public void arrange(Actor actor, Edition edition, List<Long> first) {
        requireBuilder(actor);
        articles.arrangeLineup(edition, first);
    }

    /** Publishes an article at a time into the edition, at a place in its lineup (counted from 1). */
    public Article publishWithEdition(Actor actor, long id, Edition edition, Instant at, int position) {
        requireBuilder(actor);
        EditorialPolicy.require(EditorialPolicy.canPublish(actor, articles.find(id)), "you cannot publish this article");
        return articles.publishInEdition(id, edition, at, position);
    }
}
