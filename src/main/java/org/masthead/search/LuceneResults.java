package org.masthead.search;

import java.io.IOException;
import java.text.BreakIterator;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.uhighlight.CustomSeparatorBreakIterator;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.LengthGoalBreakIterator;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageScorer;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.search.uhighlight.WholeBreakIterator;
import org.apache.lucene.util.BytesRef;
import org.masthead.markup.Markup;

/** Runs a query and reads the page of results back: highlighted snippets, cards, facet counts. */
final class LuceneResults {
    private static final int FACET_VALUES = 10;
    private static final TopDocs NOTHING = new TopDocs(new org.apache.lucene.search.TotalHits(0,
            org.apache.lucene.search.TotalHits.Relation.EQUAL_TO), new ScoreDoc[0]);
    private static final Sort NEWEST = new Sort(new SortField(LuceneSchema.PUBLISHED, SortField.Type.LONG, true));

    private final LuceneSchema schema;
    private final LuceneQueries queries;
    private final FacetTable facetTable = new FacetTable();

    LuceneResults(LuceneSchema schema, LuceneQueries queries) {
        this.schema = schema;
        this.queries = queries;
    }

    /**
     * The page {@code asked} wants of what {@code searched} matches: the same query, or the one with the
     * spelling the archive knows, {@code corrected}, in place of the words as typed.
     */
    SearchResults collect(IndexSearcher searcher, SearchQuery asked, SearchQuery searched, String corrected) throws IOException {
        int wanted = asked.page() * asked.pageSize();
        Query words = queries.words(searched.text());
        Query query = queries.build(words, searched);
        SearchQuery.Order order = LuceneQueries.ranks(words) ? asked.order() : SearchQuery.Order.NEWEST;
        // Two passes, each cheaper than one doing both: every match, unscored, for the count and the facets; then
        // the best few, which Lucene finds skipping the articles that cannot make the page (a common word matches
        // most of the archive, and scoring all of them in five fields was most of such a search's time).
        FacetTable.Counted matched = facetTable.count(searcher, query, FACET_VALUES);
        long total = matched.total();
        TopDocs top = total == 0 ? NOTHING
                : order == SearchQuery.Order.NEWEST ? searcher.search(query, wanted, NEWEST) : searcher.search(query, wanted);
        ScoreDoc[] all = top.scoreDocs;
        ScoreDoc[] page = Arrays.copyOfRange(all, Math.min(all.length, (asked.page() - 1) * asked.pageSize()), all.length);
        TopDocs pageDocs = new TopDocs(top.totalHits, page);
        Map<String, String[]> marked = new Marker(searcher, schema.analyzer).highlightFields(
                new String[] {LuceneSchema.BODY, LuceneSchema.TITLE}, query, pageDocs, new int[] {2, 1});
        String[] snippets = marked.get(LuceneSchema.BODY);
        String[] titles = marked.get(LuceneSchema.TITLE);
        List<SearchResults.Hit> hits = new ArrayList<>();
        for (int i = 0; i < page.length; i++) {
            hits.add(hit(card(searcher, page[i].doc), titles[i], snippets[i]));
        }
        return new SearchResults(asked, total, hits, sideways(searcher, words, searched, facets(matched)),
                corrected, order);
    }

    /**
     * The counts of a dimension that filters the results are those of the search without that filter, so
     * that each value's count is what its link shows: "Ada (3)" replaces the author chosen with Ada.
     */
    private SearchResults.Facets sideways(IndexSearcher searcher, Query words, SearchQuery searched, SearchResults.Facets facets)
            throws IOException {
        SearchResults.Facets result = facets;
        if (searched.author() != null) {
            result = new SearchResults.Facets(dimension(searcher, queries.build(words, searched.withoutAuthor()), LuceneSchema.AUTHOR_FACET,
                    true), result.topics(), result.years());
        }
        if (searched.topic() != null) {
            result = new SearchResults.Facets(result.authors(), dimension(searcher, queries.build(words, searched.withoutTopic()),
                    LuceneSchema.TOPIC_FACET, true), result.years());
        }
        if (searched.year() != null) {
            result = new SearchResults.Facets(result.authors(), result.topics(), dimension(searcher,
                    queries.build(words, searched.withoutYear()), LuceneSchema.YEAR_FACET, false));
        }
        return result;
    }

    private List<SearchResults.FacetValue> dimension(IndexSearcher searcher, Query query, String dim, boolean labelled) throws IOException {
        return values(facetTable.count(searcher, query, FACET_VALUES).top(), dim, labelled);
    }

    /** Hits without highlighting, for related articles. */
    List<SearchResults.Hit> plainHits(IndexSearcher searcher, TopDocs top) throws IOException {
        List<SearchResults.Hit> hits = new ArrayList<>();
        for (ScoreDoc doc : top.scoreDocs) {
            hits.add(hit(card(searcher, doc.doc), null, null));
        }
        return hits;
    }

    /**
     * Marks the words found: the whole title, and up to two passages of about 220 characters from the text
     * (the start of the text when no word of it matched). Passages end at full stops: the JDK's sentence
     * iterator was two thirds of the time of a search in the profile.
     */
    private static final class Marker extends UnifiedHighlighter {
        Marker(IndexSearcher searcher, org.apache.lucene.analysis.Analyzer analyzer) {
            super(UnifiedHighlighter.builder(searcher, analyzer).withFormatter(new DefaultPassageFormatter("<mark>", "</mark>", " … ", true))
                    .withMaxNoHighlightPassages(1).withMaxLength(1_000_000).withScorer(new Scoring())
                    // Each field's own words, found in its postings: matching the whole query again for each result and
                    // field (Lucene's default) asked every field's dictionary for every word, a fifth of the highlighting.
                    .withWeightMatches(false));
        }

        @Override
        protected BreakIterator getBreakIterator(String field) {
            return LuceneSchema.TITLE.equals(field) ? new WholeBreakIterator()
                    : LengthGoalBreakIterator.createClosestToLength(new CustomSeparatorBreakIterator('.'), 220, 0.3f);
        }
    }

    /**
     * Lucene's score of a passage (BM25 of its words, weighed by how early it starts), reckoned without the hash of
     * words Lucene builds for each passage it considers: a 32 KB block each time, a sixth of all the memory a search
     * took in the profile, and so of the collections that paused every search under way.
     */
    static final class Scoring extends PassageScorer {
        @Override
        public float score(Passage passage, int contentLength) {
            int matches = passage.getNumMatches();
            BytesRef[] words = passage.getMatchTerms();
            int[] inText = passage.getMatchTermFreqsInDoc();
            double score = 0;
            for (int i = 0; i < matches; i++) {
                if (!firstOf(words, i)) {
                    continue;
                }
                int inPassage = 1;
                for (int j = i + 1; j < matches; j++) {
                    if (words[j].bytesEquals(words[i])) {
                        inPassage++;
                    }
                }
                score += tf(inPassage, passage.getLength()) * weight(contentLength, inText[i]);
            }
            return (float) (score * norm(passage.getStartOffset()));
        }

        private static boolean firstOf(BytesRef[] words, int i) {
            for (int j = 0; j < i; j++) {
                if (words[j].bytesEquals(words[i])) {
                    return false;
                }
            }
            return true;
        }
    }

    private static LuceneSchema.Card card(IndexSearcher searcher, int doc) throws IOException {
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
        BinaryDocValues cards = leaf.reader().getBinaryDocValues(LuceneSchema.CARD);
        if (cards == null || !cards.advanceExact(doc - leaf.docBase)) {
            throw new IllegalStateException("article in the index without its card: " + doc);
        }
        return LuceneSchema.card(cards.binaryValue());
    }

    private static SearchResults.Hit hit(LuceneSchema.Card card, String titleHtml, String snippetHtml) {
        String snippet = snippetHtml == null ? "" : snippetHtml.strip();
        if (snippet.isEmpty()) {
            // CASE: an article known only by its title, or a match in the dek: show the dek.
            snippet = Markup.escape(card.dek());
        }
        return new SearchResults.Hit(card.id(), card.path(), card.title(),
                titleHtml == null ? Markup.escape(card.title()) : titleHtml, snippet, card.authors(), card.publishedOn());
    }

    private SearchResults.Facets facets(FacetTable.Counted matched) {
        var counts = matched.top();
        return new SearchResults.Facets(values(counts, LuceneSchema.AUTHOR_FACET, true), values(counts, LuceneSchema.TOPIC_FACET, true),
                values(counts, LuceneSchema.YEAR_FACET, false));
    }

    private static List<SearchResults.FacetValue> values(Map<String, List<Map.Entry<String, Integer>>> counts, String dim,
            boolean labelled) {
        List<SearchResults.FacetValue> values = new ArrayList<>();
        for (Map.Entry<String, Integer> value : counts.getOrDefault(dim, List.of())) {
            if (labelled) {
                SearchDocument.Label label = LuceneSchema.unlabel(value.getKey());
                values.add(new SearchResults.FacetValue(label.slug(), label.name(), value.getValue()));
            } else {
                values.add(new SearchResults.FacetValue(value.getKey(), value.getKey(), value.getValue()));
            }
        }
        if (!labelled) {
            values.sort((a, b) -> b.value().compareTo(a.value()));
        }
        return values;
    }
}
