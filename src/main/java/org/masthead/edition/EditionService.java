package org.masthead.edition;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.masthead.common.Invalid;
import org.masthead.common.Page;
import org.masthead.common.PageRequest;

/** Editions: made on demand by the magazine's rule, or opened with an explicit span (by an import or an editor). */
public final class EditionService {
    private final EditionStore store;
    private final Supplier<EditionRule> rule;

    public EditionService(EditionStores stores, Supplier<EditionRule> rule) {
        this.store = stores.editions;
        this.rule = rule;
    }

    /** The edition covering this date, made by the edition rule when there is none yet. */
    public Edition editionFor(LocalDate date) {
        return store.exclusively(() -> findContaining(date).orElseGet(() -> {
            EditionSpan span = rule.get().spanFor(date);
            // A weekend span must not swallow days that already have their own edition.
            if (!store.findOverlapping(span.startsOn(), span.endsOn()).isEmpty()) {
                span = EditionSpan.day(date);
            }
            return new Edition(store.insert(span), span.startsOn(), span.endsOn(), span.label());
        }));
    }

    /**
     * The edition with exactly this span, created if missing. An edition starting that day with another span
     * or label takes the one given, unless that would leave some of its articles outside it; a span that
     * cuts into other editions is refused.
     */
    public Edition open(EditionSpan span) {
        return store.exclusively(() -> openExclusively(span));
    }

    private Edition openExclusively(EditionSpan span) {
        List<Edition> overlapping = store.findOverlapping(span.startsOn(), span.endsOn());
        Optional<Edition> same = overlapping.stream().filter(e -> e.startsOn().equals(span.startsOn())).findFirst();
        if (overlapping.size() > (same.isPresent() ? 1 : 0)) {
            Edition other = overlapping.stream().filter(e -> !e.startsOn().equals(span.startsOn())).findFirst().orElseThrow();
            throw new Invalid("an edition from " + span.startsOn() + " to " + span.endsOn()
                    + " would overlap the edition of " + other.startsOn());
        }
        if (same.isPresent()) {
            Edition existing = same.get();
            if (existing.span().equals(span)) {
                return existing;
            }
            int outside = store.articlesOutside(existing.id(), span.startsOn(), span.endsOn());
            if (outside > 0) {
                throw new Invalid("the edition of " + existing.startsOn() + " runs to " + existing.endsOn() + " and has "
                        + outside + " article(s) after " + span.endsOn() + "; it cannot be cut to " + span.startsOn()
                        + (span.spansDays() ? " to " + span.endsOn() : " alone"));
            }
            store.update(existing.id(), span);
            return new Edition(existing.id(), span.startsOn(), span.endsOn(), span.label());
        }
        return new Edition(store.insert(span), span.startsOn(), span.endsOn(), span.label());
    }

    public Optional<Edition> findContaining(LocalDate date) {
        return store.findOverlapping(date, date).stream().findFirst();
    }

    public int count() {
        return store.count();
    }

    public Edition find(long id) {
        return store.findByIds(List.of(id)).stream().findFirst()
                .orElseThrow(() -> new org.masthead.common.NotFound("no edition " + id));
    }

    /** Every edition, newest first, whether or not anything in it is out. */
    public Page<Edition> all(PageRequest request) {
        return Page.fromLookahead(store.newestFirst(request), request);
    }

    /** Editions not out yet that end today or later, the soonest first: what the newsroom works towards. */
    public List<Edition> upcoming(LocalDate today, int limit) {
        return store.upcoming(today, limit);
    }

    /** Records that an edition goes out as a whole at a time, or (null) that it no longer does. */
    public void schedule(long id, java.time.Instant at) {
        store.setSchedule(id, at == null ? EditionStatus.OPEN : EditionStatus.SCHEDULED, at);
    }

    /** Marks a scheduled edition as out; false if someone (another server) did it first. */
    public boolean markPublished(long id) {
        return store.markPublished(id);
    }

    /** Editions that went out as a whole (at their scheduled time) from {@code from} to just before {@code until}. */
    public List<Edition> publishedBetween(java.time.Instant from, java.time.Instant until) {
        return store.publishedBetween(from, until);
    }

    public List<Edition> dueBy(java.time.Instant now) {
        return store.dueBy(now);
    }

    public Optional<java.time.Instant> nextScheduled() {
        return store.nextScheduled();
    }

    /** Runs work in a transaction that no other change to editions or lineups runs beside. */
    public <T> T exclusively(java.util.function.Supplier<T> work) {
        return store.exclusively(work);
    }

    public List<Edition> findByIds(List<Long> ids) {
        return store.findByIds(ids);
    }

    /** Editions with published articles dated between the two days (either may be null for no bound). */
    public Page<Edition> withPublishedArticles(LocalDate from, LocalDate to, PageRequest request) {
        return Page.fromLookahead(store.withPublishedArticles(from, to, request), request);
    }

    public Optional<Edition> previous(Edition edition) {
        return store.previousWithPublished(edition.startsOn());
    }

    public Optional<Edition> next(Edition edition) {
        return store.nextWithPublished(edition.startsOn());
    }
}
