package org.masthead.transfer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Every public address of a served magazine, found as a reader's browser and a crawler would: from the home
 * page, robots.txt, the sitemaps and feeds, and a few searches, following every link, picture, stylesheet
 * and script of the site itself (never the newsroom's, never past a search page's own links). Each answer is
 * kept with its status, type, Last-Modified and bytes, the site's own address masked.
 */
final class SiteCrawl {
    /** One answer, as readers would get it; the site's address in the body is replaced by {@code BASE}. */
    record Answer(int status, String type, String lastModified, String location, byte[] body) {
        String text() {
            return new String(body, StandardCharsets.UTF_8);
        }
    }

    private static final int MOST = 3_000;
    private static final String ENCODED = "BASE-ENCODED";
    private static final Pattern ABSOLUTE = Pattern.compile("BASE(/[^\"'<>\\s)\\\\]*)");

    private final URI base;
    private final String origin;
    private final String encodedOrigin;
    private final HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5)).build();

    SiteCrawl(URI base) {
        this.base = base;
        this.origin = base.getScheme() + "://" + base.getHost() + ":" + base.getPort();
        this.encodedOrigin = java.net.URLEncoder.encode(origin, StandardCharsets.UTF_8);
    }

    /** Crawls from the seeds; returns every address found, with its answer, in the order found. */
    Map<String, Answer> crawl(List<String> seeds) {
        Map<String, Answer> found = new LinkedHashMap<>();
        var queue = new ArrayDeque<>(seeds);
        while (!queue.isEmpty() && found.size() < MOST) {
            String path = queue.removeFirst();
            if (found.containsKey(path)) {
                continue;
            }
            Answer answer = get(path);
            found.put(path, answer);
            if (path.startsWith("/search") || path.startsWith("/api/")) {
                continue;
            }
            for (String link : links(answer)) {
                if (!found.containsKey(link)) {
                    queue.addLast(link);
                }
            }
        }
        if (found.size() >= MOST) {
            throw new AssertionError("the crawl found more than " + MOST + " addresses: is something generating them?");
        }
        return found;
    }

    Answer get(String path) {
        try {
            String address = path.replace(ENCODED, encodedOrigin);
            HttpResponse<byte[]> response = client.send(HttpRequest.newBuilder(base.resolve(address)).GET().build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            String type = response.headers().firstValue("Content-Type").orElse("");
            byte[] body = response.body();
            if (type.startsWith("text/") || type.contains("xml") || type.contains("json")) {
                body = mask(new String(body, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
            }
            return new Answer(response.statusCode(), type, response.headers().firstValue("Last-Modified").orElse(null),
                    response.headers().firstValue("Location").map(this::mask).orElse(null), body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The site's address in a text, plain and as a query parameter holds it (a share link's url=). */
    private String mask(String text) {
        return text.replace(encodedOrigin, ENCODED).replace(origin, "BASE");
    }

    private static List<String> links(Answer answer) {
        var links = new java.util.LinkedHashSet<String>();
        if (answer.location() != null) {
            add(links, answer.location());
        }
        if (answer.type().startsWith("text/html")) {
            Document page = Jsoup.parse(answer.text());
            for (Element element : page.select("a[href], link[href], img[src], script[src], source[srcset], img[srcset]")) {
                add(links, element.attr("href"));
                add(links, element.attr("src"));
                for (String candidate : element.attr("srcset").split(",")) {
                    add(links, candidate.strip().split("\\s+")[0]);
                }
            }
        } else if (answer.type().contains("xml") || answer.type().contains("json") || answer.type().startsWith("text/")) {
            Matcher matcher = ABSOLUTE.matcher(answer.text());
            while (matcher.find()) {
                add(links, "BASE" + matcher.group(1));
            }
        }
        return List.copyOf(links);
    }

    private static void add(java.util.Set<String> links, String link) {
        if (link == null || link.isEmpty()) {
            return;
        }
        String path = link.startsWith("BASE") ? link.substring(4) : link;
        path = path.replace("&amp;", "&");
        int hash = path.indexOf('#');
        if (hash >= 0) {
            path = path.substring(0, hash);
        }
        if (path.startsWith("/") && !path.startsWith("//") && !path.startsWith("/admin")) {
            links.add(path);
        }
    }
}
