package org.masthead.bench;

import static org.masthead.bench.BenchServer.adminToken;
import static org.masthead.bench.BenchServer.freePort;
import static org.masthead.bench.BenchServer.memory;
import static org.masthead.bench.BenchServer.rssMb;
import static org.masthead.bench.BenchServer.serve;
import static org.masthead.bench.BenchServer.waitForServer;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.masthead.platform.Config;
import org.masthead.boot.Masthead;

/**
 * The readers' pages side by side with a static file server: a generated archive (100,000 articles by default,
 * the search benchmark's generator), Masthead started from the jar on it, and wrk (from Debian) measuring the
 * article, home, author, edition, topic, search and feed pages; in the same run nginx (from Debian) serves the
 * article's bytes as a static file. Prints requests/s, p50/p99 latency, errors and each page's ratio to nginx, and
 * the server's memory. Run with {@code bench/pages [articles] [data-dir] [seconds] [connections]}.
 */
public final class PageBench {
    private static final long SEED = 42;
    private static final Pattern RPS = Pattern.compile("Requests/sec:\\s+([\\d.]+)");
    private static final Pattern PERCENTILE = Pattern.compile("^\\s+(50|99)%\\s+([\\d.]+)(us|ms|s)\\s*$", Pattern.MULTILINE);
    private static final Pattern NON_2XX = Pattern.compile("Non-2xx or 3xx responses: (\\d+)");
    private static final Pattern SOCKET = Pattern.compile("Socket errors: connect (\\d+), read (\\d+), write (\\d+), timeout (\\d+)");

    record Result(String page, double rps, double p50, double p99, long errors) {}

    public static void main(String[] args) throws Exception {
        int articles = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        Path dataDir = args.length > 1 ? Path.of(args[1]) : Files.createTempDirectory("masthead-page-bench");
        int seconds = args.length > 2 ? Integer.parseInt(args[2]) : 10;
        int connections = args.length > 3 ? Integer.parseInt(args[3]) : 32;
        Path made = dataDir.resolve("bench-archive-" + articles);
        if (!Files.exists(made)) {
            try (Masthead magazine = Masthead.open(Config.load(dataDir, Map.of(), Config.Overrides.none()))) {
                long started = System.nanoTime();
                var archive = new ArchiveGenerator(SEED).fill(magazine.database(), 2000, articles, 20, LocalDate.of(2026, 11, 20));
                System.out.printf("generated %,d articles by %,d authors in %,d editions in %.1f s%n", archive.articles(),
                        archive.authors(), archive.editions(), (System.nanoTime() - started) / 1e9);
                magazine.search().rebuild(done -> { });
            }
            Files.writeString(made, "");
        }
        String adminKey;
        try (Masthead magazine = Masthead.open(Config.load(dataDir, Map.of(), Config.Overrides.none()))) {
            adminKey = magazine.apiKeys().create(org.masthead.common.Actor.system("bench"), org.masthead.apikey.ApiKey.Kind.ADMIN,
                    "page bench " + System.nanoTime()).printable();
        }
        int port = freePort();
        String heap = System.getProperty("bench.heap", "256m");
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();
        URI base = URI.create("http://127.0.0.1:" + port);
        // A first start (which records, or checks, the launcher's class-data archive), then the start measured.
        long first = System.nanoTime();
        Process server = serve(dataDir, port, heap);
        waitForServer(client, base);
        double firstStart = (System.nanoTime() - first) / 1e9;
        server.destroy();
        server.waitFor();
        long start = System.nanoTime();
        server = serve(dataDir, port, heap);
        Process nginx = null;
        try {
            String home = waitForServer(client, base);
            System.out.printf("start-up to the first page served (bin/masthead): %.2f s; the start before it: %.2f s%n",
                    (System.nanoTime() - start) / 1e9, firstStart);
            Map<String, String> pages = pages(client, base, Jsoup.parse(home));
            byte[] article = client.send(HttpRequest.newBuilder(base.resolve(pages.get("article"))).build(),
                    HttpResponse.BodyHandlers.ofByteArray()).body();
            int nginxPort = freePort();
            nginx = nginx(dataDir.resolve("nginx"), nginxPort, article);
            // Each page's own bytes as a file beside the article, for nginx to serve as the page's yardstick.
            for (var page : pages.entrySet()) {
                Files.write(dataDir.resolve("nginx/html/" + page.getKey() + ".html"), client.send(
                        HttpRequest.newBuilder(base.resolve(page.getValue())).build(), HttpResponse.BodyHandlers.ofByteArray()).body());
            }
            waitForServer(client, URI.create("http://127.0.0.1:" + nginxPort));

            // The server's code warms up (the JIT compiles what runs most) on every page before any is measured: the
            // first page measured would otherwise pay for it.
            for (var page : pages.entrySet()) {
                wrk("warm-up", base + page.getValue(), Math.max(2, seconds / 3), connections);
            }
            List<Result> results = new ArrayList<>();
            Map<Result, Result> yardsticks = new java.util.IdentityHashMap<>();
            // nginx first, and again last: the machine's state over the run shows in the two.
            results.add(wrk("nginx, article as a file", "http://127.0.0.1:" + nginxPort + "/article.html", seconds, connections));
            for (var page : pages.entrySet()) {
                int c = page.getKey().equals("search") ? 8 : connections;
                Result masthead = wrk(page.getKey() + " " + page.getValue(), base + page.getValue(), seconds, c);
                results.add(masthead);
                yardsticks.put(masthead, wrk("  nginx, the same bytes", "http://127.0.0.1:" + nginxPort + "/" + page.getKey() + ".html",
                        seconds, c));
            }
            results.add(wrk("nginx, article as a file (again)", "http://127.0.0.1:" + nginxPort + "/article.html", seconds, connections));
            double nginxRps = (results.getFirst().rps() + results.getLast().rps()) / 2;
            publishUnderLoad(client, base, adminKey, seconds, connections);
            System.out.printf("%nwrk -t2 -d%ds, %d connections (search: 8), client and servers on this machine%n", seconds, connections);
            System.out.printf("%-60s %12s %9s %9s %7s %9s %9s%n", "page", "requests/s", "p50 ms", "p99 ms", "errors", "vs nginx",
                    "vs same");
            for (Result r : results) {
                Result same = yardsticks.get(r);
                System.out.printf("%-60s %,12.0f %9.2f %9.2f %7d %9.2f %9s%n", shorten(r.page()), r.rps(), r.p50(), r.p99(), r.errors(),
                        r.rps() / nginxRps, same == null ? "" : String.format("%.2f", r.rps() / same.rps()));
                if (same != null) {
                    System.out.printf("%-60s %,12.0f %9.2f %9.2f %7d%n", same.page(), same.rps(), same.p50(), same.p99(), same.errors());
                }
            }
            System.out.println("(vs nginx: against nginx serving the article; vs same: against nginx serving that page's own bytes,"
                    + " measured right after it)");
            System.out.printf("%nserver memory after the run (heap ceiling -Xmx%s): %s%n", heap, memory(server.pid()));
            System.out.printf("article: %,d bytes%n", article.length);
        } finally {
            if (nginx != null) {
                nginx.destroy();
                nginx.waitFor();
            }
            server.destroy();
            server.waitFor();
        }
        System.exit(0);
    }

    /**
     * Publishes an article through the Admin API while wrk reads the home page, five times, and says how long after
     * each publish call returned the home page first showed it, and whether any read after that did not.
     */
    private static void publishUnderLoad(HttpClient client, URI base, String adminKey, int seconds, int connections)
            throws Exception {
        Process load = new ProcessBuilder("wrk", "-t2", "-c" + connections, "-d" + (seconds + 5) + "s", base + "/")
                .redirectErrorStream(true).start();
        Thread.sleep(1500);
        List<Double> visibleAfter = new ArrayList<>();
        int stale = 0;
        for (int i = 0; i < 5; i++) {
            String title = "Late news " + i + " " + System.nanoTime();
            String json = "{\"posts\":[{\"title\":\"" + title + "\",\"html\":\"<p>Filed while the site was busy.</p>\","
                    + "\"status\":\"published\",\"authors\":[{\"name\":\"Bench Desk\"}]}]}";
            var request = HttpRequest.newBuilder(base.resolve("/ghost/api/admin/posts/?source=html"))
                    .header("Authorization", "Ghost " + adminToken(adminKey)).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(json)).build();
            var published = client.send(request, HttpResponse.BodyHandlers.ofString());
            long returned = System.nanoTime();
            if (published.statusCode() != 201) {
                throw new IllegalStateException("publishing answered " + published.statusCode() + ": " + published.body());
            }
            Double seen = null;
            for (int read = 0; read < 200; read++) {
                String home = client.send(HttpRequest.newBuilder(base.resolve("/")).build(), HttpResponse.BodyHandlers.ofString()).body();
                boolean shows = home.contains(title);
                if (shows && seen == null) {
                    seen = (System.nanoTime() - returned) / 1e6;
                } else if (!shows && seen != null) {
                    stale++;
                }
                if (seen != null && read > 20) {
                    break;
                }
            }
            visibleAfter.add(seen == null ? Double.NaN : seen);
            Thread.sleep(500);
        }
        load.waitFor();
        System.out.printf("publish under load (home page at %d connections): visible %s ms after the publish call returned;"
                + " reads after that without it: %d%n", connections,
                visibleAfter.stream().map(ms -> String.format("%.1f", ms)).toList(), stale);
    }

    /** An address of each kind of page, found as a reader finds them: from the home page and an article. */
    private static Map<String, String> pages(HttpClient client, URI base, Document home) throws Exception {
        Map<String, String> pages = new LinkedHashMap<>();
        // A generated piece, not a post an earlier run published under load (those have no topic).
        var generated = home.select("a.lineup-title[href*=/piece-]");
        String article = (generated.isEmpty() ? home.select("a.lineup-title") : generated).first().attr("href");
        Document page = Jsoup.parse(client.send(HttpRequest.newBuilder(base.resolve(article)).build(),
                HttpResponse.BodyHandlers.ofString()).body());
        pages.put("article", article);
        pages.put("home", "/");
        pages.put("author", page.select(".byline a").first().attr("href"));
        pages.put("edition", home.select(".edition-heading a[href^=/edition/]").first().attr("href"));
        var topic = page.select("a[rel=tag]").first();
        if (topic != null) {
            pages.put("topic", topic.attr("href"));
        }
        pages.put("feed", "/feed/");
        String word = page.select(".article-body p").text().split("\\s+")[3].replaceAll("\\W", "");
        pages.put("search", "/search?q=" + URLEncoder.encode(word, StandardCharsets.UTF_8));
        return pages;
    }

    private static Process nginx(Path dir, int port, byte[] article) throws Exception {
        Files.createDirectories(dir.resolve("html"));
        Files.createDirectories(dir.resolve("logs"));
        Files.write(dir.resolve("html/article.html"), article);
        Files.writeString(dir.resolve("nginx.conf"), """
                daemon off;
                worker_processes 2;
                pid %1$s/nginx.pid;
                error_log %1$s/logs/error.log;
                events { worker_connections 1024; }
                http {
                    access_log off;
                    sendfile on;
                    tcp_nopush on;
                    keepalive_requests 100000;
                    client_body_temp_path %1$s/tmp;
                    proxy_temp_path %1$s/tmp;
                    fastcgi_temp_path %1$s/tmp;
                    uwsgi_temp_path %1$s/tmp;
                    scgi_temp_path %1$s/tmp;
                    types { text/html html; }
                    server {
                        listen 127.0.0.1:%2$d;
                        root %1$s/html;
                    }
                }
                """.formatted(dir.toAbsolutePath(), port));
        return new ProcessBuilder("nginx", "-p", dir.toAbsolutePath().toString(), "-c", dir.resolve("nginx.conf").toAbsolutePath()
                .toString()).redirectErrorStream(true).redirectOutput(dir.resolve("logs/stdout.log").toFile()).start();
    }

    private static Result wrk(String label, String url, int seconds, int connections) throws Exception {
        Process wrk = new ProcessBuilder("wrk", "-t2", "-c" + connections, "-d" + seconds + "s", "--latency", url)
                .redirectErrorStream(true).start();
        String out = new String(wrk.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        wrk.waitFor();
        Matcher rps = RPS.matcher(out);
        if (!rps.find()) {
            throw new IllegalStateException("wrk said: " + out);
        }
        double p50 = 0;
        double p99 = 0;
        Matcher percentile = PERCENTILE.matcher(out);
        while (percentile.find()) {
            double value = Double.parseDouble(percentile.group(2)) * switch (percentile.group(3)) {
                case "us" -> 0.001;
                case "s" -> 1000;
                default -> 1;
            };
            if (percentile.group(1).equals("50")) {
                p50 = value;
            } else {
                p99 = value;
            }
        }
        long errors = 0;
        Matcher non2xx = NON_2XX.matcher(out);
        if (non2xx.find()) {
            errors += Long.parseLong(non2xx.group(1));
        }
        Matcher socket = SOCKET.matcher(out);
        if (socket.find()) {
            for (int i = 1; i <= 4; i++) {
                errors += Long.parseLong(socket.group(i));
            }
        }
        return new Result(label, Double.parseDouble(rps.group(1)), p50, p99, errors);
    }

    private static String shorten(String text) {
        return text.length() <= 60 ? text : text.substring(0, 57) + "...";
    }
}
