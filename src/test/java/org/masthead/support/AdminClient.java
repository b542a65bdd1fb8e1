package org.masthead.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

/**
 * A person at the admin screens without a browser: keeps cookies, reads the CSRF token from the form it
 * is about to send, and sends forms the way a browser would.
 */
public final class AdminClient {
    private final URI base;
    private final HttpClient client;
    private final CookieManager cookies;

    public AdminClient(URI base) {
        this(base, new CookieManager());
    }

    private AdminClient(URI base, CookieManager cookies) {
        this.base = base;
        this.cookies = cookies;
        this.client = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    /** The same person (their cookies: a session, a token) at another server of the magazine. */
    public AdminClient at(URI otherServer) {
        return new AdminClient(otherServer, cookies);
    }

    public Http.Response get(String path) {
        return send(HttpRequest.newBuilder(base.resolve(path)).GET().build());
    }

    /** Opens the page, then sends the form whose action is given, with the page's token and these fields. */
    public Http.Response submit(String pagePath, String action, Map<String, String> fields) {
        Http.Response page = get(pagePath);
        Element form = page.html().select("form[method=post]").stream()
                .filter(f -> f.attr("action").equals(action) || (f.attr("action").isEmpty() && action.equals(pagePath)))
                .findFirst().orElseThrow(() -> new AssertionError("no form for " + action + " on " + pagePath + ":\n" + page.body()));
        Map<String, String> all = new LinkedHashMap<>();
        for (Element input : form.select("input[type=hidden]")) {
            all.put(input.attr("name"), input.attr("value"));
        }
        all.putAll(fields);
        return post(action, all);
    }

    /** Sends a form exactly as given (no token added). */
    public Http.Response post(String path, Map<String, String> fields) {
        return post(path, fields, Map.of());
    }

    public Http.Response post(String path, Map<String, String> fields, Map<String, String> headers) {
        String body = fields.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        var request = HttpRequest.newBuilder(base.resolve(path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        headers.forEach(request::header);
        return send(request.build());
    }

    /** Sends a multipart form with one file, as a browser's file upload does, with the page's token. */
    public Http.Response upload(String pagePath, String action, Map<String, String> fields, String fileName, byte[] file) {
        String token = csrfOf(get(pagePath));
        String boundary = "----masthead-test-" + System.nanoTime();
        var body = new java.io.ByteArrayOutputStream();
        Map<String, String> all = new LinkedHashMap<>(fields);
        all.put("_csrf", token);
        for (var field : all.entrySet()) {
            body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field.getKey() + "\"\r\n\r\n"
                    + field.getValue() + "\r\n").getBytes(StandardCharsets.UTF_8));
        }
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(file);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return send(HttpRequest.newBuilder(base.resolve(action))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build());
    }

    /** Sends a body exactly as given, of the type given, with this client's cookies. */
    public Http.Response post(String path, String contentType, byte[] body) {
        return post(path, contentType, body, Map.of());
    }

    /** As {@link #post(String, String, byte[])}, with headers of the test's choosing (what a page's script sends). */
    public Http.Response post(String path, String contentType, byte[] body, Map<String, String> headers) {
        var request = HttpRequest.newBuilder(base.resolve(path)).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        headers.forEach(request::header);
        return send(request.build());
    }

    public Http.Response signIn(String email, String password) {
        return submit("/admin/sign-in", "/admin/sign-in", Map.of("email", email, "password", password));
    }

    private Http.Response send(HttpRequest request) {
        try {
            HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
            return new Http.Response(response.statusCode(), response.headers(), response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public static String csrfOf(Http.Response page) {
        return Jsoup.parse(page.body()).selectFirst("input[name=_csrf]").attr("value");
    }
}
