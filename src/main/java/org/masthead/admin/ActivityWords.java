package org.masthead.admin;

import org.masthead.article.ArticleStatus;

/** The audit log's actions and the articles' states in the plain words of the dashboard. */
final class ActivityWords {
    private ActivityWords() {}

    /** What someone did, as a verb before the thing's name: "published" “Harbour notes”. */
    static String verb(String action) {
        return switch (action) {
            case "article.created" -> "started";
            case "page.created" -> "started the page";
            case "article.saved" -> "saved";
            case "article.submitted" -> "submitted for review";
            case "article.sent_back" -> "sent back";
            case "article.marked_ready" -> "marked ready";
            case "article.unmarked_ready" -> "took back the ready mark on";
            case "article.published" -> "published";
            case "article.scheduled" -> "scheduled";
            case "article.unscheduled" -> "unscheduled";
            case "article.unpublished" -> "took down";
            case "article.noted" -> "left a note on";
            case "article.restored" -> "restored an earlier version of";
            case "article.featured" -> "featured";
            case "article.unfeatured" -> "stopped featuring";
            case "article.seo" -> "described for search engines";
            case "article.status" -> "changed the state of";
            case "edition.opened" -> "opened the edition";
            case "edition.article_added" -> "added a piece to";
            case "edition.article_removed" -> "took a piece out of";
            case "edition.lineup_ordered" -> "reordered";
            case "edition.scheduled" -> "scheduled the edition";
            case "edition.unscheduled" -> "unscheduled the edition";
            case "edition.published" -> "published the edition";
            default -> action.substring(action.indexOf('.') + 1).replace('_', ' ');
        };
    }

    /** An article's state as a person says it. */
    static String state(ArticleStatus status) {
        return switch (status) {
            case DRAFT -> "draft";
            case SUBMITTED -> "waiting for review";
            case SCHEDULED -> "scheduled";
            case PUBLISHED -> "published";
            case UNPUBLISHED -> "taken down";
        };
    }
}
