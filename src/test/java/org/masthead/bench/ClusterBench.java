package org.masthead.bench;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.masthead.article.Article;
import org.masthead.article.ArticleDraft;
import org.masthead.article.Body;
import org.masthead.boot.Masthead;
import org.masthead.common.Actor;
import org.masthead.platform.Config;
import org.masthead.support.TestPostgres;

/**
 * One, two and three servers of one magazine on one PostgreSQL, behind nginx on this machine, under the same load
 * while an editor publishes on the first server once a second. For each: requests a second and their p50/p99
 * through nginx, errors, stale pages (a home page asked for more than a second after a publish that does not show
 * it), and the time from a publish on the first server to the new piece on the last server's home page (p50/p99).
 * On a small machine more servers bring no speed; the point is that they bring no error and no stale page.
 * Run with {@code bench/cluster [articles] [seconds]}.
 */
public final class ClusterBench {
    private static final int CONNECTIONS = 16;
    private static final Duration VISIBLE_WITHIN = Duration.ofSeconds(1);

    private record Published(String title, long committedAt) {}

    public static void main(String[] args) throws Exception {
        int articles = args.length > 0 ? Integer.parseInt(args[0]) : 5_000;
        int seconds = args.length > 1 ? Integer.parseInt(args[1]) : 20;
        System.out.printf("%d articles, %d s of load per row, %d connections through nginx, a publish a second%n", articles,
                seconds, CONNECTIONS);
        System.out.printf("%-8s %9s %8s %8s %7s %6s %9s %9s %9s%n", "servers", "req/s", "p50 ms", "p99 ms", "errors",
                "stale", "publishes", "seen p50", "seen p99");
        for (int servers = 1; servers <= 3; servers++) {
            run(servers, articles, seconds);
        }
        System.out.println("search on OpenSearch: not measured (the OpenSearch adapter is not built yet)");
    }

    private static void run(int count, int articles, int seconds) throws Exception {
        String url = TestPostgres.newDatabaseUrl();
        List<Masthead> servers = new ArrayList<>();
        List<Integer> ports = new ArrayList<>();
        Path work = Files.createTempDirectory("masthead-cluster-bench");
        Process nginx = null;
        try {
            for (int i = 0; i < count; i++) {
                Masthead server = Masthead.open(Config.load(Files.createDirectories(work.resolve("node" + i)),
                        Map.of("MASTHEAD_DATABASE_URL", url), new Config.Overrides("127.0.0.1", 0)));
                if (i == 0) {
                    new ArchiveGenerator(42).fill(server.database(), 200, articles, 5, LocalDate.now().minusDays(1));
                }
                servers.add(server);
                ports.add(server.serve());
            }
            int front = freePort();
            nginx = nginx(work, front, ports);
            var admin = servers.getFirst().accounts().createFirstAdmin("Bench Editor", "bench@example.org",
                    "correct horse battery", "");
            Actor editor = admin.asActor("");
            long byline = servers.getFirst().accounts().bylineOf(editor);
            HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
            URI base = URI.create("http://127.0.0.1:" + front + "/");
            await(client, base);
            measure(count, servers, ports, client, base, editor, byline, seconds);
        } finally {
            if (nginx != null) {
                nginx.destroy();
                nginx.waitFor();
            }
            servers.forEach(Masthead::close);
        }
    }

    private static void measure(int count, List<Masthead> servers, List<Integer> ports, HttpClient client, URI base,
            Actor editor, long byline, int seconds) throws Exception {
        long end = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
        var latencies = new ConcurrentLinkedQueue<Long>();
        var errors = new AtomicLong();
        var stale = new AtomicLong();
        var latest = new AtomicReference<Published>();
        List<Long> seen = new ArrayList<>();
        try (var load = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int c = 0; c < CONNECTIONS; c++) {
                load.submit(() -> {
                    while (System.nanoTime() < end) {
                        String path = ThreadLocalRandom.current().nextInt(4) == 0 ? "/search?q=harbour" : "/";
                        Published before = latest.get();
                        long started = System.nanoTime();
                        try {
                            var answer = client.send(HttpRequest.newBuilder(base.resolve(path)).build(),
                                    HttpResponse.BodyHandlers.ofString());
                            latencies.add(System.nanoTime() - started);
                            if (answer.statusCode() != 200) {
                                errors.incrementAndGet();
                            } else if (path.equals("/") && before != null
                                    && started - before.committedAt() > VISIBLE_WITHIN.toNanos()
                                    && !answer.body().contains(before.title())) {
                                stale.incrementAndGet();
                            }
                        } catch (IOException e) {
                            errors.incrementAndGet();
                        }
                    }
                    return null;
                });
            }
            URI last = URI.create("http://127.0.0.1:" + ports.getLast() + "/");
            for (int n = 1; System.nanoTime() < end - Duration.ofSeconds(2).toNanos(); n++) {
                String title = "Cluster Bench Dispatch " + n + " " + count;
                var workflow = servers.getFirst().workflow();
                Article draft = workflow.write(editor, new ArticleDraft(title, null, "", Body.markdown("Words."), List.of(),
                        List.of(), null), byline);
                workflow.publishNow(editor, draft.id());
                long committed = System.nanoTime();
                latest.set(new Published(title, committed));
                while (!client.send(HttpRequest.newBuilder(last).build(), HttpResponse.BodyHandlers.ofString()).body()
                        .contains(title)) {
                    if (System.nanoTime() - committed > Duration.ofSeconds(30).toNanos()) {
                        break;
                    }
                }
                seen.add(System.nanoTime() - committed);
                long pause = Duration.ofSeconds(1).toNanos() - (System.nanoTime() - committed);
                if (pause > 0) {
                    Thread.sleep(Duration.ofNanos(pause));
                }
            }
        }
        long[] all = latencies.stream().mapToLong(Long::longValue).sorted().toArray();
        long[] visible = seen.stream().mapToLong(Long::longValue).sorted().toArray();
        System.out.printf("%-8d %9.0f %8.1f %8.1f %7d %6d %9d %9.1f %9.1f%n", count, all.length / (double) seconds,
                ms(all, 50), ms(all, 99), errors.get(), stale.get(), visible.length, ms(visible, 50), ms(visible, 99));
    }

    private static double ms(long[] sorted, int percentile) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(percentile / 100.0 * sorted.length) - 1)] / 1e6;
    }

    private static void await(HttpClient client, URI base) throws Exception {
        for (int i = 0; i < 100; i++) {
            try {
                if (client.send(HttpRequest.newBuilder(base).build(), HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // nginx is still starting
            }
            Thread.sleep(100);
        }
        throw new IllegalStateException("nginx did not answer on " + base);
    }

    private static Process nginx(Path work, int port, List<Integer> servers) throws IOException {
        String upstream = String.join("\n", servers.stream().map(p -> "    server 127.0.0.1:" + p + ";").toList());
        Path conf = work.resolve("nginx.conf");
        Files.createDirectories(work.resolve("logs"));
        Files.writeString(conf, """
                worker_processes 1;
                error_log %1$s/logs/error.log warn;
                pid %1$s/logs/nginx.pid;
                events { worker_connections 1024; }
                http {
                  access_log off;
                  client_body_temp_path %1$s/logs;
                  proxy_temp_path %1$s/logs;
                  fastcgi_temp_path %1$s/logs;
                  uwsgi_temp_path %1$s/logs;
                  scgi_temp_path %1$s/logs;
                  upstream masthead {
                %2$s
                    keepalive 32;
                  }
                  server {
                    listen 127.0.0.1:%3$d;
                    location / {
                      proxy_pass http://masthead;
                      proxy_http_version 1.1;
                      proxy_set_header Connection "";
                      proxy_set_header Host $host;
                    }
                  }
                }
                """.formatted(work, upstream, port));
        return new ProcessBuilder("nginx", "-p", work.toString(), "-c", conf.toString(), "-g", "daemon off;")
                .redirectErrorStream(true).redirectOutput(work.resolve("logs/nginx.out").toFile()).start();
    }

    private static int freePort() throws IOException {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private ClusterBench() {}
}
