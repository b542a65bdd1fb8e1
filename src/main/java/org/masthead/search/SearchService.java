package org.masthead.search;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** What readers ask of the index: a search, and the articles related to the one they are reading. */
public final class SearchService {
    private static final Logger log = LoggerFactory.getLogger(SearchService.class);
    public static final int PAGE_SIZE = 10;
    public static final int RELATED = 5;

    private final SearchIndex index;

    public SearchService(SearchIndex index) {
        this.index = index;
    }

    /** The answer to a reader's query; nothing asked (no words, no filters) is nothing found. */
    public SearchResults search(SearchQuery query) {
        if (query.isEmpty()) {
            return new SearchResults(query, 0, List.of(), SearchResults.Facets.NONE, null, query.order());
        }
        try {
            return index.search(query);
        } catch (RuntimeException e) {
            // The articles themselves are still there to read: only search is out.
            throw new org.masthead.common.Unavailable("search is not available at the moment; every article can still be"
                    + " reached from the front page and the archives. Please try again in a minute", e);
        }
    }

    /**
     * Up to {@value #RELATED} articles with text most like this one. An article page never fails for want of
     * them: if the index cannot answer, the page goes without.
     */
    public List<SearchResults.Hit> related(long articleId) {
        try {
            return index.related(articleId, RELATED);
        } catch (RuntimeException e) {
            log.warn("Related articles for {} could not be found", articleId, e);
            return List.of();
        }
    }
}
