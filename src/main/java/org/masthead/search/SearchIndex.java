package org.masthead.search;

import java.util.List;

/**
 * The search engine behind the magazine's search. Lucene embedded implements it today; a cluster engine
 * can replace it by taking the same documents and answering the same queries.
 */
public interface SearchIndex extends AutoCloseable {

    /** Adds the document, or replaces the one with its id. */
    void put(SearchDocument document);

    /** Takes the article out of the index, if it is in. */
    void remove(long articleId);

    /**
     * Starts a rebuild: the documents put from now on make the whole index at the next {@link #commit}. An engine
     * that can build beside the live index (OpenSearch, behind an alias) keeps answering from the old one until then.
     */
    void clear();

    /** Makes the changes so far visible to searches and durable, remembering {@code marker} with them. */
    void commit(String marker);

    /** The marker of the last commit, or null if there was none (a new or rebuilt index). */
    String marker();

    SearchResults search(SearchQuery query);

    /**
     * After a rebuild: merges what was written into as few parts as searches go fastest over (one part instead of
     * many means one lookup per word, one count per facet, instead of one per part).
     */
    default void compact() {
    }

    /** Articles with bodies most like this one, never itself. */
    List<SearchResults.Hit> related(long articleId, int count);

    /** How many articles the index holds. */
    long size();

    /** How many articles mention these words, in this order, in their title or text. */
    long countMentioning(String phrase);

    @Override
    void close();
}
