package org.masthead.search;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpHost;
import org.apache.hc.core5.http.message.BasicHeader;
import org.apache.hc.core5.util.Timeout;
import org.opensearch.client.opensearch.generic.Body;
import org.opensearch.client.opensearch.generic.OpenSearchGenericClient;
import org.opensearch.client.opensearch.generic.Requests;
import org.opensearch.client.opensearch.generic.Response;
import org.opensearch.client.transport.httpclient5.ApacheHttpClient5Transport;
import org.opensearch.client.transport.httpclient5.ApacheHttpClient5TransportBuilder;
import tools.jackson.databind.JsonNode;

/**
 * The cluster's nodes, reached through the official client (which spreads requests over them and passes over one that
 * is down). Requests and answers are the JSON of OpenSearch's REST API, as its documentation writes them; every
 * failure to reach the cluster, or an answer of its own failure, is a {@link SearchUnavailable} naming the nodes.
 */
final class OpenSearchNodes implements AutoCloseable {
    /** Any answer slower than this is a cluster in trouble: the reader's page should say so rather than hang. */
    private static final Timeout ANSWER_WITHIN = Timeout.ofSeconds(30);
    private static final Timeout CONNECT_WITHIN = Timeout.ofSeconds(3);

    private final ApacheHttpClient5Transport transport;
    private final OpenSearchGenericClient client;
    private final String where;

    OpenSearchNodes(List<URI> nodes, String user, String password) {
        HttpHost[] hosts = nodes.stream().map(node -> new HttpHost(node.getScheme(), node.getHost(),
                node.getPort() < 0 ? ("https".equals(node.getScheme()) ? 443 : 80) : node.getPort())).toArray(HttpHost[]::new);
        var builder = ApacheHttpClient5TransportBuilder.builder(hosts).setRequestConfigCallback(config -> config
                .setConnectionRequestTimeout(ANSWER_WITHIN).setResponseTimeout(ANSWER_WITHIN)
                .setConnectTimeout(CONNECT_WITHIN));
        if (user != null) {
            // Sent with every request, so that none is refused first: the password is never logged nor put in a message.
            String basic = Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
            builder.setDefaultHeaders(new Header[] {new BasicHeader("Authorization", "Basic " + basic)});
        }
        this.transport = builder.build();
        this.client = new OpenSearchGenericClient(transport);
        this.where = "OpenSearch at " + String.join(", ", nodes.stream().map(URI::toString).toList());
    }

    String where() {
        return where;
    }

    /** The answer to a request with a JSON body (or none); a status in {@code accepted} is an answer, not a failure. */
    JsonNode call(String method, String path, String json, int... accepted) {
        return send(method, path, json == null ? null : Body.from(json.getBytes(StandardCharsets.UTF_8), "application/json"), accepted);
    }

    /** The answer to a bulk request: lines of JSON. */
    JsonNode bulk(String path, byte[] lines) {
        return send("POST", path, Body.from(lines, "application/x-ndjson"));
    }

    /** The status of a request without a body, such as whether an index exists. */
    int status(String method, String path) {
        try (Response response = client.execute(Requests.builder().method(method).endpoint(path).build())) {
            return response.getStatus();
        } catch (IOException | RuntimeException e) {
            throw unreachable(e);
        }
    }

    private JsonNode send(String method, String path, Body body, int... accepted) {
        var request = Requests.builder().method(method).endpoint(path).query(Map.of());
        if (body != null) {
            request.body(body);
        }
        try (Response response = client.execute(request.build())) {
            String text = response.getBody().map(Body::bodyAsString).orElse("{}");
            int status = response.getStatus();
            if (status >= 300 && java.util.Arrays.stream(accepted).noneMatch(ok -> ok == status)) {
                throw new SearchUnavailable(where + " refused " + method + " " + path + " (" + status + "): " + reason(text));
            }
            return OpenSearchSchema.JSON.readTree(text);
        } catch (SearchUnavailable e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw unreachable(e);
        }
    }

    private SearchUnavailable unreachable(Exception e) {
        var failure = new SearchUnavailable(where + " cannot be reached (" + e.getClass().getSimpleName()
                + (e.getMessage() == null ? "" : ": " + e.getMessage()) + "); check that the cluster is up and that"
                + " search.opensearch.url names its nodes");
        failure.initCause(e);
        return failure;
    }

    private static String reason(String text) {
        try {
            JsonNode error = OpenSearchSchema.JSON.readTree(text).path("error");
            String reason = error.path("root_cause").path(0).path("reason").asString(error.path("reason").asString(""));
            return reason.isEmpty() ? text.substring(0, Math.min(300, text.length())) : reason;
        } catch (RuntimeException notJson) {
            return text.substring(0, Math.min(300, text.length()));
        }
    }

    @Override
    public void close() {
        try {
            transport.close();
        } catch (IOException ignored) {
            // Nothing more to release.
        }
    }
}
