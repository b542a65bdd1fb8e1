package org.masthead.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Ghost's own npm clients, installed once from {@code src/test/node/} (its package.json and package-lock.json,
 * exact versions) into {@code target/ghost-clients/} with {@code npm ci}, and the test scripts beside them. An
 * installation is kept while the lock file it came from is unchanged.
 */
public final class NodeClients {
    private static final Path SOURCE = Path.of("src", "test", "node");
    private static final Path HOME = Path.of("target", "ghost-clients");
    private static final String STAMP = ".installed-from-lock";

    private NodeClients() {}

    /** The directory the scripts run in, with the clients installed. */
    public static synchronized Path install() {
        try {
            Files.createDirectories(HOME);
            try (var files = Files.list(SOURCE)) {
                for (Path file : files.filter(Files::isRegularFile).toList()) {
                    Files.copy(file, HOME.resolve(file.getFileName()), StandardCopyOption.REPLACE_EXISTING);
                }
            }
            String lock = Files.readString(SOURCE.resolve("package-lock.json"));
            Path stamp = HOME.resolve("node_modules").resolve(STAMP);
            if (!Files.exists(stamp) || !Files.readString(stamp).equals(lock)) {
                String output = run(List.of("npm", "ci", "--no-audit", "--no-fund", "--loglevel=error"), Map.of(), 300);
                if (!Files.isDirectory(HOME.resolve("node_modules/@tryghost/content-api"))) {
                    throw new IllegalStateException("npm ci did not install the Ghost clients:\n" + output);
                }
                Files.writeString(stamp, lock);
            }
            return HOME;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Runs {@code node script args...} in the clients' directory and returns what it printed; fails with its errors. */
    /**
     * What the scripts are told: the site's address, and a content key and an admin key made for them on the
     * site's magazine.
     */
    public static Map<String, String> environment(SiteExtension site) {
        var keys = site.magazine().apiKeys();
        var actor = org.masthead.common.Actor.system("test");
        return Map.of("MASTHEAD_URL", site.http().base().toString().replaceFirst("/$", ""),
                "CONTENT_KEY", keys.create(actor, org.masthead.apikey.ApiKey.Kind.CONTENT, "Reader site").printable(),
                "ADMIN_KEY", keys.create(actor, org.masthead.apikey.ApiKey.Kind.ADMIN, "Publishing robot").printable());
    }

    /** A JSON array the scripts printed, as strings; a pair [name, value] reads "name=value". */
    public static List<String> strings(tools.jackson.databind.JsonNode array) {
        List<String> values = new java.util.ArrayList<>();
        array.forEach(v -> values.add(v.isArray() ? v.get(0).asString() + "=" + v.get(1).asString() : v.asString()));
        return values;
    }

    public static String node(String script, Map<String, String> env, String... args) {
        install();
        List<String> command = new ArrayList<>(List.of("node", script));
        command.addAll(List.of(args));
        return run(command, env, 120);
    }

    private static String run(List<String> command, Map<String, String> env, int seconds) {
        try {
            Path err = Files.createTempFile("node", ".err");
            Path out = Files.createTempFile("node", ".out");
            // Both to files, so that waiting is bounded even when the process hangs with its pipes open.
            var builder = new ProcessBuilder(command).directory(HOME.toFile()).redirectError(err.toFile()).redirectOutput(out.toFile());
            builder.environment().putAll(env);
            Process process;
            try {
                process = builder.start();
            } catch (IOException e) {
                throw new IllegalStateException("the Ghost client tests need node and npm on the PATH (" + command.getFirst() + ")", e);
            }
            if (!process.waitFor(seconds, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException(String.join(" ", command) + " did not finish in " + seconds + " s");
            }
            String errors = Files.readString(err);
            String printed = Files.readString(out, StandardCharsets.UTF_8);
            Files.delete(err);
            Files.delete(out);
            if (process.exitValue() != 0) {
                throw new IllegalStateException(String.join(" ", command) + " failed (" + process.exitValue() + "):\n" + errors + printed);
            }
            return printed;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
