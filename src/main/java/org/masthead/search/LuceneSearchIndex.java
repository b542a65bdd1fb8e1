package org.masthead.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.nio.file.Files;
import org.apache.lucene.index.CorruptIndexException;
import org.apache.lucene.index.IndexFormatTooNewException;
import org.apache.lucene.index.IndexFormatTooOldException;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.queries.mlt.MoreLikeThis;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.apache.lucene.util.QueryBuilder;

/**
 * The search index as a Lucene index in a folder of the data directory. One writer, searches from a
 * near-real-time searcher refreshed at each commit. Each commit records the schema version and a marker
 * (where the indexer got to); an index of another schema version is emptied at opening, to be rebuilt.
 */
public final class LuceneSearchIndex implements SearchIndex {
    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(LuceneSearchIndex.class);
    private static final String SCHEMA = "schema";
    private static final String MARKER = "marker";
    /**
     * Lucene warns through java.util.logging that the incubating vector API is not enabled; Masthead indexes
     * no vectors, so the warning would only alarm the operator. Held here so the setting is not collected.
     */
    private static final java.util.logging.Logger VECTOR_NOTICE = quiet("org.apache.lucene.internal.vectorization.VectorizationProvider");

    /** The share of an article's score against its own words that another must reach to be called related. */
    private static final float RELATED_SHARE = 0.2f;

    private final LuceneSchema schema = new LuceneSchema();
    private final LuceneQueries queries = new LuceneQueries(schema);
    private final LuceneResults results = new LuceneResults(schema, queries);
    private final FSDirectory directory;
    private final IndexWriter writer;
    private final SearcherManager searchers;
    /**
     * Answers already given, by the version of the index they were read from: the same search asked again (a name
     * in the news, searched by every reader at once) is answered without searching until the index changes.
     */
    private final com.github.benmanes.caffeine.cache.Cache<Asked, SearchResults> answers =
            com.github.benmanes.caffeine.cache.Caffeine.newBuilder().maximumSize(2_000).build();

    private record Asked(long version, SearchQuery query) {}

    private LuceneSearchIndex(FSDirectory directory, IndexWriter writer) throws IOException {
        this.directory = directory;
        this.writer = writer;
        this.searchers = new SearcherManager(writer, null);
    }

    /**
     * Opens the index in this folder, creating it. An index that cannot be read (damaged, or written by a
     * Lucene too old) is moved aside to {@code search.unreadable-TIME} (TIME in the clock's milliseconds) and a
     * new one started, to be rebuilt from the database. Throws {@link SearchUnavailable} when another process holds the index or the
     * folder cannot be written.
     */
    public static LuceneSearchIndex open(Path folder, java.time.Clock clock) {
        try {
            return openOrFail(folder);
        } catch (CorruptIndexException | IndexFormatTooOldException | IndexFormatTooNewException unreadable) {
            Path aside = folder.resolveSibling(folder.getFileName() + ".unreadable-" + clock.millis());
            log.warn("The search index in {} cannot be read ({}); moving it to {} and building a new one", folder,
                    unreadable.getMessage(), aside);
            try {
                Files.move(folder, aside);
                return openOrFail(folder);
            } catch (IOException e) {
                throw new SearchUnavailable("the search index in " + folder + " cannot be read and cannot be replaced: " + e.getMessage());
            }
        } catch (LockObtainFailedException e) {
            throw new SearchUnavailable("the search index in " + folder + " is in use by another Masthead process"
                    + " (a running server?); stop it and try again");
        } catch (IOException e) {
            throw new SearchUnavailable("the search index in " + folder + " cannot be opened: " + e.getMessage());
        }
    }

    private static LuceneSearchIndex openOrFail(Path folder) throws IOException {
        FSDirectory directory = FSDirectory.open(folder);
        IndexWriter writer = null;
        try {
            var config = new IndexWriterConfig(new LuceneSchema().analyzer).setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
                    .setRAMBufferSizeMB(128).setCommitOnClose(false);
            writer = new IndexWriter(directory, config);
            if (!LuceneSchema.VERSION.equals(commitData(writer).get(SCHEMA))) {
                // CASE: a new index, or one written by another version of Masthead: start empty, to be rebuilt.
                writer.deleteAll();
                writer.setLiveCommitData(Map.of(SCHEMA, LuceneSchema.VERSION).entrySet());
                writer.commit();
            }
            return new LuceneSearchIndex(directory, writer);
        } catch (IOException | RuntimeException e) {
            // Nothing may keep the folder locked after a failed opening, or the next try would find it "in use".
            if (writer != null) {
                try {
                    writer.rollback();
                } catch (IOException | RuntimeException ignored) {
                    e.addSuppressed(ignored);
                }
            }
            close(directory);
            throw e;
        }
    }

    @Override
    public void put(SearchDocument document) {
        try {
            writer.updateDocument(new Term(LuceneSchema.ID, Long.toString(document.id())), schema.document(document));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void remove(long articleId) {
        try {
            writer.deleteDocuments(new Term(LuceneSchema.ID, Long.toString(articleId)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void clear() {
        try {
            writer.deleteAll();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void commit(String marker) {
        try {
            writer.setLiveCommitData((marker == null ? Map.of(SCHEMA, LuceneSchema.VERSION)
                    : Map.of(SCHEMA, LuceneSchema.VERSION, MARKER, marker)).entrySet());
            writer.commit();
            searchers.maybeRefreshBlocking();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public String marker() {
        return commitData(writer).get(MARKER);
    }

    @Override
    public SearchResults search(SearchQuery query) {
        return withSearcher(searcher -> {
            var asked = new Asked(((org.apache.lucene.index.DirectoryReader) searcher.getIndexReader()).getVersion(), query);
            SearchResults kept = answers.getIfPresent(asked);
            if (kept != null) {
                return kept;
            }
            SearchResults found = searchWith(searcher, query);
            answers.put(asked, found);
            return found;
        });
    }

    private SearchResults searchWith(IndexSearcher searcher, SearchQuery query) throws IOException {
        SearchResults found = results.collect(searcher, query, query, null);
        if (found.total() == 0 && !query.text().isEmpty()) {
            // CASE: nothing for the words as typed: try the spellings the archive knows (Cockburm → Cockburn).
            Optional<String> better = queries.corrected(query.text(), searcher.getIndexReader());
            if (better.isPresent()) {
                SearchResults again = results.collect(searcher, query, query.withText(better.get()), better.get());
                if (again.total() > 0) {
                    return again;
                }
            }
        }
        return found;
    }

    @Override
    public void compact() {
        try {
            writer.forceMerge(1);
            writer.commit();
            searchers.maybeRefreshBlocking();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public List<SearchResults.Hit> related(long articleId, int count) {
        return withSearcher(searcher -> {
            Term id = new Term(LuceneSchema.ID, Long.toString(articleId));
            TopDocs own = searcher.search(new TermQuery(id), 1);
            if (own.scoreDocs.length == 0) {
                return List.of();
            }
            var like = new MoreLikeThis(searcher.getIndexReader());
            like.setAnalyzer(schema.analyzer);
            like.setFieldNames(new String[] {LuceneSchema.TITLE, LuceneSchema.BODY});
            like.setMinTermFreq(1);
            like.setMinDocFreq(2);
            like.setMaxQueryTerms(25);
            like.setMinWordLen(3);
            like.setBoost(true);
            Query words = like.like(own.scoreDocs[0].doc);
            TopDocs self = searcher.search(new BooleanQuery.Builder().add(words, BooleanClause.Occur.MUST)
                    .add(new TermQuery(id), BooleanClause.Occur.FILTER).build(), 1);
            if (self.scoreDocs.length == 0) {
                return List.of();
            }
            Query query = new BooleanQuery.Builder()
                    .add(words, BooleanClause.Occur.MUST)
                    .add(new TermQuery(new Term(LuceneSchema.HAS_BODY, "1")), BooleanClause.Occur.FILTER)
                    .add(new TermQuery(id), BooleanClause.Occur.MUST_NOT).build();
            // An article scores highest against its own words; one scoring less than a fifth of that shares
            // only the common run of words with it, and is no more related than any other.
            float enough = self.scoreDocs[0].score * RELATED_SHARE;
            TopDocs top = searcher.search(query, count);
            return results.plainHits(searcher, new TopDocs(top.totalHits,
                    java.util.Arrays.stream(top.scoreDocs).filter(hit -> hit.score >= enough).toArray(org.apache.lucene.search.ScoreDoc[]::new)));
        });
    }

    @Override
    public long size() {
        return withSearcher(searcher -> (long) searcher.getIndexReader().numDocs());
    }

    @Override
    public long countMentioning(String phrase) {
        return withSearcher(searcher -> {
            var builder = new QueryBuilder(schema.analyzer);
            var either = new BooleanQuery.Builder();
            for (String field : new String[] {LuceneSchema.TITLE, LuceneSchema.BODY}) {
                Query query = builder.createPhraseQuery(field, phrase);
                if (query != null) {
                    either.add(query, BooleanClause.Occur.SHOULD);
                }
            }
            BooleanQuery query = either.build();
            return query.clauses().isEmpty() ? 0L : (long) searcher.count(query);
        });
    }

    @Override
    public void close() {
        try (directory; writer; searchers) {
            // Closed in reverse order, each even if another fails: the searchers, the writer, then the folder.
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private interface SearcherWork<T> {
        T apply(IndexSearcher searcher) throws IOException;
    }

    private <T> T withSearcher(SearcherWork<T> work) {
        try {
            IndexSearcher searcher = searchers.acquire();
            try {
                return work.apply(searcher);
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, String> commitData(IndexWriter writer) {
        Map<String, String> data = new HashMap<>();
        Iterable<Map.Entry<String, String>> live = writer.getLiveCommitData();
        if (live != null) {
            live.forEach(entry -> data.put(entry.getKey(), entry.getValue()));
        }
        return data;
    }

    private static java.util.logging.Logger quiet(String name) {
        var logger = java.util.logging.Logger.getLogger(name);
        logger.setLevel(java.util.logging.Level.SEVERE);
        return logger;
    }

    private static void close(FSDirectory directory) {
        if (directory != null) {
            try {
                directory.close();
            } catch (IOException ignored) {
                // Nothing more to release.
            }
        }
    }

}
