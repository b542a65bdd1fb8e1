package org.masthead.edition;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.masthead.common.PageRequest;

/** Editions in a list, for service tests that are about rules, not SQL. */
final class InMemoryEditionStore implements EditionStore {
    private final List<Edition> editions = new ArrayList<>();
    private final Set<Long> withPublished = new HashSet<>();
    private final java.util.Map<Long, Integer> outside = new java.util.HashMap<>();

    /** Marks an edition as holding published articles. */
    void publishIn(long editionId) {
        withPublished.add(editionId);
    }

    @Override
    public <T> T exclusively(java.util.function.Supplier<T> work) {
        return work.get();
    }

    @Override
    public int articlesOutside(long editionId, LocalDate from, LocalDate to) {
        return outside.getOrDefault(editionId, 0);
    }

    /** Says how many articles of an edition lie outside any span it is cut to. */
    void articlesOutside(long editionId, int count) {
        outside.put(editionId, count);
    }

    @Override
    public List<Edition> upcoming(LocalDate today, int limit) {
        return editions.stream().filter(e -> e.status() != EditionStatus.PUBLISHED && !e.endsOn().isBefore(today))
                .sorted(Comparator.comparing(Edition::startsOn)).limit(limit).toList();
    }

    @Override
    public long insert(EditionSpan span) {
        long id = editions.size() + 1;
        editions.add(new Edition(id, span.startsOn(), span.endsOn(), span.label()));
        return id;
    }

    @Override
    public void update(long id, EditionSpan span) {
        editions.replaceAll(e -> e.id() == id ? new Edition(id, span.startsOn(), span.endsOn(), span.label()) : e);
    }

    @Override
    public List<Edition> findOverlapping(LocalDate from, LocalDate to) {
        return editions.stream().filter(e -> !e.startsOn().isAfter(to) && !e.endsOn().isBefore(from))
                .sorted(Comparator.comparing(Edition::startsOn)).toList();
    }

    @Override
    public List<Edition> findByIds(List<Long> ids) {
        return newestFirst().stream().filter(e -> ids.contains(e.id())).toList();
    }

    @Override
    public List<Edition> withPublishedArticles(LocalDate from, LocalDate to, PageRequest page) {
        return newestFirst().stream().filter(e -> withPublished.contains(e.id()))
                .filter(e -> (from == null || !e.endsOn().isBefore(from)) && (to == null || !e.startsOn().isAfter(to)))
                .skip(page.offset()).limit(page.limitWithLookahead()).toList();
    }

    @Override
    public Optional<Edition> previousWithPublished(LocalDate before) {
        return newestFirst().stream().filter(e -> withPublished.contains(e.id()) && e.startsOn().isBefore(before)).findFirst();
    }

    @Override
    public Optional<Edition> nextWithPublished(LocalDate after) {
        return newestFirst().reversed().stream().filter(e -> withPublished.contains(e.id()) && e.startsOn().isAfter(after)).findFirst();
    }

    @Override
    public int count() {
        return editions.size();
    }

    @Override
    public void setSchedule(long id, EditionStatus status, Instant at) {
        editions.replaceAll(e -> e.id() == id ? new Edition(id, e.startsOn(), e.endsOn(), e.label(), status, at) : e);
    }

    @Override
    public boolean markPublished(long id) {
        boolean scheduled = editions.stream().anyMatch(e -> e.id() == id && e.status() == EditionStatus.SCHEDULED);
        if (scheduled) {
            setSchedule(id, EditionStatus.PUBLISHED, null);
        }
        return scheduled;
    }

    @Override
    public List<Edition> publishedBetween(Instant from, Instant until) {
        return editions.stream().filter(e -> e.status() == EditionStatus.PUBLISHED && e.scheduledAt() != null
                && !e.scheduledAt().isBefore(from) && e.scheduledAt().isBefore(until))
                .sorted(Comparator.comparing(Edition::scheduledAt)).toList();
    }

    @Override
    public List<Edition> dueBy(Instant now) {
        return editions.stream().filter(e -> e.status() == EditionStatus.SCHEDULED && !e.scheduledAt().isAfter(now)).toList();
    }

    @Override
    public Optional<Instant> nextScheduled() {
        return editions.stream().filter(e -> e.status() == EditionStatus.SCHEDULED).map(Edition::scheduledAt)
                .min(Comparator.naturalOrder());
    }

    @Override
    public List<Edition> newestFirst(PageRequest page) {
        return newestFirst().stream().skip(page.offset()).limit(page.limitWithLookahead()).toList();
    }

    private List<Edition> newestFirst() {
        return editions.stream().sorted(Comparator.comparing(Edition::startsOn).reversed()).toList();
    }
}
