package org.masthead.edition;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.masthead.common.PageRequest;

interface EditionStore {
    /** Runs work in a write transaction that no other edition change runs beside. */
    <T> T exclusively(java.util.function.Supplier<T> work);

    /** How many articles of the edition are dated outside the given days. */
    int articlesOutside(long editionId, LocalDate from, LocalDate to);

    long insert(EditionSpan span);

    void update(long id, EditionSpan span);

    /** Editions that share at least one day with the span. */
    List<Edition> findOverlapping(LocalDate from, LocalDate to);

    List<Edition> findByIds(List<Long> ids);

    /** Editions holding published articles dated within the range (either end open), newest first. */
    List<Edition> withPublishedArticles(LocalDate from, LocalDate to, PageRequest page);

    Optional<Edition> previousWithPublished(LocalDate before);

    Optional<Edition> nextWithPublished(LocalDate after);

    int count();

    void setSchedule(long id, EditionStatus status, java.time.Instant at);

    /** Marks a scheduled edition published; false if it was not scheduled any more (published already). */
    boolean markPublished(long id);

    /** Editions that went out as a whole at a time from {@code from} (inclusive) to {@code until}, in that order. */
    List<Edition> publishedBetween(java.time.Instant from, java.time.Instant until);

    List<Edition> dueBy(java.time.Instant now);

    Optional<java.time.Instant> nextScheduled();

    /** Every edition, newest first, one more than the page holds. */
    List<Edition> newestFirst(PageRequest page);

    /** Editions not out yet (open or scheduled) that end on {@code today} or later, the soonest first. */
    List<Edition> upcoming(LocalDate today, int limit);
}
