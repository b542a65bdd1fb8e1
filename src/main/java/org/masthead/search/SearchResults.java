package org.masthead.search;

import java.time.LocalDate;
import java.util.List;

/**
 * One page of a search's answer. {@code correctedText} is set when the words as typed found nothing and a
 * spelling the archive knows was searched instead. Snippets and highlighted titles are HTML with every
 * character of the article escaped and only {@code <mark>} added. {@code order} is the order the hits are in:
 * newest first when asked, or when no word of the query ranks them (only filters, or only common words).
 */
public record SearchResults(SearchQuery query, long total, List<Hit> hits, Facets facets, String correctedText,
        SearchQuery.Order order) {
    /** Kept and handed to many readers at once (a search asked again is answered from what was found): unchangeable. */
    public SearchResults {
        hits = List.copyOf(hits);
    }

    public boolean hasNext() {
        return (long) query.page() * query.pageSize() < total && query.page() < SearchQuery.MAX_PAGE;
    }

    public record Hit(long id, String path, String title, String titleHtml, String snippetHtml,
            List<SearchDocument.Label> authors, LocalDate publishedOn) {}

    /** How many of the matching articles each author, topic and year has, the largest first. */
    public record Facets(List<FacetValue> authors, List<FacetValue> topics, List<FacetValue> years) {
        public Facets {
            authors = List.copyOf(authors);
            topics = List.copyOf(topics);
            years = List.copyOf(years);
        }

        public static final Facets NONE = new Facets(List.of(), List.of(), List.of());
    }

    public record FacetValue(String value, String label, long count) {}
}
