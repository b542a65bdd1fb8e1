package org.masthead.platform;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.SQLException;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import javax.sql.DataSource;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.HandleCallback;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.JdbiException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The public pages' reads from a streaming replica of the PostgreSQL database ({@code database.replica-url}), only
 * when it has replayed every change this server knows of: a page rendered after a change and kept by the page cache
 * must show that change. So after each commit this server makes, and on each notice it hears of another's, it asks the
 * primary how far its log has gone ("must see"); a read in {@link #publicReads} scope goes to the replica only when the
 * replica has replayed that far, and to the primary otherwise, or when the replica cannot be reached.
 */
final class ReplicaReads implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(ReplicaReads.class);
    /** How long the replica's replay position, once read, is believed before it is asked again. */
    private static final long ASK_AGAIN_NANOS = Duration.ofMillis(20).toNanos();
    /** How long a replica that failed is left alone before it is tried again. */
    private static final long RETRY_NANOS = Duration.ofSeconds(5).toNanos();
    private static final String PRIMARY_POSITION = "SELECT pg_wal_lsn_diff(pg_current_wal_insert_lsn(), '0/0')::bigint";
    /** Null where the server is no standby (a promoted one, or the primary itself): it then follows nothing. */
    private static final String REPLAYED = "SELECT CASE WHEN pg_is_in_recovery() "
            + "THEN pg_wal_lsn_diff(pg_last_wal_replay_lsn(), '0/0')::bigint END";

    private final HikariDataSource pool;
    private final Jdbi replica;
    private final DataSource primary;
    private final String name;
    private final ThreadLocal<Boolean> inScope = new ThreadLocal<>();
    /** The primary's log position after the latest change this server knows of; MAX while it could not be read. */
    private final AtomicLong mustSee = new AtomicLong();
    private volatile long replayed = -1;
    private volatile long replayedAsked;
    private volatile long failedAt;
    private volatile boolean failed;
    private final AtomicBoolean answering = new AtomicBoolean(true);
    private final LongAdder fromReplica = new LongAdder();
    private final LongAdder fromPrimary = new LongAdder();

    private ReplicaReads(HikariDataSource pool, Jdbi replica, DataSource primary, String name) {
        this.pool = pool;
        this.replica = replica;
        this.primary = primary;
        this.name = name;
    }

    /** A small read-only pool on the replica; it opens even while the replica is down (reads then use the primary). */
    static ReplicaReads open(Config.DatabaseConfig settings, DataSource primary, SqlDialect dialect) {
        String url = settings.replicaUrl().orElseThrow();
        var hikari = new HikariConfig();
        hikari.setPoolName("masthead-postgresql-replica");
        hikari.setJdbcUrl(url);
        // CASE: a URL that names its own user (user=... in the query) logs in as that one; else as on the primary.
        if (!url.matches("(?i).*[?&]user=.*")) {
            settings.user().ifPresent(hikari::setUsername);
            settings.password().ifPresent(hikari::setPassword);
        }
        hikari.setReadOnly(true);
        hikari.setMaximumPoolSize(8);
        hikari.setMinimumIdle(1);
        // A replica that is down costs a reader at most this long, once every RETRY_NANOS: then the primary answers.
        hikari.setConnectionTimeout(1_000);
        hikari.setInitializationFailTimeout(-1);
        hikari.addDataSourceProperty("connectTimeout", "2");
        hikari.addDataSourceProperty("socketTimeout", "30");
        var pool = new HikariDataSource(hikari);
        return new ReplicaReads(pool, dialect.configure(Jdbi.create(pool)), primary,
                "The replica " + Config.DatabaseConfig.masked(url));
    }

    /** Runs {@code work} with reads outside a transaction allowed on the replica. */
    <T> T publicReads(Callable<T> work) throws Exception {
        Boolean before = inScope.get();
        inScope.set(true);
        try {
            return work.call();
        } finally {
            if (before == null) {
                inScope.remove();
            }
        }
    }

    /** Runs a read: on the replica when in scope and it has replayed far enough, else on {@code primaryReader}. */
    <T> T read(HandleCallback<T, RuntimeException> work, Jdbi primaryReader) {
        if (inScope.get() == null) {
            return primaryReader.withHandle(work);
        }
        if (!caughtUp()) {
            fromPrimary.increment();
            return primaryReader.withHandle(work);
        }
        try (Handle handle = replica.open()) {
            T result = work.withHandle(handle);
            fromReplica.increment();
            return result;
        } catch (JdbiException e) {
            if (!worthAskingThePrimary(e)) {
                throw e;
            }
            fromPrimary.increment();
            return primaryReader.withHandle(work);
        }
    }

    /** The primary's log position now, as what every later public read must see (a commit, a notice, just happened). */
    void primaryMoved() {
        long position;
        try (var connection = primary.getConnection(); var statement = connection.createStatement();
                var result = statement.executeQuery(PRIMARY_POSITION)) {
            result.next();
            position = result.getLong(1);
        } catch (SQLException e) {
            // CASE: not knowing how far the primary is, no replica is known to be far enough: the primary answers.
            mustSee.set(Long.MAX_VALUE);
            return;
        }
        // The position only grows, so one read now covers every change before, the unknown (MAX) included.
        mustSee.accumulateAndGet(position, (known, now) -> known == Long.MAX_VALUE ? now : Math.max(known, now));
    }

    /** Notices whose listeners learn, before each message, what the primary has reached: the message's change, at least. */
    Notices hearing(Notices notices) {
        return new Notices() {
            @Override
            public void send(String channel, String payload) {
                notices.send(channel, payload);
            }

            @Override
            public void listen(String channel, Listener listener) {
                notices.listen(channel, new Listener() {
                    @Override
                    public void heard(String payload) {
                        primaryMoved();
                        listener.heard(payload);
                    }

                    @Override
                    public void deaf() {
                        listener.deaf();
                    }

                    @Override
                    public void listening() {
                        // Messages may have been missed: whatever they told of is before this position.
                        primaryMoved();
                        listener.listening();
                    }
                });
            }

            @Override
            public boolean reachesOthers() {
                return notices.reachesOthers();
            }

            @Override
            public void close() {
                notices.close();
            }
        };
    }

    /** How many public reads the replica answered, and how many went to the primary (behind, or failing). */
    long readsFromReplica() {
        return fromReplica.sum();
    }

    long publicReadsFromPrimary() {
        return fromPrimary.sum();
    }

    private boolean caughtUp() {
        long now = System.nanoTime();
        if (failed && now - failedAt < RETRY_NANOS) {
            return false;
        }
        long needed = mustSee.get();
        // The replay position only grows: one read a while ago is still true as a lower bound.
        if (replayed >= needed) {
            return true;
        }
        if (now - replayedAsked < ASK_AGAIN_NANOS && !failed) {
            return false;
        }
        askReplayed(now);
        return replayed >= needed;
    }

    private synchronized void askReplayed(long now) {
        if (now - replayedAsked < ASK_AGAIN_NANOS && !failed) {
            return;
        }
        try {
            Long position = replica.withHandle(h -> h.createQuery(REPLAYED).mapTo(Long.class).findOne().orElse(null));
            replayedAsked = System.nanoTime();
            if (position == null) {
                fail("it is not a standby (not in recovery): it follows no primary");
                return;
            }
            replayed = Math.max(replayed, position);
            failed = false;
            if (answering.compareAndSet(false, true)) {
                log.info("{} answers again; the public pages read from it when it has caught up", name);
            }
        } catch (JdbiException e) {
            fail(rootMessage(e));
        }
    }

    private boolean worthAskingThePrimary(JdbiException e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && sql.getSQLState() != null) {
                String state = sql.getSQLState();
                if (state.startsWith("08") || state.startsWith("57P")) {
                    fail(sql.getMessage());
                    return true;
                }
                // CASE: a query cancelled because the replay needed what it read (a conflict with recovery): retried.
                return state.equals("40001");
            }
        }
        if (e instanceof org.jdbi.v3.core.ConnectionException) {
            fail(rootMessage(e));
            return true;
        }
        return false;
    }

    /** Leaves the replica alone for a while; said in the log once, not at every reader's request. */
    private void fail(String reason) {
        failedAt = System.nanoTime();
        failed = true;
        if (answering.compareAndSet(true, false)) {
            log.warn("{} cannot be read ({}); the public pages read the primary until it answers again", name, reason);
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    }

    @Override
    public void close() {
        pool.close();
    }
}
