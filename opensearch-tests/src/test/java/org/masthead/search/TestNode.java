package org.masthead.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.codelibs.opensearch.runner.OpenSearchRunner;
import org.masthead.platform.Config;

/** One OpenSearch node in this JVM, on ports the system gave out, in a temporary folder. Close it to stop it. */
final class TestNode implements AutoCloseable {
    private final OpenSearchRunner runner = new OpenSearchRunner();
    private final Path folder;
    private final URI url;
    private final NodeRest rest;

    private TestNode(Path folder, int httpPort, int transportPort) {
        this.folder = folder;
        this.url = URI.create("http://127.0.0.1:" + httpPort);
        this.rest = new NodeRest(url);
        runner.setMaxHttpPort(httpPort);
        runner.onBuild((number, settings) -> {
            settings.put("network.host", "127.0.0.1");
            settings.put("transport.port", transportPort);
            settings.put("discovery.type", "single-node");
            settings.put("cluster.routing.allocation.disk.threshold_enabled", false);
        }).build(OpenSearchRunner.newConfigs().basePath(folder.toString()).numOfNode(1).baseHttpPort(httpPort - 1)
                .clusterName("masthead-test-" + httpPort).disableESLogger());
        runner.ensureYellow();
    }

    static TestNode start() {
        try {
            return new TestNode(Files.createTempDirectory("opensearch-node"), freePort(), freePort());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    URI url() {
        return url;
    }

    /** The node's REST API, to look at or change what the adapter made. */
    NodeRest rest() {
        return rest;
    }

    /** Settings for a magazine's index named from {@code prefix} on this node. */
    Config.SearchCluster cluster(String prefix) {
        return new Config.SearchCluster(List.of(url), prefix, Optional.empty(), Optional.empty());
    }

    /** Stops the node; again, does nothing. */
    @Override
    public void close() {
        if (runner.isClosed()) {
            return;
        }
        try {
            runner.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            runner.clean();
        }
    }

    private static int freePort() {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
