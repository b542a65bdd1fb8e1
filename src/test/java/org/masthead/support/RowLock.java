package org.masthead.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Rows of a PostgreSQL database held locked by a transaction of the test's own, so that a server's transaction that
 * needs them waits: a test can then see it mid-way ({@link #waiting}) and kill its server right there. Closing rolls the
 * test's transaction back and lets go.
 */
public final class RowLock implements AutoCloseable {
    private final Connection connection;
    private final String databaseUrl;

    private RowLock(String databaseUrl, Connection connection) {
        this.databaseUrl = databaseUrl;
        this.connection = connection;
    }

    /** Locks the rows {@code select} (a {@code SELECT ... FOR UPDATE}) returns, until closed. */
    public static RowLock hold(String databaseUrl, String select) {
        try {
            Connection connection = DriverManager.getConnection(databaseUrl);
            connection.setAutoCommit(false);
            try (var statement = connection.createStatement(); var rows = statement.executeQuery(select)) {
                if (!rows.next()) {
                    throw new IllegalArgumentException("no row to lock: " + select);
                }
            }
            return new RowLock(databaseUrl, connection);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot lock rows: " + select, e);
        }
    }

    /** The sessions of the database waiting for a lock now, and what each of them runs. */
    public List<Waiting> waiting() {
        // On a connection of its own: in the lock's transaction, PostgreSQL would show the sessions as they first were.
        try (var watching = DriverManager.getConnection(databaseUrl); var statement = watching.prepareStatement("""
                SELECT pid, query, EXISTS (SELECT 1 FROM pg_locks l WHERE l.pid = a.pid AND l.locktype = 'advisory' AND l.granted)
                       AS holds_advisory
                FROM pg_stat_activity a
                WHERE datname = current_database() AND wait_event_type = 'Lock'""");
                var rows = statement.executeQuery()) {
            List<Waiting> waiting = new ArrayList<>();
            while (rows.next()) {
                waiting.add(new Waiting(rows.getInt("pid"), rows.getString("query"), rows.getBoolean("holds_advisory")));
            }
            return waiting;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read " + databaseUrl + "'s sessions", e);
        }
    }

    /** A session waiting for a lock: its process, the statement waiting, whether it holds an advisory lock meanwhile. */
    public record Waiting(int pid, String query, boolean holdsAdvisoryLock) {}

    @Override
    public void close() {
        try (connection) {
            connection.rollback();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot let go of a row lock", e);
        }
    }
}
