package org.masthead.bench;

import static org.masthead.bench.BenchServer.adminToken;
import static org.masthead.bench.BenchServer.rssMb;
import static org.masthead.bench.BenchServer.waitForServer;

import java.io.ByteArrayOutputStream;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.masthead.platform.Config;
import org.masthead.boot.Masthead;
import org.masthead.support.Pictures;

/**
 * Can pictures stall the site? The home page over four connections for ten seconds alone, then while 16 uploads
 * of a 7,745 × 7,745 PNG (191 KB, 180 MB once decoded) go at once to Ghost's {@code images/upload}, on a server
 * started from the jar. Prints the home page's percentiles both ways, each upload's time and status, and the
 * server's RSS (the most seen). Run with {@code bench/uploads [data-dir] [uploads]}.
 */
public final class UploadBench {
    private static final int READERS = 4;

    public static void main(String[] args) throws Exception {
        Path dataDir = args.length > 0 ? Path.of(args[0]) : Files.createTempDirectory("masthead-upload-bench");
        int uploads = args.length > 1 ? Integer.parseInt(args[1]) : 16;
        String adminKey;
        try (Masthead magazine = Masthead.open(Config.load(dataDir, Map.of(), Config.Overrides.none()))) {
            adminKey = magazine.apiKeys().create(org.masthead.common.Actor.system("bench"), org.masthead.apikey.ApiKey.Kind.ADMIN,
                    "upload bench " + System.nanoTime()).printable();
        }
        byte[] picture = Pictures.hugePng(7745, 7745);
        int port;
        try (var socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        String heap = System.getProperty("bench.heap", "256m");
        Process server = BenchServer.serve(dataDir, port, heap);
        try {
            HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();
            URI base = URI.create("http://127.0.0.1:" + port);
            waitForServer(client, base);
            System.out.printf("picture: %,d x %,d PNG of %,d KB; server -Xmx%s, %d uploads at once, home page on %d connections%n",
                    7745, 7745, picture.length / 1024, heap, uploads, READERS);
            homePage(client, base, new AtomicBoolean(), 3, server.pid(), new AtomicLong());
            AtomicLong rss = new AtomicLong(rssMb(server.pid()));
            print("home page alone", homePage(client, base, new AtomicBoolean(), 10, server.pid(), rss));
            System.out.printf("server RSS after it: %,d MB%n", rssMb(server.pid()));
            AtomicBoolean uploading = new AtomicBoolean(true);
            AtomicLong peak = new AtomicLong(rssMb(server.pid()));
            List<String> results = Collections.synchronizedList(new ArrayList<>());
            long started = System.nanoTime();
            Thread sender = Thread.ofPlatform().start(() -> {
                try (var pool = Executors.newVirtualThreadPerTaskExecutor()) {
                    List<Future<?>> sent = new ArrayList<>();
                    for (int i = 0; i < uploads; i++) {
                        int n = i;
                        sent.add(pool.submit(() -> {
                            long t = System.nanoTime();
                            int status = upload(client, base, adminKey, picture, "huge-" + n + ".png");
                            results.add(String.format("%d in %.1f s", status, (System.nanoTime() - t) / 1e9));
                            return null;
                        }));
                    }
                    for (Future<?> f : sent) {
                        f.get();
                    }
                } catch (Exception e) {
                    results.add("failed: " + e);
                } finally {
                    uploading.set(false);
                }
            });
            List<Double> during = homePage(client, base, uploading, 600, server.pid(), peak);
            sender.join();
            print("home page during the uploads", during);
            System.out.printf("uploads: all done in %.1f s; %s%n", (System.nanoTime() - started) / 1e9, results);
            System.out.printf("server RSS: at most %,d MB during the uploads, %,d MB after%n", peak.get(), rssMb(server.pid()));
        } finally {
            server.destroy();
            server.waitFor();
        }
        System.exit(0);
    }

    /** Home page requests on {@link #READERS} connections until {@code seconds} pass or {@code until} turns false. */
    private static List<Double> homePage(HttpClient client, URI base, AtomicBoolean until, int seconds, long pid, AtomicLong rssPeak)
            throws Exception {
        boolean timed = !until.get();
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        var times = new ConcurrentLinkedQueue<Double>();
        try (var pool = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int c = 0; c < READERS; c++) {
                pool.submit(() -> {
                    while (System.nanoTime() < end && (timed || until.get())) {
                        long t = System.nanoTime();
                        var response = client.send(HttpRequest.newBuilder(base.resolve("/")).build(), HttpResponse.BodyHandlers.ofByteArray());
                        if (response.statusCode() != 200) {
                            throw new IllegalStateException("home page answered " + response.statusCode());
                        }
                        times.add((System.nanoTime() - t) / 1e6);
                    }
                    return null;
                });
            }
            pool.submit(() -> {
                while (System.nanoTime() < end && (timed || until.get())) {
                    rssPeak.accumulateAndGet(rssMb(pid), Math::max);
                    Thread.sleep(100);
                }
                return null;
            });
        }
        return new ArrayList<>(times);
    }

    private static int upload(HttpClient client, URI base, String key, byte[] picture, String name) throws Exception {
        String boundary = "----masthead" + System.nanoTime();
        var body = new ByteArrayOutputStream();
        body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + name
                + "\"\r\nContent-Type: image/png\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.write(picture);
        body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return client.send(HttpRequest.newBuilder(base.resolve("/ghost/api/admin/images/upload/"))
                .header("Authorization", "Ghost " + adminToken(key)).header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build(), HttpResponse.BodyHandlers.discarding())
                .statusCode();
    }

    private static void print(String label, List<Double> ms) {
        Collections.sort(ms);
        System.out.printf("%-30s %,6d requests  p50 %7.1f ms  p99 %7.1f ms  max %7.1f ms%n", label, ms.size(), at(ms, 0.50), at(ms, 0.99),
                ms.getLast());
    }

    private static double at(List<Double> sorted, double percentile) {
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(percentile * sorted.size()) - 1));
    }
}
