package org.masthead.support;

import static org.awaitility.Awaitility.await;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A real PostgreSQL primary and a hot standby streaming from it, for the whole test run, made from zonky's binaries,
 * which have no pg_basebackup: the primary is started once (so initdb makes its data directory) and stopped cleanly,
 * its data directory copied with a {@code standby.signal}, then both are started, the copy following the primary.
 * A database made on the primary ({@link #newDatabase}) appears on the standby.
 */
public final class TestReplica {
    private static final AtomicInteger DATABASES = new AtomicInteger();
    private static EmbeddedPostgres primary;
    private static EmbeddedPostgres standby;

    /** The JDBC URLs of one new database, on the primary and on the standby (where it has already arrived). */
    public record Urls(String primary, String replica) {}

    private TestReplica() {}

    public static synchronized Urls newDatabase() {
        if (primary == null) {
            start();
        }
        String name = "masthead_replicated_" + DATABASES.incrementAndGet();
        execute(primary.getJdbcUrl("postgres", "postgres"), "CREATE DATABASE " + name);
        String replica = standby.getJdbcUrl("postgres", name);
        await().atMost(Duration.ofSeconds(20)).ignoreExceptions().until(() -> {
            try (Connection connection = DriverManager.getConnection(replica)) {
                return connection.isValid(1);
            }
        });
        return new Urls(primary.getJdbcUrl("postgres", name), replica);
    }

    /** Stops replaying what the primary sends (the standby falls behind) until {@link #resumeReplay}. */
    public static void pauseReplay() {
        String url = standby.getJdbcUrl("postgres", "postgres");
        execute(url, "SELECT pg_wal_replay_pause()");
        // Pausing is asked for, not done at once: the standby goes on replaying until it next looks, so a change made
        // meanwhile could still arrive. Wait until it says it is paused, each look writing a record on the primary for
        // it to stop at.
        await().atMost(Duration.ofSeconds(10)).until(() -> {
            execute(primary.getJdbcUrl("postgres", "postgres"), "SELECT txid_current()");
            return "paused".equals(text(url, "SELECT pg_get_wal_replay_pause_state()"));
        });
    }

    /** The standby's replay state and positions, for a test's message. */
    public static String state() {
        String url = standby.getJdbcUrl("postgres", "postgres");
        return text(url, "SELECT pg_get_wal_replay_pause_state() || ' replayed ' || pg_last_wal_replay_lsn() || ' received ' || "
                + "pg_last_wal_receive_lsn() || ' at ' || now()");
    }

    private static String text(String url, String sql) {
        try (Connection c = DriverManager.getConnection(url); var s = c.createStatement(); var rows = s.executeQuery(sql)) {
            return rows.next() ? rows.getString(1) : null;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot run " + sql + " on " + url, e);
        }
    }

    public static void resumeReplay() {
        execute(standby.getJdbcUrl("postgres", "postgres"), "SELECT pg_wal_replay_resume()");
    }

    private static void start() {
        int primaryPort = freePort();
        File primaryData = TestPostgres.newDataDirectory();
        EmbeddedPostgres first = startPrimary(primaryData, primaryPort);
        try {
            first.close();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot stop the primary to copy it", e);
        }
        Path standbyData = copy(primaryData.toPath(), primaryPort);
        primary = startPrimary(primaryData, primaryPort);
        standby = TestPostgres.start(builder -> builder.setDataDirectory(standbyData.toFile()).setCleanDataDirectory(false)
                .setPort(freePort()).setServerConfig("hot_standby", "on"));
        // Both were started on directories kept at stop (the primary's had to outlive its first stop): removed here.
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            for (EmbeddedPostgres server : new EmbeddedPostgres[] {standby, primary}) {
                try {
                    server.close();
                } catch (IOException ignored) {
                    // the run is ending: nothing to do about a server that would not stop
                }
            }
            RunningSite.deleteAll(standbyData);
            RunningSite.deleteAll(primaryData.toPath());
        }));
    }

    private static EmbeddedPostgres startPrimary(File data, int port) {
        return TestPostgres.start(builder -> builder.setDataDirectory(data).setCleanDataDirectory(false).setPort(port)
                .setServerConfig("wal_level", "replica").setServerConfig("max_wal_senders", "5")
                .setServerConfig("wal_keep_size", "64MB"));
    }

    /** The stopped primary's files, as a standby of it: it asks the primary, by TCP, for the WAL that follows. */
    private static Path copy(Path from, int primaryPort) {
        try {
            Path to = TestPostgres.newDataDirectory().toPath();
            try (var files = Files.walk(from)) {
                for (Path file : files.toList()) {
                    Path target = to.resolve(from.relativize(file).toString());
                    if (Files.isDirectory(file)) {
                        Files.createDirectories(target);
                    } else if (!file.getFileName().toString().equals("postmaster.pid")) {
                        Files.copy(file, target, StandardCopyOption.COPY_ATTRIBUTES, StandardCopyOption.REPLACE_EXISTING);
                    }
                }
            }
            Files.setPosixFilePermissions(to, PosixFilePermissions.fromString("rwx------"));
            Files.writeString(to.resolve("standby.signal"), "");
            Files.writeString(to.resolve("postgresql.auto.conf"),
                    "primary_conninfo = 'host=localhost port=" + primaryPort + " user=postgres'\n", java.nio.file.StandardOpenOption.APPEND);
            return to;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot copy the primary's data directory", e);
        }
    }

    private static int freePort() {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void execute(String url, String sql) {
        try (Connection c = DriverManager.getConnection(url); var s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot run " + sql + " on " + url, e);
        }
    }
}
