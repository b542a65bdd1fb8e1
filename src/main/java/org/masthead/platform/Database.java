package org.masthead.platform;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.HandleCallback;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/**
 * The store every feature writes to: SQLite in the data directory by default, PostgreSQL when configured.
 *
 * <p>SQLite allows one writer at a time, so writes go through a pool of exactly one connection (callers queue
 * for it instead of failing with SQLITE_BUSY) while reads use a pool of read-only connections that WAL lets
 * run beside the writer. PostgreSQL uses one pool for both. Stores call {@link #read} and {@link #write};
 * a {@code write} inside another joins its transaction, so a service can make several stores' changes atomic.
 */
public final class Database implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(Database.class);
    public static final String SQLITE_FILE = "masthead.db";

    public enum Kind { SQLITE, POSTGRESQL }

    private final Kind kind;
    private final SqlDialect dialect;
    private final HikariDataSource writerPool;
    private final HikariDataSource readerPool;
    private final Jdbi writer;
    private final Jdbi reader;
    private final ThreadLocal<Handle> transaction = new ThreadLocal<>();
    private final ThreadLocal<List<Runnable>> afterCommit = new ThreadLocal<>();
    private final List<java.util.function.Consumer<Changes>> everyCommit = new java.util.concurrent.CopyOnWriteArrayList<>();
    private final WriteLog writeLog = new WriteLog();

    private final Notices notices;
    /** The streaming replica the public pages may read from; null without one. */
    private final ReplicaReads replica;

    private Database(Kind kind, HikariDataSource writerPool, HikariDataSource readerPool, Notices notices,
            ReplicaReads replica) {
        this.replica = replica;
        this.notices = replica == null ? notices : replica.hearing(notices);
        this.kind = kind;
        this.dialect = SqlDialect.of(kind);
        this.writerPool = writerPool;
        this.readerPool = readerPool;
        this.writer = dialect.configure(Jdbi.create(writerPool));
        this.reader = readerPool == writerPool ? writer : dialect.configure(Jdbi.create(readerPool));
        writer.getConfig(org.jdbi.v3.core.statement.SqlStatements.class).addCustomizer(writeLog);
    }

    /** Opens the configured database and brings its schema up to date. */
    public static Database open(Config config) {
        return config.database().isPostgres() ? openPostgres(config.database()) : openSqlite(config.dataDir());
    }

    public static Database openSqlite(Path dataDir) {
        try {
            Files.createDirectories(dataDir);
        } catch (IOException e) {
            throw new StartupFailure("cannot create the data directory " + dataDir + " (" + e + ")", e);
        }
        String url = "jdbc:sqlite:" + dataDir.resolve(SQLITE_FILE);
        HikariDataSource writers;
        try {
            writers = pool("masthead-sqlite-writer", sqlite(url, false), 1, null);
        } catch (RuntimeException e) {
            throw new StartupFailure("cannot open the SQLite database " + dataDir.resolve(SQLITE_FILE) + ": " + rootMessage(e), e);
        }
        try {
            migrate(writers, Kind.SQLITE);
            refreshStatistics(writers);
            int readers = Math.max(4, Runtime.getRuntime().availableProcessors() * 2);
            HikariDataSource readerPool = pool("masthead-sqlite-reader", sqlite(url, true), readers, "PRAGMA query_only = ON");
            return new Database(Kind.SQLITE, writers, readerPool, Notices.alone(), null);
        } catch (RuntimeException e) {
            writers.close();
            throw e;
        }
    }

    public static Database openPostgres(Config.DatabaseConfig settings) {
        var hikari = new HikariConfig();
        hikari.setPoolName("masthead-postgresql");
        hikari.setJdbcUrl(settings.url().orElseThrow());
        settings.user().ifPresent(hikari::setUsername);
        settings.password().ifPresent(hikari::setPassword);
        hikari.setMaximumPoolSize(16);
        HikariDataSource pool;
        try {
            pool = new HikariDataSource(hikari);
        } catch (RuntimeException e) {
            throw new StartupFailure("cannot connect to " + settings.describe(null) + ": " + rootMessage(e), e);
        }
        try {
            migrate(pool, Kind.POSTGRESQL);
            ReplicaReads replica = settings.replicaUrl().isEmpty() ? null
                    : ReplicaReads.open(settings, pool, SqlDialect.of(Kind.POSTGRESQL));
            return new Database(Kind.POSTGRESQL, pool, pool, new PostgresNotices(pool, settings), replica);
        } catch (RuntimeException e) {
            pool.close();
            throw e;
        }
    }

    /**
     * SQLite plans its queries from statistics it gathers only when asked. Without them it chose, for the home
     * page of a 100,000-article archive, an index that read every published article (1.1 s at the median,
     * against 17 ms with them). {@code PRAGMA optimize} analyses only the tables never analysed or much changed
     * since, so it runs at every opening (after an import, a generated archive, a restart) and costs
     * milliseconds unless there is work to do: about 2 s, once, for 100,000 articles. It reads every row: a
     * sample ({@code analysis_limit}) misjudged how few values the status column has and sent the author page
     * through every published article instead.
     */
    private static void refreshStatistics(DataSource source) {
        try (var connection = source.getConnection(); var statement = connection.createStatement()) {
            statement.execute("PRAGMA optimize = 0x10002");
        } catch (java.sql.SQLException e) {
            // CASE: statistics only make queries faster; a database that cannot gather them still serves.
            LoggerFactory.getLogger(Database.class).warn("SQLite could not refresh its query statistics: {}", e.getMessage());
        }
    }

    private static SQLiteDataSource sqlite(String url, boolean forReading) {
        var config = new SQLiteConfig();
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        config.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL);
        config.enforceForeignKeys(true);
        config.setBusyTimeout(10_000);
        // The first 64 MB of the database mapped into memory and a 16 MB page cache per connection: the hot pages
        // (indexes, the newest articles) cost memory accesses, the rest of a large archive comes from the operating
        // system's file cache, and readers' pages come from the page cache anyway. Mapping 1 GB counted a
        // 100,000-article archive's 1.1 GB in the server's resident memory (1.5 GB RSS; 643 MB with 256 MB mapped);
        // the price is in the newsroom's two heaviest lists (bench/newsroom, 100,000 articles, medians: a prolific
        // author's articles 7 -> 14 ms, a search of titles 8 -> 25 ms; the others unchanged).
        config.setPragma(SQLiteConfig.Pragma.MMAP_SIZE, Long.toString(64L << 20));
        config.setCacheSize(-16_000);
        config.setTempStore(SQLiteConfig.TempStore.MEMORY);
        if (!forReading) {
            // Take the write lock when the transaction starts, so that a second process (an import
            // run while the server is up) waits its turn instead of failing half-way.
            config.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
        }
        var source = new SQLiteDataSource(config);
        source.setUrl(url);
        return source;
    }

    private static HikariDataSource pool(String name, DataSource source, int size, String initSql) {
        var hikari = new HikariConfig();
        hikari.setPoolName(name);
        hikari.setDataSource(source);
        hikari.setMaximumPoolSize(size);
        hikari.setMinimumIdle(1);
        if (initSql != null) {
            hikari.setConnectionInitSql(initSql);
        }
        return new HikariDataSource(hikari);
    }

    /** Applies pending migrations. */
    private static void migrate(DataSource source, Kind kind) {
        MigrateResult result = Flyway.configure()
                .dataSource(source)
                .locations("classpath:db/migration/" + kind.name().toLowerCase())
                .failOnMissingLocations(true)
                .load()
                .migrate();
        if (result.migrationsExecuted > 0) {
            log.info("Database schema migrated to version {} ({} migrations)", result.targetSchemaVersion,
                    result.migrationsExecuted);
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    }

    public Kind kind() {
        return kind;
    }

    /** What differs between the two databases, for the stores' SQL: they never ask {@link #kind()} themselves. */
    public SqlDialect dialect() {
        return dialect;
    }

    /** Messages between the processes serving this magazine (on SQLite, one process: nobody to tell). */
    public Notices notices() {
        return notices;
    }

    /** Runs a query; inside a {@link #write} it sees that transaction's changes. */
    public <T> T read(HandleCallback<T, RuntimeException> work) {
        Handle current = transaction.get();
        if (current != null) {
            return work.withHandle(current);
        }
        return replica == null ? reader.withHandle(work) : replica.read(work, reader);
    }

    /**
     * Runs the rendering of a public page for an anonymous reader: its reads outside a transaction may go to the
     * streaming replica, when one is configured and has replayed every change this server knows of; writes, and
     * reads in a transaction, go to the primary as everywhere else.
     */
    public <T> T publicReads(java.util.concurrent.Callable<T> work) throws Exception {
        return replica == null ? work.call() : replica.publicReads(work);
    }

    /** How many public reads the replica answered, and how many went to the primary instead: for tests and metrics. */
    public long readsFromReplica() {
        return replica == null ? 0 : replica.readsFromReplica();
    }

    public long publicReadsFromPrimary() {
        return replica == null ? 0 : replica.publicReadsFromPrimary();
    }

    /**
     * Runs queries that must all see the magazine as it was at one moment (an export, while the server goes on
     * writing): one read transaction, in which SQLite's WAL keeps the snapshot of the first read, and which
     * PostgreSQL runs as REPEATABLE READ. Large results stream (PostgreSQL keeps a cursor open only inside a
     * transaction). The handle is for this work alone: stores called meanwhile read outside the snapshot.
     */
    public <T> T readSnapshot(HandleCallback<T, RuntimeException> work) {
        try (Handle handle = reader.open()) {
            return dialect.snapshot(handle, work);
        }
    }

    /** Runs changes in one transaction, joining the caller's transaction when there is one. */
    public <T> T write(HandleCallback<T, RuntimeException> work) {
        Handle current = transaction.get();
        if (current != null) {
            return work.withHandle(current);
        }
        List<Runnable> committed = new ArrayList<>();
        T result;
        Changes changes;
        try (Handle handle = writer.open()) {
            transaction.set(handle);
            afterCommit.set(committed);
            writeLog.begin();
            try {
                result = handle.inTransaction(work);
            } finally {
                changes = writeLog.end();
                transaction.remove();
                afterCommit.remove();
            }
        }
        if (replica != null) {
            // Before the caches forget what changed: a page rendered again from here on must not read a replica behind.
            replica.primaryMoved();
        }
        for (var action : everyCommit) {
            action.accept(changes);
        }
        for (Runnable action : committed) {
            action.run();
        }
        return result;
    }

    /**
     * Runs an action after every transaction this process commits, with what it changed, before the caller of
     * {@link #write} goes on and before the transaction's own after-commit actions: what keeps copies of the data
     * (the readers' page cache) forgets them here.
     */
    public void afterEveryCommit(java.util.function.Consumer<Changes> action) {
        everyCommit.add(action);
    }

    /**
     * Says, inside a {@link #write}, that the transaction changes the thing named by {@code key}
     * ({@code "article:42"}), before it does: the first time in a transaction, {@code before} reads how it stands,
     * when {@link #readBeforeWhen} says it is wanted. The after-commit actions get both in {@link Changes}.
     */
    public void touch(String key, java.util.function.Supplier<?> before) {
        writeLog.touch(key, before);
    }

    /**
     * Says, inside a {@link #write}, that the transaction changes the thing named by {@code key} ({@code "author:7"})
     * where its earlier state is of no use: the pages showing it were filed under its name as they were rendered.
     */
    public void touch(String key) {
        writeLog.touch(key, () -> Changes.UNKNOWN);
    }

    /** When the earlier state of touched things is read: only while something keeps copies that it would spare. */
    public void readBeforeWhen(java.util.function.BooleanSupplier wanted) {
        writeLog.readBeforeWhen(wanted);
    }

    /**
     * Runs an action once the current transaction has committed (never if it rolls back); outside a
     * transaction, at once. Side effects such as waking the scheduler go through here, so they never act on
     * changes that did not happen.
     */
    public void afterCommit(Runnable action) {
        List<Runnable> pending = afterCommit.get();
        if (pending == null) {
            action.run();
        } else {
            pending.add(action);
        }
    }

    /**
     * Makes the rest of the current write transaction the only one touching this topic, for changes that read
     * before they write (find an edition or create it; take the next place in a lineup). SQLite has one
     * writer already; PostgreSQL takes a transaction-scoped advisory lock, released at commit.
     */
    public void serializeWrites(String topic) {
        Handle current = transaction.get();
        if (current == null) {
            throw new IllegalStateException("serializeWrites is for use inside write()");
        }
        dialect.serialize(current, topic);
    }

    /** Work that may wait, for {@link #exclusively}. */
    public interface Run<T> {
        T run() throws InterruptedException;
    }

    /**
     * Runs long work (a newsletter going out at its rate) unless another server of the magazine is running work of
     * this topic, and returns its result, or empty when another is at it. On PostgreSQL a session advisory lock held on
     * a connection of its own for the whole run: let go when the work ends, and by PostgreSQL when the server holding
     * it dies. On SQLite one process serves the magazine, and the work runs.
     */
    public <T> Optional<T> exclusively(String topic, Run<T> work) throws InterruptedException {
        if (!notices.reachesOthers()) {
            return Optional.of(work.run());
        }
        try (Handle handle = reader.open()) {
            if (!dialect.tryHold(handle, topic)) {
                return Optional.empty();
            }
            try {
                return Optional.of(work.run());
            } finally {
                dialect.letGo(handle, topic);
            }
        }
    }

    /** Runs a group of changes in one transaction: all of them land, or none. */
    public void inTransaction(Runnable work) {
        write(handle -> {
            work.run();
            return null;
        });
    }

    @Override
    public void close() {
        notices.close();
        if (replica != null) {
            replica.close();
        }
        if (readerPool != writerPool) {
            readerPool.close();
        }
        writerPool.close();
    }
}
