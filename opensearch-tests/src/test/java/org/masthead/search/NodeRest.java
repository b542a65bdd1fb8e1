package org.masthead.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The test node's REST API, spoken directly, as an operator with curl would: to look behind the adapter, or go around it. */
final class NodeRest {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final HttpClient http = HttpClient.newHttpClient();
    private final URI url;

    NodeRest(URI url) {
        this.url = url;
    }

    /** The answer's JSON; a status of 300 or more fails. */
    JsonNode send(String method, String path, String json) {
        HttpResponse<String> response = exchange(method, path, json);
        if (response.statusCode() >= 300) {
            throw new IllegalStateException(method + " " + path + " answered " + response.statusCode() + ": " + response.body());
        }
        return JSON.readTree(response.body());
    }

    int status(String method, String path) {
        return exchange(method, path, null).statusCode();
    }

    /** The indices the alias points at; none if there is no such alias (a concrete index of that name, say). */
    List<String> indicesOf(String alias) {
        HttpResponse<String> response = exchange("GET", "/_alias/" + alias, null);
        List<String> indices = new ArrayList<>();
        if (response.statusCode() == 200) {
            indices.addAll(JSON.readTree(response.body()).propertyNames());
        }
        return indices;
    }

    private HttpResponse<String> exchange(String method, String path, String json) {
        var request = HttpRequest.newBuilder(url.resolve(path)).header("Content-Type", "application/json")
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
