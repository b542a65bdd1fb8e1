package org.masthead.search;

import org.masthead.platform.Database;

/**
 * What search reads from the magazine's database: the articles as documents to index, and the requests to rebuild
 * the index (a restore leaves one). Opened once by the composition root and handed to {@link SearchIndexer}; the
 * restore asks for a rebuild through {@link #rebuildRequests()}.
 */
public final class SearchStores {
    final SearchDocuments documents;
    private final RebuildRequests requests;

    SearchStores(SearchDocuments documents, RebuildRequests requests) {
        this.documents = documents;
        this.requests = requests;
    }

    /** The queries over this database's tables. */
    public static SearchStores sql(Database db) {
        return new SearchStores(new SearchDocuments(db), new RebuildRequests(db));
    }

    /** Where a restore leaves word that the index must be built again. */
    public RebuildRequests rebuildRequests() {
        return requests;
    }
}
