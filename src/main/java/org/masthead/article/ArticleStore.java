package org.masthead.article;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.masthead.common.PageRequest;

interface ArticleStore {
    long insert(String slug, ArticleDraft draft, Long createdBy, ArticleKind kind);

    /** Saves new content if the stored version is still the expected one; false when someone saved first. */
    boolean updateContent(long id, String slug, ArticleDraft draft, int expectedVersion);

    void setStatus(long id, ArticleStatus status, Instant scheduledAt);

    void setFeatured(long id, boolean featured);

    /** Marks a piece in review ready to go out, or (null) takes the mark back. Any change of status takes it back too. */
    void setReady(long id, ReadyMark mark);

    void setSeo(long id, Seo seo);

    /** Sets (or, with null, clears) the title's sanitized inline markup. */
    void setTitleMarkup(long id, String titleHtml);

    /** Sets when an article was created, as the system it was imported from recorded it. */
    void setCreatedAt(long id, Instant createdAt);

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

    /** Puts an article that is not out yet into an edition's lineup at a place, or (nulls) out of any. */
    void setPlacement(long id, Long editionId, Integer position);

    /** Every article of an edition, out or not, in lineup order. */
    List<ArticleListItem> inEdition(long editionId);

    /**
     * Articles not out and in no edition, newest change first: what an edition can be built from; when
     * {@code matching} is not blank, only those with each of its words in the title or an author's name, in any case.
     */
    List<ArticleListItem> unplaced(String matching, int limit);

    /** Published articles of these editions dated within the range (ends may be null), in lineup order. */
    List<ArticleSummary> publishedInEditions(List<Long> editionIds, LocalDate from, LocalDate to);

    /** Published articles by this author, newest first, one more than the page holds. */
    List<ArticleSummary> publishedByAuthor(long authorId, PageRequest page);

    int countPublished();

    /** The newest published articles (never pages) marked as featured. */
    List<ArticleSummary> publishedFeatured(int limit);

    /** The newest published article (never a page) whose lead picture has a file or an address to show. */
    Optional<Long> newestPublishedWithPicture();

    /** The last change to an article that is or was published, or to an author's name or bio. */
    Optional<Instant> lastPublicChange();

    /** Published articles filed under a topic, newest first. */
    List<ArticleSummary> publishedByTopic(long topicId, PageRequest page);

    /**
     * The editors' list: newest change first, one more than the page holds. When {@code ownUserId} is set, only
     * articles that person created or that carry their byline ({@code ownAuthorId}).
     */
    List<ArticleListItem> list(ArticleFilter filter, Long ownUserId, Long ownAuthorId, ListPage.Cursor after, int limit);

    /** Ids of scheduled articles whose time has come, oldest first. */
    List<Long> dueBy(Instant now);

    /** The earliest time an article is scheduled for. */
    Optional<Instant> nextScheduled();

    /** Articles (not pages) by status: all of them, or a writer's own when {@code ownUserId} is set. */
    java.util.Map<ArticleStatus, Integer> countsByStatus(Long ownUserId, Long ownAuthorId);
}
