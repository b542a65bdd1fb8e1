package org.masthead.article;

import java.time.LocalDate;

/**
 * Which articles an editor's list shows: any of status, author, edition, a range of publication days and
 * words of the title may be null (no condition); {@code ready}, when not null, keeps only the pieces an editor has (true)
 * or has not (false) marked ready. The list of a contributor or an author is limited to
 * their own articles by the service, whatever the filter says.
 */
public record ArticleFilter(ArticleStatus status, Long authorId, Long editionId, LocalDate from, LocalDate to,
        String titleWords, ArticleKind kind, Boolean ready) {
    public ArticleFilter(ArticleStatus status, Long authorId, Long editionId, LocalDate from, LocalDate to, String titleWords,
            ArticleKind kind) {
        this(status, authorId, editionId, from, to, titleWords, kind, null);
    }

    public ArticleFilter(ArticleStatus status, Long authorId, Long editionId, LocalDate from, LocalDate to, String titleWords) {
        this(status, authorId, editionId, from, to, titleWords, ArticleKind.ARTICLE);
    }

    /** The same filter, keeping only the pieces marked ready (true) or only the others (false). */
    public ArticleFilter ready(boolean marked) {
        return new ArticleFilter(status, authorId, editionId, from, to, titleWords, kind, marked);
    }

    public static ArticleFilter all() {
        return new ArticleFilter(null, null, null, null, null, null);
    }

    public static ArticleFilter pages() {
        return new ArticleFilter(null, null, null, null, null, null, ArticleKind.PAGE);
    }
}
