package org.masthead.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.masthead.common.Actor;
import org.masthead.common.Role;
import org.masthead.article.ArticleFilter;
import org.masthead.article.ArticleStatus;
import org.masthead.markup.Markup;
import org.masthead.platform.Config;
import org.masthead.platform.Database;
import org.masthead.boot.Masthead;
import org.masthead.support.TestPostgres;

/**
 * The newsroom's own speed: the editors' article list on an archive of 100,000 articles, with each filter,
 * and the live preview of a 10,000-word piece. Prints percentiles; run with {@code bench/newsroom}.
 */
public final class NewsroomBench {
    private static final int RUNS = 200;

    public static void main(String[] args) throws Exception {
        Database.Kind kind = args.length > 0 ? Database.Kind.valueOf(args[0].toUpperCase()) : Database.Kind.SQLITE;
        int articles = args.length > 1 ? Integer.parseInt(args[1]) : 100_000;
        Path dataDir = Files.createTempDirectory("masthead-bench");
        Map<String, String> env = kind == Database.Kind.POSTGRESQL
                ? Map.of("MASTHEAD_DATABASE_URL", TestPostgres.newDatabaseUrl()) : Map.of();
        try (Masthead magazine = Masthead.open(Config.load(dataDir, env, Config.Overrides.none()))) {
            long started = System.nanoTime();
            var archive = new ArchiveGenerator(42).fill(magazine.database(), 2000, articles, 20, LocalDate.of(2026, 11, 20));
            System.out.printf("%s: generated %,d articles by %,d authors in %,d editions in %.1f s%n", kind, archive.articles(),
                    archive.authors(), archive.editions(), (System.nanoTime() - started) / 1e9);
            Actor editor = new Actor(1L, "Bench Editor", Role.EDITOR, null, "");
            long edition = magazine.editions().findContaining(LocalDate.of(2016, 3, 8)).orElseThrow().id();
            Map<String, Supplier<Object>> cases = new LinkedHashMap<>();
            cases.put("all, newest first", () -> list(magazine, editor, ArticleFilter.all(), 1));
            cases.put("status = submitted", () -> list(magazine, editor, new ArticleFilter(ArticleStatus.SUBMITTED, null, null, null, null, null), 1));
            cases.put("by a prolific author", () -> list(magazine, editor, new ArticleFilter(null, archive.firstAuthorId(), null, null, null, null), 1));
            cases.put("by a rare author", () -> list(magazine, editor, new ArticleFilter(null, archive.firstAuthorId() + 1500, null, null, null, null), 1));
            cases.put("one edition", () -> list(magazine, editor, new ArticleFilter(null, null, edition, null, null, null), 1));
            cases.put("published in one month", () -> list(magazine, editor,
                    new ArticleFilter(null, null, null, LocalDate.of(2012, 5, 1), LocalDate.of(2012, 5, 31), null), 1));
            cases.put("words of the title", () -> list(magazine, editor, new ArticleFilter(null, null, null, null, null, "budget"), 1));
            var deep = farPage(magazine, editor, 1000);
            cases.put("page 1,000 of all", () -> magazine.lists().list(editor, ArticleFilter.all(), deep, 50));
            String longPiece = new ArchiveGenerator(7).body(10_000);
            cases.put("preview of 10,000 words", () -> Markup.markdownBody(longPiece));
            System.out.printf("%-26s %9s %9s %9s%n", "operation (" + RUNS + " runs)", "p50 ms", "p95 ms", "p99 ms");
            for (var entry : cases.entrySet()) {
                for (int i = 0; i < 20; i++) {
                    entry.getValue().get();
                }
                double[] millis = new double[RUNS];
                for (int i = 0; i < RUNS; i++) {
                    long t = System.nanoTime();
                    entry.getValue().get();
                    millis[i] = (System.nanoTime() - t) / 1e6;
                }
                Arrays.sort(millis);
                System.out.printf("%-26s %9.2f %9.2f %9.2f%n", entry.getKey(), millis[RUNS / 2], millis[RUNS * 95 / 100],
                        millis[RUNS * 99 / 100]);
            }
        } finally {
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

    private static Object list(Masthead magazine, Actor editor, ArticleFilter filter, int page) {
        return magazine.lists().list(editor, filter, null, 50);
    }

    /** Where the given page of the whole list starts, reached as an editor would, page after page. */
    private static org.masthead.article.ListPage.Cursor farPage(Masthead magazine, Actor editor, int page) {
        org.masthead.article.ListPage.Cursor cursor = null;
        for (int i = 1; i < page; i++) {
            cursor = magazine.lists().list(editor, ArticleFilter.all(), cursor, 50).next();
        }
        return cursor;
    }
}
