package org.masthead.boot;

import java.time.Clock;
import org.masthead.platform.Config;
import org.masthead.search.LuceneSearchIndex;
import org.masthead.search.OpenSearchSearchIndex;
import org.masthead.search.SearchIndex;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where the magazine's search index is, as the configuration says: Lucene in the data directory (one server), or an
 * OpenSearch cluster every server shares ({@code search.opensearch.url}).
 */
final class SearchPlace {
    private static final Logger log = LoggerFactory.getLogger(SearchPlace.class);

    private SearchPlace() {}

    static SearchIndex open(Config config, Clock clock) {
        if (config.searchCluster().isPresent()) {
            OpenSearchSearchIndex index = OpenSearchSearchIndex.open(config.searchCluster().get());
            // Says where, never with which password.
            log.info("Search: {}", index.describe());
            return index;
        }
        return LuceneSearchIndex.open(config.dataDir().resolve("search"), clock);
    }
}
