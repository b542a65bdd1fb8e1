package org.masthead.bench;

import static org.masthead.bench.BenchServer.rssMb;
import static org.masthead.bench.BenchServer.waitForServer;

import java.net.ServerSocket;
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
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.masthead.platform.Config;
import org.masthead.boot.Masthead;

/**
 * The search benchmark: a generated archive (100,000 articles by default), the time to build its index,
 * then 1,000 fixed queries (single words, names, phrases, misspellings) against the search page of a
 * Masthead server started from the jar, over HTTP: one connection (a Java client, query by query), then eight at
 * once (wrk). Prints percentiles.
 * Run with {@code bench/search [articles] [data-dir]}; a data directory already generated is reused, with its index
 * (MASTHEAD_BENCH_REINDEX=true builds the index again and times it).
 */
public final class SearchBench {
    private static final long SEED = 42;

    public static void main(String[] args) throws Exception {
        int articles = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        Path dataDir = args.length > 1 ? Path.of(args[1]) : Files.createTempDirectory("masthead-search-bench");
        Path made = dataDir.resolve("bench-archive-" + articles);
        if (!Files.exists(made)) {
            try (Masthead magazine = Masthead.open(Config.load(dataDir, Map.of(), Config.Overrides.none()))) {
                long started = System.nanoTime();
                var archive = new ArchiveGenerator(SEED).fill(magazine.database(), 2000, articles, 20, LocalDate.of(2026, 11, 20));
                System.out.printf("generated %,d articles by %,d authors in %,d editions in %.1f s%n", archive.articles(),
                        archive.authors(), archive.editions(), seconds(started));
            }
            Files.writeString(made, "");
        }
        Path indexed = dataDir.resolve("bench-index-" + articles);
        if (!Files.exists(indexed) || Boolean.getBoolean("bench.reindex")) {
            try (Masthead magazine = Masthead.open(Config.load(dataDir, Map.of(), Config.Overrides.none()))) {
                long started = System.nanoTime();
                long count = magazine.search().rebuild(done -> { });
                double took = seconds(started);
                System.out.printf("index build: %,d published articles in %.1f s (%,.0f articles/s), %,d MB on disk%n", count, took,
                        count / took, size(dataDir.resolve("search")) >> 20);
            }
            Files.writeString(indexed, "");
        } else {
            System.out.printf("index of the earlier run reused (-Dbench.reindex=true builds it again), %,d MB on disk%n",
                    size(dataDir.resolve("search")) >> 20);
        }
        int port;
        try (var socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        Process server = BenchServer.serve(dataDir, port, System.getProperty("bench.heap", "256m"));
        try {
            HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();
            URI base = URI.create("http://127.0.0.1:" + port);
            long started = System.nanoTime();
            waitForServer(client, base);
            System.out.printf("server: first page served %.2f s after start%n", seconds(started));
            // The server keeps the answers it gave until the index changes: the warm-up and each measured pass ask
            // queries of their own, so what is measured is searching (but for the words the sets share by chance,
            // as readers' searches do), and a last pass asks the first pass's queries again: answers kept.
            run(client, base, flatten(queries(new Corpus(SEED), new Random(99))), 2);
            List<String[]> all = flatten(queries(new Corpus(SEED), new Random(7)));
            System.out.printf("%-32s %8s %8s %8s %8s %10s%n", "search page, " + all.size() + " queries", "p50 ms", "p95 ms",
                    "p99 ms", "max ms", "hits>0");
            Map<String, List<Double>> byKind = new LinkedHashMap<>();
            List<Double> sequential = new ArrayList<>();
            int[] found = new int[1];
            for (String[] query : all) {
                long t = System.nanoTime();
                String body = get(client, base, query[1]);
                double ms = (System.nanoTime() - t) / 1e6;
                byKind.computeIfAbsent(query[0], k -> new ArrayList<>()).add(ms);
                sequential.add(ms);
                if (body.contains("class=\"search-hit\"")) {
                    found[0]++;
                }
            }
            byKind.forEach((kind, ms) -> print("  " + kind + " (1 connection)", ms, -1));
            print("all (1 connection)", sequential, found[0]);
            List<String[]> eight = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                eight.addAll(flatten(queries(new Corpus(SEED), new Random(11 + i))));
            }
            Collections.shuffle(eight, new Random(3));
            // Eight connections through wrk, as the pages benchmark measures: a Java client would take a share of the
            // two cores the server has to itself in production.
            WrkList.Result concurrent = WrkList.ask(base.toString(), eight.stream().map(q -> WrkList.searchPath(q[1])).toList(), 8, dataDir);
            print("8,000 others (8 connections)", concurrent);
            System.out.printf("8 connections: %,.0f searches/s, %d errors; server %s%n", concurrent.perSecond(), concurrent.errors(),
                    BenchServer.memory(server.pid()));
            List<String[]> again = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                again.addAll(all);
            }
            Collections.shuffle(again, new Random(5));
            WrkList.Result kept = WrkList.ask(base.toString(), again.stream().map(q -> WrkList.searchPath(q[1])).toList(), 8, dataDir);
            print("asked again (8 connections)", kept);
            System.out.printf("asked again: %,.0f searches/s, %d errors%n", kept.perSecond(), kept.errors());
        } finally {
            server.destroy();
            server.waitFor();
        }
        System.exit(0);
    }

    private static List<String[]> flatten(Map<String, List<String>> queries) {
        List<String[]> all = new ArrayList<>();
        queries.forEach((kind, list) -> list.forEach(q -> all.add(new String[] {kind, q})));
        return all;
    }

    /** 400 single words, 200 names (authors, people, places), 200 phrases in quotes, 200 misspelt words and names. */
    static Map<String, List<String>> queries(Corpus corpus, Random random) {
        Map<String, List<String>> queries = new LinkedHashMap<>();
        List<String> words = new ArrayList<>();
        List<String> names = new ArrayList<>();
        List<String> phrases = new ArrayList<>();
        List<String> misspelt = new ArrayList<>();
        for (int i = 0; i < 400; i++) {
            words.add(corpus.contentWord());
        }
        for (int i = 0; i < 200; i++) {
            names.add(i % 2 == 0 ? corpus.author(random.nextInt(2000)) : i % 4 == 1 ? corpus.person() : corpus.place());
            phrases.add("\"" + corpus.phrase() + "\"");
            String word = i % 2 == 0 ? corpus.place() : corpus.contentWord();
            while (word.length() < 5) {
                word = corpus.contentWord();
            }
            int at = 1 + random.nextInt(word.length() - 2);
            misspelt.add(word.substring(0, at) + (char) ('a' + random.nextInt(26)) + word.substring(at + 1));
        }
        queries.put("single words", words);
        queries.put("names", names);
        queries.put("phrases", phrases);
        queries.put("misspellings", misspelt);
        return queries;
    }

    private static List<Double> run(HttpClient client, URI base, List<String[]> queries, int connections) throws Exception {
        List<Double> latencies = Collections.synchronizedList(new ArrayList<>());
        try (var pool = Executors.newFixedThreadPool(connections)) {
            List<Future<?>> running = new ArrayList<>();
            for (int c = 0; c < connections; c++) {
                int first = c;
                running.add(pool.submit(() -> {
                    for (int i = first; i < queries.size(); i += connections) {
                        long t = System.nanoTime();
                        get(client, base, queries.get(i)[1]);
                        latencies.add((System.nanoTime() - t) / 1e6);
                    }
                    return null;
                }));
            }
            for (Future<?> f : running) {
                f.get();
            }
        }
        return latencies;
    }

    private static String get(HttpClient client, URI base, String query) {
        try {
            var request = HttpRequest.newBuilder(base.resolve("/search?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8))).build();
            HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("search for " + query + " answered " + response.statusCode());
            }
            return response.body();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void print(String label, WrkList.Result result) {
        System.out.printf("%-32s %8.2f %8.2f %8.2f %8.2f %10s%n", label, result.p50(), result.p95(), result.p99(), result.max(),
                result.requests() + " asked");
    }

    private static void print(String label, List<Double> millis, int hits) {
        double[] sorted = millis.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        System.out.printf("%-32s %8.2f %8.2f %8.2f %8.2f %10s%n", label, at(sorted, 0.50), at(sorted, 0.95), at(sorted, 0.99),
                sorted[sorted.length - 1], hits < 0 ? "" : hits + "/" + sorted.length);
    }

    private static double at(double[] sorted, double q) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(q * sorted.length) - 1)];
    }

    private static long size(Path folder) throws Exception {
        try (var files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
        }
    }

    private static double seconds(long startedNanos) {
        return (System.nanoTime() - startedNanos) / 1e9;
    }

}
