package org.masthead.search;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** The OpenSearch index held to the contract every search index keeps, on a real node: one index per test. */
class OpenSearchSearchIndexTest extends SearchIndexContract {
    private static final AtomicInteger TESTS = new AtomicInteger();
    private static TestNode node;

    @BeforeAll
    static void startNode() {
        node = TestNode.start();
    }

    @AfterAll
    static void stopNode() {
        node.close();
    }

    @Override
    protected SearchIndex openIndex() {
        return OpenSearchSearchIndex.open(node.cluster("contract-" + TESTS.incrementAndGet()));
    }
}
