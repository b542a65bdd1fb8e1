package org.masthead.bench;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.masthead.platform.Config;
import org.masthead.platform.Database;
import org.masthead.boot.Masthead;
import org.masthead.support.Http;
import org.masthead.support.TestPostgres;

/**
 * Feeds, sitemaps and our API over HTTP on a generated archive (100,000 articles by default): each address asked
 * repeatedly, as p50/p95/p99. Usage: bench/feeds [sqlite|postgresql] [articles] [data-dir]; an archive already
 * generated in the data directory (SQLite) is reused, and kept.
 */
public final class FeedBench {
    private static final int RUNS = 30;

    public static void main(String[] args) throws Exception {
        Database.Kind kind = args.length > 0 ? Database.Kind.valueOf(args[0].toUpperCase()) : Database.Kind.SQLITE;
        int articles = args.length > 1 ? Integer.parseInt(args[1]) : 100_000;
        boolean kept = args.length > 2;
        Path dataDir = kept ? Path.of(args[2]) : Files.createTempDirectory("masthead-bench");
        boolean generated = kept && Files.exists(dataDir.resolve(Database.SQLITE_FILE)) && kind == Database.Kind.SQLITE;
        Map<String, String> env = kind == Database.Kind.POSTGRESQL
                ? Map.of("MASTHEAD_DATABASE_URL", TestPostgres.newDatabaseUrl()) : Map.of();
        try (Masthead magazine = Masthead.open(Config.load(dataDir, env, new Config.Overrides("127.0.0.1", 0)))) {
            if (!generated) {
                long started = System.nanoTime();
                var archive = new ArchiveGenerator(42).fill(magazine.database(), 2000, articles, 20, LocalDate.of(2026, 11, 20));
                System.out.printf("%s: generated %,d articles by %,d authors in %,d editions in %.1f s%n", kind, archive.articles(),
                        archive.authors(), archive.editions(), (System.nanoTime() - started) / 1e9);
            }
            Http http = new Http(URI.create("http://127.0.0.1:" + magazine.serve() + "/"));
            String author = http.get("/sitemap-authors.xml").body().replaceFirst("(?s).*?<loc>[^<]*(/author/[^<]*)</loc>.*", "$1");
            String topic = http.get("/sitemap-topics.xml").body().replaceFirst("(?s).*?<loc>[^<]*(/topic/[^<]*)</loc>.*", "$1");
            List<String> paths = List.of("/", "/edition/2026-11-20/", author, "/feed/", "/feed/atom/", "/feed.json", author + "feed/", topic + "feed/",
                    "/edition/2026-11-20/feed/", "/sitemap.xml", "/sitemap-articles-2016-05.xml", "/sitemap-authors.xml",
                    "/sitemap-topics.xml", "/sitemap-editions.xml", "/sitemap-pages.xml", "/sitemap-news.xml",
                    "/api/editions/", "/api/editions/?page=50", "/api/editions/2026-11-20/", "/api/authors/" + author.substring("/author/".length()), "/api/articles/1/");
            System.out.printf("%-40s %6s %9s %9s %9s%n", "address (" + RUNS + " runs)", "status", "p50 ms", "p95 ms", "p99 ms");
            for (String path : paths) {
                int status = 0;
                for (int i = 0; i < 3; i++) {
                    status = http.get(path).status();
                }
                double[] millis = new double[RUNS];
                for (int i = 0; i < RUNS; i++) {
                    long t = System.nanoTime();
                    http.get(path);
                    millis[i] = (System.nanoTime() - t) / 1e6;
                }
                Arrays.sort(millis);
                System.out.printf("%-40s %6d %9.2f %9.2f %9.2f%n", path, status, millis[RUNS / 2], millis[RUNS * 95 / 100],
                        millis[RUNS * 99 / 100]);
            }
        } finally {
            if (kept) {
                System.exit(0);
            }
            try (var files = Files.walk(dataDir)) {
                List<Path> all = new ArrayList<>(files.toList());
                all.sort((a, b) -> b.getNameCount() - a.getNameCount());
                for (Path path : all) {
                    Files.deleteIfExists(path);
                }
            }
        }
        System.exit(0);
    }
}
