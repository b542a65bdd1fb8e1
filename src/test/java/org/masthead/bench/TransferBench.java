package org.masthead.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.masthead.importer.ImportOutcome;
import org.masthead.importer.ImportProgress;
import org.masthead.platform.Config;
import org.masthead.platform.Database;
import org.masthead.boot.Masthead;
import org.masthead.support.TestPostgres;
import org.masthead.transfer.MagazineExport;

/**
 * Export and restore of a generated archive (100,000 articles by default): how long the export takes and how
 * large it is, how long the restore into an empty magazine takes, and a second restore of the same archive,
 * which finds every row unchanged. Run it with a small heap to see that neither holds the archive in memory.
 */
public final class TransferBench {
    public static void main(String[] args) throws Exception {
        Database.Kind from = args.length > 0 ? Database.Kind.valueOf(args[0].toUpperCase()) : Database.Kind.SQLITE;
        Database.Kind to = args.length > 1 ? Database.Kind.valueOf(args[1].toUpperCase()) : Database.Kind.SQLITE;
        int articles = args.length > 2 ? Integer.parseInt(args[2]) : 100_000;
        Path work = Files.createTempDirectory("masthead-transfer-bench");
        try {
            Path archive = work.resolve("magazine.zip");
            try (Masthead source = open(from, work.resolve("source"))) {
                long started = System.nanoTime();
                var generated = new ArchiveGenerator(42).fill(source.database(), 2000, articles, 20, LocalDate.of(2026, 11, 20));
                System.out.printf("%s: generated %,d articles by %,d authors in %,d editions in %.1f s%n", from,
                        generated.articles(), generated.authors(), generated.editions(), seconds(started));
                started = System.nanoTime();
                var summary = source.export().export(archive, false, MagazineExport.Progress.NONE);
                System.out.printf("export: %.1f s, %,d bytes (%,d rows)%n", seconds(started), summary.bytes(),
                        summary.rows().values().stream().mapToLong(Long::longValue).sum());
            }
            try (Masthead target = open(to, work.resolve("target"))) {
                long started = System.nanoTime();
                ImportOutcome first = target.imports().restore(archive, ImportProgress.NONE);
                System.out.printf("restore into an empty %s magazine: %.1f s (%s)%n", to, seconds(started), first.lines().getFirst());
                started = System.nanoTime();
                ImportOutcome again = target.imports().restore(archive, ImportProgress.NONE);
                System.out.printf("restore again: %.1f s (%s)%n", seconds(started), again.lines().getFirst());
            }
            Runtime runtime = Runtime.getRuntime();
            System.out.printf("heap: at most %,d MB allowed%n", runtime.maxMemory() / (1024 * 1024));
        } finally {
            try (var files = Files.walk(work)) {
                List<Path> all = new ArrayList<>(files.toList());
                all.sort((a, b) -> b.getNameCount() - a.getNameCount());
                for (Path path : all) {
                    Files.deleteIfExists(path);
                }
            }
        }
        System.exit(0);
    }

    private static Masthead open(Database.Kind kind, Path dataDir) {
        Map<String, String> env = kind == Database.Kind.POSTGRESQL
                ? Map.of("MASTHEAD_DATABASE_URL", TestPostgres.newDatabaseUrl()) : Map.of();
        return Masthead.open(Config.load(dataDir, env, Config.Overrides.none()));
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }
}
