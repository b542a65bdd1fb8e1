package org.masthead.article;

import java.time.Clock;
import java.util.function.Function;
import org.masthead.common.Actor;

/**
 * An editor's "ready" on a piece in review: the piece leaves the review queue for the pieces an edition can take, and
 * the newsroom sees who said so and when. The mark goes with any change of status, and with a writer's later change to
 * the text (see {@link WorkflowService#save}). Like every workflow step, each is checked, audited and announced.
 */
public final class ReadyMarks {
    /** A workflow step as {@link WorkflowService} takes it: seen by the actor, audited and announced after it. */
    interface Step {
        Article take(Actor actor, long id, String action, Function<Article, Article> change);
    }

    private final ArticleStore store;
    private final ArticleService articles;
    private final Clock clock;
    private final Step step;

    ReadyMarks(ArticleStore store, ArticleService articles, Clock clock, Step step) {
        this.store = store;
        this.articles = articles;
        this.clock = clock;
        this.step = step;
    }

    /** Marks a piece in review ready to go out; marking it again keeps the first mark. */
    public Article mark(Actor actor, long id) {
        return step.take(actor, id, "article.marked_ready", article -> {
            EditorialPolicy.require(EditorialPolicy.canReview(actor), "only an editor can mark a piece ready");
            ArticleStatus.require(article, ArticleStatus.SUBMITTED);
            if (!article.isReady()) {
                store.setReady(id, new ReadyMark(clock.instant(), actor.name()));
            }
            return articles.find(id);
        });
    }

    /** Takes an editor's "ready" back: the piece waits for review again. */
    public Article unmark(Actor actor, long id) {
        return step.take(actor, id, "article.unmarked_ready", article -> {
            EditorialPolicy.require(EditorialPolicy.canReview(actor), "only an editor can take back a piece's ready mark");
            ArticleStatus.require(article, ArticleStatus.SUBMITTED);
            if (article.isReady()) {
                store.setReady(id, null);
            }
            return articles.find(id);
        });
    }

    /** The editor said "ready" of the text they read: a writer's change to it since sends the piece back to review. */
    Article afterSave(Actor actor, Article before, Article saved, boolean changed) {
        if (!before.isReady() || !changed || EditorialPolicy.canReview(actor)) {
            return saved;
        }
        store.setReady(saved.id(), null);
        return articles.find(saved.id());
    }
}
