package org.masthead.search;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The OpenSearch index held to the contract every search index keeps, on a real node: one index per test. */
class OpenSearchSearchIndexTest extends SearchIndexContract {
    private static final AtomicInteger TESTS = new AtomicInteger();
    @RegisterExtension
    static final SharedNode node = new SharedNode();

    @Override
    protected SearchIndex openIndex() {
        return OpenSearchSearchIndex.open(node.cluster("contract-" + TESTS.incrementAndGet()));
    }
}
