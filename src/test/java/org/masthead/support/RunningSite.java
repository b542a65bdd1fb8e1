package org.masthead.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.masthead.platform.Database;
import org.masthead.boot.Masthead;

/**
 * A real Masthead serving HTTP on a random port, over a real database in a temporary data directory.
 * Close it when done; the data directory goes with it.
 */
public final class RunningSite implements AutoCloseable {
    private final Masthead magazine;
    private final Path dataDir;
    private final Http http;

    private RunningSite(Masthead magazine, Path dataDir) {
        this.magazine = magazine;
        this.dataDir = dataDir;
        int port = magazine.serve();
        this.http = new Http(URI.create("http://localhost:" + port + "/"));
    }

    /** An empty magazine, served. */
    public static RunningSite empty(Database.Kind kind) {
        Path dataDir = tempDir();
        return new RunningSite(Magazines.open(kind, dataDir), dataDir);
    }

    /** An empty magazine whose every service reads the time from the given clock, served. */
    public static RunningSite empty(Database.Kind kind, java.time.Clock clock) {
        Path dataDir = tempDir();
        return new RunningSite(Magazines.open(kind, dataDir, clock), dataDir);
    }

    /** A magazine holding the reference page, imported as the README shows, then served. */
    public static RunningSite withReferencePage() {
        return withReferencePage(Database.Kind.SQLITE);
    }

    /** The reference page, imported into a magazine on SQLite or PostgreSQL, then served. */
    public static RunningSite withReferencePage(Database.Kind kind) {
        return withReferencePage(kind, dataDir -> { });
    }

    /** As {@link #withReferencePage(Database.Kind)}, from a data directory that {@code prepare} fills first (a config file). */
    public static RunningSite withReferencePage(Database.Kind kind, java.util.function.Consumer<Path> prepare) {
        Path dataDir = tempDir();
        prepare.accept(dataDir);
        Masthead magazine = Magazines.open(kind, dataDir);
        magazine.imports().importFile(ReferencePage.path(), LocalDate.parse(ReferencePage.PUBLISHED));
        return new RunningSite(magazine, dataDir);
    }

    /**
     * An empty magazine served from a data directory that {@code prepare} fills first (a theme, say). When
     * the server refuses to start, everything is closed and removed, and the refusal is thrown.
     */
    public static RunningSite withDataDir(Database.Kind kind, java.util.function.Consumer<Path> prepare) {
        return withDataDir(kind, java.time.Clock.systemUTC(), prepare);
    }

    /** As {@link #withDataDir(Database.Kind, java.util.function.Consumer)}, every service reading the given clock. */
    public static RunningSite withDataDir(Database.Kind kind, java.time.Clock clock, java.util.function.Consumer<Path> prepare) {
        Path dataDir = tempDir();
        prepare.accept(dataDir);
        Masthead magazine = Magazines.open(kind, dataDir, clock);
        try {
            return new RunningSite(magazine, dataDir);
        } catch (RuntimeException refused) {
            magazine.close();
            deleteAll(dataDir);
            throw refused;
        }
    }

    /** A new magazine with the demo content, as the README's run command starts it. */
    public static RunningSite withDemo() {
        Path dataDir = tempDir();
        Masthead magazine = Magazines.open(Database.Kind.SQLITE, dataDir);
        magazine.seedDemoOnFirstServe(true);
        return new RunningSite(magazine, dataDir);
    }

    public Http http() {
        return http;
    }

    public Masthead magazine() {
        return magazine;
    }

    @Override
    public void close() {
        magazine.close();
        deleteAll(dataDir);
    }

    static void deleteAll(Path dataDir) {
        try (var files = Files.walk(dataDir)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Path tempDir() {
        try {
            return Files.createTempDirectory("masthead-site");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
