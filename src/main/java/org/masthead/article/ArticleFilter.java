package org.masthead.article;

import java.time.LocalDate;

/**
 * Which articles an editor's list shows: any of status, author, edition, a range of publication days and
 * words of the title may be null (no condition). The list of a contributor or an author is limited to
 * their own articles by the service, whatever the filter says.
 */
public record ArticleFilter(ArticleStatus status, Long authorId, Long editionId, LocalDate from, LocalDate to,
        String titleWords, ArticleKind kind) {
    public ArticleFilter(ArticleStatus status, Long authorId, Long editionId, LocalDate from, LocalDate to, String titleWords) {
        this(status, authorId, editionId, from, to, titleWords, ArticleKind.ARTICLE);
    }

    public static ArticleFilter all() {
        return new ArticleFilter(null, null, null, null, null, null);
    }

    public static ArticleFilter pages() {
        return new ArticleFilter(null, null, null, null, null, null, ArticleKind.PAGE);
    }
}
