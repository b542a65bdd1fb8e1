package org.masthead.support;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A Masthead server run as a process of its own ({@code masthead serve}, from the tests' classpath), so that a test can
 * kill it outright: {@link #kill} is SIGKILL, no shutdown hook runs, and its PostgreSQL connections vanish with whatever
 * they held. It reads the real clock, as a server in production does. Its output goes to
 * {@code target/forked-servers/NAME.log}, for when a test fails. Close it when done: it is killed if still running, and
 * its data directory goes.
 */
public final class ForkedServer implements AutoCloseable {
    private static final Duration STARTING = Duration.ofSeconds(60);
    private final Process process;
    private final Path dataDir;
    private final Path log;
    private final URI base;

    private ForkedServer(Process process, Path dataDir, Path log, URI base) {
        this.process = process;
        this.dataDir = dataDir;
        this.log = log;
        this.base = base;
    }

    /**
     * Starts a server of the magazine in this database ({@code MASTHEAD_DATABASE_URL}), with these further settings, and
     * returns once it answers HTTP.
     */
    public static ForkedServer start(String name, String databaseUrl, Map<String, String> settings) {
        Path dataDir = RunningSite.tempDir();
        int port = freePort();
        Path log = Path.of("target", "forked-servers", name + ".log").toAbsolutePath();
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"),
                // The tests' logback-test.xml says only warnings; a server's own says what it does, which a failure needs.
                "-Dlogback.configurationFile=" + ForkedServer.class.getClassLoader().getResource("logback.xml"),
                // Starts quicker; the server does too little here for the better compilers to matter.
                "-XX:TieredStopAtLevel=1",
                "org.masthead.cli.Main", "serve", "--data", dataDir.toString(), "--host", "127.0.0.1",
                "--port", Integer.toString(port), "--no-demo"));
        var builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().putAll(settings);
        builder.environment().put("MASTHEAD_DATABASE_URL", databaseUrl);
        try {
            Files.createDirectories(log.getParent());
            builder.redirectOutput(log.toFile());
            var server = new ForkedServer(builder.start(), dataDir, log, URI.create("http://127.0.0.1:" + port + "/"));
            try {
                server.awaitAnswering();
            } catch (RuntimeException e) {
                server.close();
                throw e;
            }
            return server;
        } catch (IOException e) {
            RunningSite.deleteAll(dataDir);
            throw new UncheckedIOException("cannot start a forked server", e);
        }
    }

    private void awaitAnswering() {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
        await().atMost(STARTING).pollInterval(Duration.ofMillis(200))
                .ignoreExceptionsInstanceOf(IOException.class).until(() -> {
            if (!process.isAlive()) {
                throw new IllegalStateException("the forked server died starting; see " + log + ":\n" + output());
            }
            return client.send(HttpRequest.newBuilder(base).timeout(Duration.ofSeconds(2)).build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode() > 0;
        });
    }

    /** A port nobody listens on now (taken back at once: another process could take it first, but rarely does). */
    private static int freePort() {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public URI base() {
        return base;
    }

    /** What the server has written so far. */
    public String output() {
        try {
            return Files.readString(log);
        } catch (IOException e) {
            return "(no output: " + e.getMessage() + ")";
        }
    }

    /** Kills the server outright (SIGKILL) and returns once the process is gone. */
    public void kill() {
        process.destroyForcibly();
        try {
            process.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted waiting for the forked server to die", e);
        }
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    @Override
    public void close() {
        kill();
        RunningSite.deleteAll(dataDir);
    }
}
