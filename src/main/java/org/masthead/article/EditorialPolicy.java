package org.masthead.article;

import org.masthead.account.Actor;
import org.masthead.account.Role;
import org.masthead.common.Forbidden;

/**
 * Who may do what to an article, as users of WordPress and Ghost expect. A contributor writes and edits
 * their own drafts and submits them; an author also publishes, schedules and unpublishes their own; an
 * editor and an admin do anything to any article. "Their own": they created it, or it carries their byline.
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

    static void require(boolean allowed, String refusal) {
        if (!allowed) {
            throw new Forbidden(refusal);
        }
    }
}
