package org.masthead.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;

/**
 * The facet values (authors, topics, year) of every article, segment by segment, as arrays in memory, and the
 * counting of them over the articles a search matched. Lucene's own counting read each matched article's values
 * from the index's doc values and mapped each segment's numbering onto the index's: a seventh of a search's
 * time in the profile, since every match is counted, not only the page shown. Here each segment is read once, when
 * a search first meets it (a new segment: an edit, a merge), into values numbered the same in every segment; a
 * segment's arrays go when Lucene closes it. About 4 bytes per value and article: 2 MB for 100,000 articles. The
 * numbering lasts as long as the process: a renamed author's old label keeps its number, counting nothing.
 */
final class FacetTable {
    private static final String FIELD = FacetsConfig.DEFAULT_INDEX_FIELD_NAME;

    /** A value: its dimension and its label as indexed ("2020"; "ann-lee Ann Lee"). */
    record Value(String dim, String label) {}

    /** One segment's values: those of document d are {@code ids[starts[d]]} to {@code ids[starts[d + 1] - 1]}. */
    private record Segment(int[] starts, int[] ids) {}

    private final Map<Value, Integer> numbers = new ConcurrentHashMap<>();
    private final List<Value> values = new ArrayList<>();
    private final Map<IndexReader.CacheKey, Segment> segments = new ConcurrentHashMap<>();

    /** What a search matched, counted: how many articles, and the most common values of each dimension among them. */
    record Counted(long total, Map<String, List<Map.Entry<String, Integer>>> top) {}

    /**
     * Counts every article {@code query} matches, unscored, and the values they have: the {@code top} most common of
     * each dimension, most first. Each match is counted as it is found, nothing kept of it: collecting the matches
     * first (Lucene's FacetsCollector builds a set of them per segment) and then walking them again was a fifth of
     * the counting.
     */
    Counted count(IndexSearcher searcher, Query query, int top) throws IOException {
        // Every segment read first: a segment read for the first time numbers the values it brings.
        for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
            segment(leaf.reader());
        }
        int size = known();
        Counter counter = searcher.search(query, new CollectorManager<Counter, Counter>() {
            @Override
            public Counter newCollector() {
                return new Counter(new int[size]);
            }

            @Override
            public Counter reduce(java.util.Collection<Counter> counters) {
                Counter all = new Counter(new int[size]);
                for (Counter one : counters) {
                    all.total += one.total;
                    for (int id = 0; id < size; id++) {
                        all.counts[id] += one.counts[id];
                    }
                }
                return all;
            }
        });
        return new Counted(counter.total, top(counter.counts, top));
    }

    /** Counts the matches of one slice of the index, segment after segment. */
    private final class Counter implements Collector {
        private final int[] counts;
        private long total;

        Counter(int[] counts) {
            this.counts = counts;
        }

        @Override
        public LeafCollector getLeafCollector(LeafReaderContext context) throws IOException {
            Segment segment = segment(context.reader());
            int[] starts = segment.starts();
            int[] ids = segment.ids();
            int[] counts = this.counts;
            return new LeafCollector() {
                @Override
                public void setScorer(Scorable scorer) {}

                @Override
                public void collect(int doc) {
                    total++;
                    // Every segment of the searcher was read before the counts were sized: each id fits.
                    for (int i = starts[doc], end = starts[doc + 1]; i < end; i++) {
                        counts[ids[i]]++;
                    }
                }
            };
        }

        @Override
        public ScoreMode scoreMode() {
            return ScoreMode.COMPLETE_NO_SCORES;
        }
    }

    /**
     * The top values of each dimension, most common first; among equals, in the labels' order, as Lucene's counting
     * gave them. Each dimension keeps its best {@code top} in a small sorted array as the counts are walked: a common
     * word gives most of the 2,000 authors a count, and sorting them all was a third of the counting.
     */
    private Map<String, List<Map.Entry<String, Integer>>> top(int[] counts, int top) {
        List<Value> known = snapshot(counts.length);
        Map<String, int[]> best = new java.util.HashMap<>();
        Map<String, Integer> kept = new java.util.HashMap<>();
        for (int id = 0; id < counts.length; id++) {
            if (counts[id] == 0) {
                continue;
            }
            String dim = known.get(id).dim();
            int[] ids = best.computeIfAbsent(dim, d -> new int[top]);
            int size = kept.getOrDefault(dim, 0);
            if (size == top && !before(id, ids[top - 1], counts, known)) {
                continue;
            }
            int at = Math.min(size, top - 1);
            while (at > 0 && before(id, ids[at - 1], counts, known)) {
                ids[at] = ids[at - 1];
                at--;
            }
            ids[at] = id;
            kept.put(dim, Math.min(size + 1, top));
        }
        Map<String, List<Map.Entry<String, Integer>>> byDim = new java.util.HashMap<>();
        best.forEach((dim, ids) -> {
            List<Map.Entry<String, Integer>> values = new ArrayList<>(top);
            for (int i = 0; i < kept.get(dim); i++) {
                values.add(Map.entry(known.get(ids[i]).label(), counts[ids[i]]));
            }
            byDim.put(dim, values);
        });
        return byDim;
    }

    /** Whether value {@code a} comes before {@code b}: counted more often, or as often with a label sorting first. */
    private static boolean before(int a, int b, int[] counts, List<Value> known) {
        return counts[a] != counts[b] ? counts[a] > counts[b] : known.get(a).label().compareTo(known.get(b).label()) < 0;
    }

    private synchronized int known() {
        return values.size();
    }

    private synchronized List<Value> snapshot(int size) {
        return List.copyOf(values.subList(0, size));
    }

    private synchronized int number(Value value) {
        return numbers.computeIfAbsent(value, v -> {
            values.add(v);
            return values.size() - 1;
        });
    }

    private Segment segment(LeafReader reader) throws IOException {
        IndexReader.CacheHelper helper = reader.getCoreCacheHelper();
        if (helper == null) {
            return read(reader);
        }
        Segment segment = segments.get(helper.getKey());
        if (segment == null) {
            segment = read(reader);
            if (segments.putIfAbsent(helper.getKey(), segment) == null) {
                helper.addClosedListener(segments::remove);
            }
        }
        return segment;
    }

    private Segment read(LeafReader reader) throws IOException {
        SortedSetDocValues docValues = DocValues.getSortedSet(reader, FIELD);
        int[] ordinals = new int[(int) docValues.getValueCount()];
        for (int ord = 0; ord < ordinals.length; ord++) {
            String[] path = FacetsConfig.stringToPath(docValues.lookupOrd(ord).utf8ToString());
            // A dimension's own entry, or a deeper path (none are indexed today), counts as nothing.
            ordinals[ord] = path.length == 2 ? number(new Value(path[0], path[1])) : -1;
        }
        int[] starts = new int[reader.maxDoc() + 1];
        var ids = new org.apache.lucene.util.IntsRefBuilder();
        int next = 0;
        for (int doc = docValues.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docValues.nextDoc()) {
            while (next <= doc) {
                starts[next++] = ids.length();
            }
            for (int i = 0; i < docValues.docValueCount(); i++) {
                int id = ordinals[(int) docValues.nextOrd()];
                if (id >= 0) {
                    ids.append(id);
                }
            }
        }
        while (next <= reader.maxDoc()) {
            starts[next++] = ids.length();
        }
        return new Segment(starts, java.util.Arrays.copyOf(ids.ints(), ids.length()));
    }
}
