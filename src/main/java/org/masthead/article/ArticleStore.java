package org.masthead.article;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.masthead.common.PageRequest;

interface ArticleStore {
    long insert(String slug, ArticleDraft draft);

    void updateContent(long id, String slug, ArticleDraft draft);

    void setAuthors(long id, List<Long> authorIds);

    void setTopics(long id, List<Long> topicIds);

    void setPublication(long id, ArticleStatus status, Instant publishedAt, LocalDate publishedOn, Long editionId,
            Integer lineupPosition);

    Optional<Article> find(long id);

    Optional<Article> findBySlug(String slug);

    boolean slugTaken(String slug, long exceptId);

    int nextLineupPosition(long editionId);

    /** The ids of the edition's articles, in lineup order. */
    List<Long> idsInEdition(long editionId);

    void setLineupPosition(long id, int position);

    /** Published articles of these editions dated within the range (ends may be null), in lineup order. */
    List<ArticleSummary> publishedInEditions(List<Long> editionIds, LocalDate from, LocalDate to);

    /** Published articles by this author, newest first, one more than the page holds. */
    List<ArticleSummary> publishedByAuthor(long authorId, PageRequest page);

    int countPublished();

    java.util.Map<ArticleStatus, Integer> countsByStatus();
}
