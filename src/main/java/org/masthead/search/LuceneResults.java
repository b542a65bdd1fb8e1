package org.masthead.search;

import java.io.IOException;
import java.text.BreakIterator;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.apache.lucene.document.Document;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.LengthGoalBreakIterator;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.search.uhighlight.WholeBreakIterator;
import org.masthead.markup.Markup;

/** Runs a query and reads the page of results back: stored fields, highlighted snippets, facet counts. */
final class LuceneResults {
    private static final int FACET_VALUES = 10;
    private static final Sort NEWEST = new Sort(new SortField(LuceneSchema.PUBLISHED, SortField.Type.LONG, true));

    private final LuceneSchema schema;
    private volatile FacetState facetState;

    private record FacetState(IndexReader reader, DefaultSortedSetDocValuesReaderState state) {}

    LuceneResults(LuceneSchema schema) {
        this.schema = schema;
    }

    /** The page {@code asked} wants of what {@code query} matches; {@code corrected} is the spelling searched instead, if any. */
    SearchResults collect(IndexSearcher searcher, SearchQuery asked, Query query, String corrected) throws IOException {
        int wanted = asked.page() * asked.pageSize();
        var manager = new FacetsCollectorManager();
        FacetsCollectorManager.FacetsResult found = asked.order() == SearchQuery.Order.NEWEST
                ? FacetsCollectorManager.search(searcher, query, wanted, NEWEST, manager)
                : FacetsCollectorManager.search(searcher, query, wanted, manager);
        long total = found.facetsCollector().getMatchingDocs().stream().mapToLong(m -> m.totalHits()).sum();
        ScoreDoc[] all = found.topDocs().scoreDocs;
        ScoreDoc[] page = Arrays.copyOfRange(all, Math.min(all.length, (asked.page() - 1) * asked.pageSize()), all.length);
        TopDocs pageDocs = new TopDocs(found.topDocs().totalHits, page);
        String[] snippets = highlighter(searcher, () -> LengthGoalBreakIterator.createClosestToLength(
                BreakIterator.getSentenceInstance(Locale.ENGLISH), 220, 0.3f), 1).highlight(LuceneSchema.BODY, query, pageDocs, 2);
        String[] titles = highlighter(searcher, WholeBreakIterator::new, 1).highlight(LuceneSchema.TITLE, query, pageDocs, 1);
        List<SearchResults.Hit> hits = new ArrayList<>();
        for (int i = 0; i < page.length; i++) {
            hits.add(hit(searcher.storedFields().document(page[i].doc), titles[i], snippets[i]));
        }
        return new SearchResults(asked, total, hits, facets(searcher, found.facetsCollector()), corrected);
    }

    /** Hits without highlighting, for related articles. */
    List<SearchResults.Hit> plainHits(IndexSearcher searcher, TopDocs top) throws IOException {
        List<SearchResults.Hit> hits = new ArrayList<>();
        for (ScoreDoc doc : top.scoreDocs) {
            hits.add(hit(searcher.storedFields().document(doc.doc), null, null));
        }
        return hits;
    }

    private UnifiedHighlighter highlighter(IndexSearcher searcher, java.util.function.Supplier<BreakIterator> breaks, int fallback) {
        return UnifiedHighlighter.builder(searcher, schema.analyzer)
                .withFormatter(new DefaultPassageFormatter("<mark>", "</mark>", " … ", true))
                .withBreakIterator(breaks).withMaxNoHighlightPassages(fallback).withMaxLength(1_000_000).build();
    }

    private static SearchResults.Hit hit(Document doc, String titleHtml, String snippetHtml) {
        String title = doc.get(LuceneSchema.TITLE);
        List<SearchDocument.Label> authors = Arrays.stream(doc.getValues(LuceneSchema.AUTHOR_LABEL)).map(LuceneSchema::unlabel).toList();
        String snippet = snippetHtml;
        if (snippet == null || snippet.isBlank()) {
            // CASE: an article known only by its title, or a match in the dek: show the dek.
            snippet = Markup.escape(doc.get(LuceneSchema.DEK));
        }
        return new SearchResults.Hit(Long.parseLong(doc.get(LuceneSchema.ID)), doc.get(LuceneSchema.PATH), title,
                titleHtml == null ? Markup.escape(title) : titleHtml, snippet, authors, LocalDate.parse(doc.get(LuceneSchema.PUBLISHED_ON)));
    }

    private SearchResults.Facets facets(IndexSearcher searcher, FacetsCollector collector) throws IOException {
        DefaultSortedSetDocValuesReaderState state = state(searcher.getIndexReader());
        if (state == null) {
            return SearchResults.Facets.NONE;
        }
        var counts = new SortedSetDocValuesFacetCounts(state, collector);
        return new SearchResults.Facets(values(counts, LuceneSchema.AUTHOR_FACET, true), values(counts, LuceneSchema.TOPIC_FACET, true),
                values(counts, LuceneSchema.YEAR_FACET, false));
    }

    private static List<SearchResults.FacetValue> values(SortedSetDocValuesFacetCounts counts, String dim, boolean labelled)
            throws IOException {
        FacetResult result;
        try {
            result = counts.getTopChildren(FACET_VALUES, dim);
        } catch (IllegalArgumentException notIndexedYet) {
            return List.of();
        }
        if (result == null) {
            return List.of();
        }
        List<SearchResults.FacetValue> values = new ArrayList<>();
        for (LabelAndValue value : result.labelValues) {
            if (labelled) {
                SearchDocument.Label label = LuceneSchema.unlabel(value.label);
                values.add(new SearchResults.FacetValue(label.slug(), label.name(), value.value.longValue()));
            } else {
                values.add(new SearchResults.FacetValue(value.label, value.label, value.value.longValue()));
            }
        }
        if (!labelled) {
            values.sort((a, b) -> b.value().compareTo(a.value()));
        }
        return values;
    }

    /** The facet ordinals of this reader, built once per refresh; null while nothing with facets is indexed. */
    private DefaultSortedSetDocValuesReaderState state(IndexReader reader) throws IOException {
        FacetState current = facetState;
        if (current != null && current.reader() == reader) {
            return current.state();
        }
        try {
            current = new FacetState(reader, new DefaultSortedSetDocValuesReaderState(reader, schema.facets));
        } catch (IllegalArgumentException empty) {
            return null;
        }
        facetState = current;
        return current.state();
    }
}
