package org.masthead.search;

import java.net.URI;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.masthead.platform.Config;

/**
 * The OpenSearch node the test classes of this JVM share, each on indices of names of its own: started by the first
 * class that needs it, stopped once all have run (JUnit closes what its root store holds). A test that stops its node
 * starts one of its own ({@link TestNode#start}).
 */
final class SharedNode implements BeforeAllCallback {
    private TestNode node;

    @Override
    public void beforeAll(ExtensionContext context) {
        node = context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL).computeIfAbsent(TestNode.class,
                key -> TestNode.start(), TestNode.class);
    }

    URI url() {
        return node.url();
    }

    NodeRest rest() {
        return node.rest();
    }

    Config.SearchCluster cluster(String prefix) {
        return node.cluster(prefix);
    }
}
