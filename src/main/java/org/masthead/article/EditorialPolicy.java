package org.masthead.article;

import org.masthead.common.Actor;
import org.masthead.common.Role;
import org.masthead.common.Forbidden;
import org.masthead.common.NotFound;

/**
 * Who may do what to an article, as users of WordPress and Ghost expect. A contributor writes and edits
 * their own drafts and submits them; an author also publishes, schedules and unpublishes their own; an
 * editor and an admin do anything to any article. "Their own": they created it, or it carries their byline.
 * The system ({@link Actor#system}: an import, the demo, the scheduler) acts with an admin's rights.
 */
final class EditorialPolicy {
    private EditorialPolicy() {}

    static boolean owns(Actor actor, Article article) {
        return actor.userId() != null && (actor.userId().equals(article.createdBy())
                || (actor.authorId() != null && article.authorIds().contains(actor.authorId())));
    }

    static boolean canSee(Actor actor, Article article) {
        return actor.atLeast(Role.EDITOR) || (!article.isPage() && owns(actor, article));
    }

    /** Pages (About, Donate) speak for the magazine: editors and admins write them. */
    static boolean canEdit(Actor actor, Article article) {
        if (actor.atLeast(Role.EDITOR)) {
            return true;
        }
        if (article.isPage()) {
            return false;
        }
        if (!owns(actor, article)) {
            return false;
        }
        return actor.atLeast(Role.AUTHOR) || article.status() == ArticleStatus.DRAFT
                || article.status() == ArticleStatus.SUBMITTED;
    }

    static boolean canPublish(Actor actor, Article article) {
        return actor.atLeast(Role.EDITOR) || (!article.isPage() && actor.atLeast(Role.AUTHOR) && owns(actor, article));
    }

    static boolean canReview(Actor actor) {
        return actor.atLeast(Role.EDITOR);
    }

    /** Which articles are featured, above every lineup, is the editors' choice. */
    static boolean canFeature(Actor actor) {
        return actor.atLeast(Role.EDITOR);
    }

    /** What goes in an edition, and in what order, is the editors' work. */
    static boolean canBuildEditions(Actor actor) {
        return actor.atLeast(Role.EDITOR);
    }

    /**
     * An import (or the demo) writes articles as their source had them: anyone's byline, any date, published or
     * not, with no revision to compare against. Only the system, on an admin's command, does that.
     */
    static boolean canImport(Actor actor) {
        return actor.atLeast(Role.ADMIN);
    }

    /** The article, if the actor may see it; else NotFound, as if it did not exist. */
    static Article visible(Actor actor, Article article) {
        if (!canSee(actor, article)) {
            throw new NotFound("no article " + article.id() + " for this person");
        }
        return article;
    }

    static void require(boolean allowed, String refusal) {
        if (!allowed) {
            throw new Forbidden(refusal);
        }
    }
}
