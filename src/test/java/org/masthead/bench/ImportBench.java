package org.masthead.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.masthead.support.TestPostgres;

/**
 * The import benchmark: a generated WordPress export (10,000 posts by default) imported into a fresh data
 * directory by the jar's own {@code import} command, as a migrating magazine would run it, under
 * {@code /usr/bin/time -v} for the process's peak memory; then the same import again, which must change nothing.
 * Run with {@code bench/import [posts] [sqlite|postgresql] [wordpress|ghost]}: the same magazine as a WordPress
 * export or as a Ghost 5 export.
 */
public final class ImportBench {
    public static void main(String[] args) throws Exception {
        int posts = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        String database = args.length > 1 ? args[1] : "sqlite";
        boolean ghost = args.length > 2 && args[2].equals("ghost");
        Path work = Files.createTempDirectory("masthead-import-bench");
        Path export = work.resolve(ghost ? "export.json" : "export.xml");
        long started = System.nanoTime();
        if (ghost) {
            new GhostExportGenerator(42).write(export, posts);
            System.out.printf("Generated %,d posts: %,d MB of Ghost 5 JSON in %.1f s%n", posts,
                    Files.size(export) / (1024 * 1024), (System.nanoTime() - started) / 1e9);
        } else {
            int attachments = new WxrGenerator(42).write(export, posts);
            System.out.printf("Generated %,d posts and %,d attachments: %,d MB of WXR in %.1f s%n", posts, attachments,
                    Files.size(export) / (1024 * 1024), (System.nanoTime() - started) / 1e9);
        }
        String url = database.equals("postgresql") ? TestPostgres.newDatabaseUrl() : null;
        Run first = run(work.resolve("data"), export, url);
        System.out.printf("First import:  %.1f s (%.1f s of CPU), %,.0f posts/s, peak memory %,d MB (exit %d)%n", first.seconds(),
                first.cpuSeconds(), posts / first.seconds(), first.peakKb() / 1024, first.exit());
        first.report().stream().limit(12).forEach(line -> System.out.println("    " + line));
        Run second = run(work.resolve("data"), export, url);
        System.out.printf("Second import: %.1f s (%.1f s of CPU), %,.0f posts/s, peak memory %,d MB (exit %d)%n", second.seconds(),
                second.cpuSeconds(), posts / second.seconds(), second.peakKb() / 1024, second.exit());
        second.report().stream().limit(3).forEach(line -> System.out.println("    " + line));
        System.exit(0);
    }

    /** {@code cpuSeconds} is user and system time: on a shared machine it says more than the wall clock. */
    record Run(double seconds, double cpuSeconds, long peakKb, int exit, List<String> report) {}

    private static Run run(Path dataDir, Path export, String databaseUrl) throws IOException, InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of("/usr/bin/time", "-v", java, "-Xmx1g", "-jar", "target/masthead.jar",
                "import", "--data", dataDir.toString(), export.toString()));
        var builder = new ProcessBuilder(command).redirectErrorStream(false);
        if (databaseUrl != null) {
            builder.environment().put("MASTHEAD_DATABASE_URL", databaseUrl);
        }
        Path out = Files.createTempFile("import-out", ".txt");
        Path err = Files.createTempFile("import-err", ".txt");
        builder.redirectOutput(out.toFile()).redirectError(err.toFile());
        long started = System.nanoTime();
        int exit = builder.start().waitFor();
        double seconds = (System.nanoTime() - started) / 1e9;
        String usage = Files.readString(err);
        Matcher peak = Pattern.compile("Maximum resident set size \\(kbytes\\): (\\d+)").matcher(usage);
        double cpu = Pattern.compile("(?:User|System) time \\(seconds\\): ([\\d.]+)").matcher(usage).results()
                .mapToDouble(m -> Double.parseDouble(m.group(1))).sum();
        return new Run(seconds, cpu, peak.find() ? Long.parseLong(peak.group(1)) : -1, exit, Files.readAllLines(out));
    }
}
