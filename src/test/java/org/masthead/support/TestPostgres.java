package org.masthead.support;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One real PostgreSQL server for the whole test run, started from the binaries zonky ships (no system
 * install), with a fresh database for each test that asks. PostgreSQL refuses to run as root; when the
 * tests run as root (CI containers, this machine), its two entry programs are wrapped to drop to the
 * unprivileged user "nobody" first.
 */
public final class TestPostgres {
    private static final AtomicInteger DATABASES = new AtomicInteger();
    private static EmbeddedPostgres server;

    private TestPostgres() {}

    /** A JDBC URL of a new, empty database. */
    public static synchronized String newDatabaseUrl() {
        EmbeddedPostgres pg = server();
        String name = "masthead_test_" + DATABASES.incrementAndGet();
        try (Connection c = pg.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create test database " + name, e);
        }
        return pg.getJdbcUrl("postgres", name);
    }

    private static EmbeddedPostgres server() {
        if (server == null) {
            server = start();
        }
        return server;
    }

    private static EmbeddedPostgres start() {
        return start(builder -> builder.setDataDirectory(newDataDirectory()).setCleanDataDirectory(true));
    }

    /** A server from zonky's binaries, set up by {@code settings} (data directory, port, server settings). */
    static EmbeddedPostgres start(java.util.function.UnaryOperator<EmbeddedPostgres.Builder> settings) {
        File binaries = new File(System.getProperty("java.io.tmpdir"), "masthead-embedded-pg");
        if (!runningAsRoot()) {
            return startWith(binaries, settings);
        }
        try {
            // The first start unpacks the binaries; as root, initdb then refuses to run.
            return startWith(binaries, settings);
        } catch (RuntimeException refusedAsRoot) {
            wrapForRoot(binaries);
            return startWith(binaries, settings);
        }
    }

    /** An empty directory anyone may write to (as root, the server runs as "nobody"). */
    static File newDataDirectory() {
        try {
            File data = Files.createTempDirectory("masthead-pg-data").toFile();
            data.setReadable(true, false);
            data.setWritable(true, false);
            data.setExecutable(true, false);
            return data;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot make a data directory for the test PostgreSQL", e);
        }
    }

    private static EmbeddedPostgres startWith(File binaries, java.util.function.UnaryOperator<EmbeddedPostgres.Builder> settings) {
        try {
            return settings.apply(EmbeddedPostgres.builder().setOverrideWorkingDirectory(binaries)).start();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the test PostgreSQL", e);
        }
    }

    private static boolean runningAsRoot() {
        return "root".equals(System.getProperty("user.name"));
    }

    /** Replaces bin/initdb and bin/pg_ctl with scripts that run the real programs as "nobody". */
    private static void wrapForRoot(File binaries) {
        try (var dirs = Files.list(binaries.toPath())) {
            for (Path dir : dirs.filter(d -> d.getFileName().toString().startsWith("PG-")).toList()) {
                // Unpacked as root, the programs are executable by root alone.
                try (var programs = Files.list(dir.resolve("bin"))) {
                    for (Path program : programs.toList()) {
                        Files.setPosixFilePermissions(program, PosixFilePermissions.fromString("rwxr-xr-x"));
                    }
                }
                for (String program : new String[] {"initdb", "pg_ctl"}) {
                    Path bin = dir.resolve("bin").resolve(program);
                    Path real = dir.resolve("bin").resolve(program + ".real");
                    if (Files.exists(real)) {
                        continue;
                    }
                    Files.move(bin, real);
                    Files.writeString(bin, """
                            #!/bin/sh
                            # Written by the Masthead tests: PostgreSQL will not run as root.
                            prev=""
                            for arg in "$@"; do
                              if [ "$prev" = "-D" ]; then chown -R nobody "$arg"; fi
                              prev="$arg"
                            done
                            exec setpriv --reuid=nobody --regid=nogroup --clear-groups "$0.real" "$@"
                            """);
                    Files.setPosixFilePermissions(bin, PosixFilePermissions.fromString("rwxr-xr-x"));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot prepare PostgreSQL to run as nobody", e);
        }
    }
}
