package org.masthead.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/** A plain HTTP client for a site under test: no redirects followed, so tests see them. */
public final class Http {
    private final URI base;
    private final HttpClient client = HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    public Http(URI base) {
        this.base = base;
    }

    public record Response(int status, java.net.http.HttpHeaders headers, String body) {
        public Document html() {
            return Jsoup.parse(body);
        }

        public String header(String name) {
            return headers.firstValue(name).orElse(null);
        }
    }

    public Response get(String path) {
        return send(HttpRequest.newBuilder(base.resolve(path)).GET().build());
    }

    /** The first stylesheet the page at {@code path} links, as served. */
    public Response stylesheet(String path) {
        return get(get(path).html().selectFirst("link[rel=stylesheet]").attr("href"));
    }

    public Response send(HttpRequest request) {
        try {
            HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
            return new Response(response.statusCode(), response.headers(), response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Sends a request line exactly as given, for addresses a URI would rewrite ("//host/path"). */
    public Response raw(String requestTarget) {
        try (var socket = new java.net.Socket(base.getHost(), base.getPort())) {
            socket.setSoTimeout(5000);
            var out = socket.getOutputStream();
            out.write(("GET " + requestTarget + " HTTP/1.1\r\nHost: " + base.getHost() + "\r\nConnection: close\r\n\r\n")
                    .getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
            out.flush();
            String text = new String(socket.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            int status = Integer.parseInt(text.substring(9, 12));
            int end = text.indexOf("\r\n\r\n");
            var headers = new java.util.LinkedHashMap<String, java.util.List<String>>();
            for (String line : text.substring(0, end).split("\r\n")) {
                int colon = line.indexOf(':');
                if (colon > 0) {
                    headers.computeIfAbsent(line.substring(0, colon), k -> new java.util.ArrayList<>()).add(line.substring(colon + 1).strip());
                }
            }
            return new Response(status, java.net.http.HttpHeaders.of(headers, (a, b) -> true), text.substring(end + 4));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public URI base() {
        return base;
    }
}
