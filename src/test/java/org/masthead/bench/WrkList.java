package org.masthead.bench;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * wrk (from Debian) asking a list of addresses in order, each of its two threads every other one, each once:
 * each thread stops when it has asked its half, and the benchmark stops wrk once both have, so no address is asked
 * twice by chance. wrk is the yardstick the other
 * benchmarks use, and in C it leaves the server the machine's cores that a Java client shares with it.
 */
final class WrkList {
    private static final String SCRIPT = """
            local paths = {}
            for line in io.lines(os.getenv("MASTHEAD_WRK_LIST")) do paths[#paths + 1] = line end
            local made = 0
            function setup(thread) made = made + 1; thread:set("first", made) end
            function init(args) at = first - 2; asked = 0; answered = 0 end
            function request()
              at = at + 2
              if at > #paths then at = first end
              asked = asked + 1
              return wrk.format("GET", paths[at])
            end
            function response(status, headers, body)
              answered = answered + 1
              if answered * 2 >= #paths and not told then
                told = true
                -- Says so to the benchmark, which stops wrk once both threads have (wrk would sleep out its duration).
                io.open(os.getenv("MASTHEAD_WRK_LIST") .. ".done." .. first, "w"):close()
                wrk.thread:stop()
              end
            end
            function done(summary, latency, requests)
              io.write(string.format("RESULT %d %d %d %.3f %.3f %.3f %.3f\\n", summary.requests,
                summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout, summary.errors.status,
                latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000, latency.max / 1000))
            end
            """;
    private static final Pattern RESULT = Pattern.compile("RESULT (\\d+) (\\d+) (\\d+) ([\\d.]+) ([\\d.]+) ([\\d.]+) ([\\d.]+)");

    /** What wrk measured: requests, errors (socket and non-2xx), latency percentiles in ms, and requests/s. */
    record Result(long requests, long errors, double p50, double p95, double p99, double max, double perSecond) {}

    private WrkList() {}

    /** Asks each of {@code paths} (each starting with /) of the server at {@code base}, once, over {@code connections}. */
    static Result ask(String base, List<String> paths, int connections, Path scratch) throws Exception {
        Path list = scratch.resolve("wrk-list.txt");
        Path script = scratch.resolve("wrk-list.lua");
        Files.write(list, paths);
        Files.writeString(script, SCRIPT);
        for (int thread = 1; thread <= 2; thread++) {
            Files.deleteIfExists(done(list, thread));
        }
        // Long enough for any list: wrk is stopped once both threads have said they are through.
        var builder = new ProcessBuilder("wrk", "-t2", "-c" + connections, "-d600s", "-s", script.toString(), base)
                .redirectErrorStream(true);
        builder.environment().put("MASTHEAD_WRK_LIST", list.toString());
        long started = System.nanoTime();
        Process wrk = builder.start();
        var output = java.util.concurrent.CompletableFuture.supplyAsync(() -> {
            try {
                return new String(wrk.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        while (wrk.isAlive() && !(Files.exists(done(list, 1)) && Files.exists(done(list, 2)))) {
            Thread.sleep(20);
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        // SIGINT makes wrk print what it measured; its threads have ended, so its main thread takes the signal.
        while (wrk.isAlive()) {
            new ProcessBuilder("kill", "-INT", Long.toString(wrk.pid())).start().waitFor();
            wrk.waitFor(200, java.util.concurrent.TimeUnit.MILLISECONDS);
        }
        String out = output.get();
        Matcher found = RESULT.matcher(out);
        if (!found.find()) {
            throw new IllegalStateException("wrk said: " + out);
        }
        long requests = Long.parseLong(found.group(1));
        return new Result(requests, Long.parseLong(found.group(2)) + Long.parseLong(found.group(3)), Double.parseDouble(found.group(4)),
                Double.parseDouble(found.group(5)), Double.parseDouble(found.group(6)), Double.parseDouble(found.group(7)),
                requests / seconds);
    }

    private static Path done(Path list, int thread) {
        return list.resolveSibling(list.getFileName() + ".done." + thread);
    }

    static String searchPath(String query) {
        return "/search?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8);
    }
}
