package org.masthead.platform;

import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.HandleCallback;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.argument.AbstractArgumentFactory;
import org.jdbi.v3.core.argument.Argument;
import org.jdbi.v3.core.config.ConfigRegistry;
import org.jdbi.v3.core.transaction.TransactionIsolationLevel;

/**
 * Everything that differs between SQLite and PostgreSQL, in one place: the stores share every query but the
 * fragments asked of {@link Database#dialect()} here. Dates and times are the difference every store meets:
 * PostgreSQL has {@code date} and {@code timestamptz}; SQLite keeps ISO-8601 text, written at a fixed width so
 * that text order is time order, bound and read back by the mappers {@link #configure} registers.
 */
public abstract sealed class SqlDialect {
    private SqlDialect() {}

    static SqlDialect of(Database.Kind kind) {
        return kind == Database.Kind.SQLITE ? new Sqlite() : new Postgres();
    }

    /** The database's name in lower case, as an archive's manifest records it. */
    public abstract String name();

    /**
     * Names the index a table is read through, to follow {@code FROM table alias}: SQLite's planner, before a
     * database's first analysis (see Database), takes "status = 'published'" for a rare condition and would read
     * every published row, so lists that must walk an index in the order they return name it there. PostgreSQL's
     * planner knows better: nothing.
     */
    public abstract String indexedBy(String index);

    /** The year and month of a date column, as text {@code 2024-03}. */
    public abstract String yearMonth(String dateColumn);

    /** A condition that a text column holds the words bound to {@code :param}, and the value to bind there. */
    public abstract Words containsWords(String column, String param, String words);

    public record Words(String condition, String value) {}

    /** A time as the database gives it back once stored: SQLite keeps milliseconds, PostgreSQL microseconds. */
    public abstract Instant stored(Instant time);

    /**
     * Lets the current transaction commit without waiting for the disk, for a bulk import that commits once per
     * item: a crash can lose the last few commits, never corrupt.
     */
    public abstract void commitWithoutWaiting(Handle h);

    /** Moves a table's id sequence past its highest id, so the next row made gets a new one (restored rows). */
    public abstract void moveIdSequence(Handle h, String table);

    /** Makes the rest of the handle's write transaction the only one touching this topic. */
    abstract void serialize(Handle h, String topic);

    /** Takes the session lock of a topic on this connection if no other session holds it; whether it did. */
    abstract boolean tryHold(Handle h, String topic);

    /** Lets go of a lock {@link #tryHold} took on this connection. */
    abstract void letGo(Handle h, String topic);

    /** Runs work in a read transaction that sees the database as it was at its first read. */
    abstract <T> T snapshot(Handle h, HandleCallback<T, RuntimeException> work);

    /** Teaches JDBI how this database stores dates and times. */
    abstract Jdbi configure(Jdbi jdbi);

    private static final class Sqlite extends SqlDialect {
        private static final DateTimeFormatter INSTANT =
                DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

        @Override
        public String name() {
            return "sqlite";
        }

        @Override
        public String indexedBy(String index) {
            return " INDEXED BY " + index;
        }

        @Override
        public String yearMonth(String dateColumn) {
            return "substr(" + dateColumn + ", 1, 7)";
        }

        @Override
        public Words containsWords(String column, String param, String words) {
            String escaped = words.strip().toLowerCase(Locale.ROOT).replace("!", "!!").replace("%", "!%").replace("_", "!_");
            return new Words("LOWER(" + column + ") LIKE :" + param + " ESCAPE '!'", "%" + escaped + "%");
        }

        @Override
        public Instant stored(Instant time) {
            return time.truncatedTo(ChronoUnit.MILLIS);
        }

        @Override
        public void commitWithoutWaiting(Handle h) {
            // SQLite's commits in WAL mode with synchronous=NORMAL do not wait for the disk already.
        }

        @Override
        public void moveIdSequence(Handle h, String table) {
            // SQLite's next id is always past the highest.
        }

        @Override
        void serialize(Handle h, String topic) {
            // SQLite has one writer already.
        }

        @Override
        boolean tryHold(Handle h, String topic) {
            // One process serves a magazine on SQLite: nobody else to keep out (Database asks for no lock here).
            return true;
        }

        @Override
        void letGo(Handle h, String topic) {}

        @Override
        <T> T snapshot(Handle h, HandleCallback<T, RuntimeException> work) {
            // WAL keeps the snapshot of the transaction's first read.
            return h.inTransaction(work);
        }

        @Override
        Jdbi configure(Jdbi jdbi) {
            // Anonymous subclasses, because the factory learns the type it binds from its generic superclass.
            jdbi.registerArgument(new AbstractArgumentFactory<Instant>(Types.VARCHAR) {
                @Override
                protected Argument build(Instant value, ConfigRegistry config) {
                    return (position, statement, context) -> statement.setString(position, INSTANT.format(value));
                }
            });
            jdbi.registerArgument(new AbstractArgumentFactory<LocalDate>(Types.VARCHAR) {
                @Override
                protected Argument build(LocalDate value, ConfigRegistry config) {
                    return (position, statement, context) -> statement.setString(position, value.toString());
                }
            });
            jdbi.registerColumnMapper(Instant.class, (rs, column, context) -> {
                String text = rs.getString(column);
                return text == null ? null : Instant.parse(text);
            });
            jdbi.registerColumnMapper(LocalDate.class, (rs, column, context) -> {
                String text = rs.getString(column);
                return text == null ? null : LocalDate.parse(text);
            });
            return jdbi;
        }
    }

    private static final class Postgres extends SqlDialect {
        @Override
        public String name() {
            return "postgresql";
        }

        @Override
        public String indexedBy(String index) {
            return "";
        }

        @Override
        public String yearMonth(String dateColumn) {
            return "to_char(" + dateColumn + ", 'YYYY-MM')";
        }

        @Override
        public Words containsWords(String column, String param, String words) {
            // Through the column's full-text index: a scan of every row is too slow there.
            return new Words("to_tsvector('simple', " + column + ") @@ plainto_tsquery('simple', :" + param + ")", words.strip());
        }

        @Override
        public Instant stored(Instant time) {
            return time.truncatedTo(ChronoUnit.MICROS);
        }

        @Override
        public void commitWithoutWaiting(Handle h) {
            // Waiting for the disk at each commit made an import ten times slower than on SQLite.
            h.execute("SET LOCAL synchronous_commit TO OFF");
        }

        @Override
        public void moveIdSequence(Handle h, String table) {
            h.createQuery("SELECT setval(pg_get_serial_sequence(:table, 'id'), COALESCE((SELECT MAX(id) FROM "
                    + table + "), 0) + 1, false)").bind("table", table).mapTo(Long.class).one();
        }

        @Override
        void serialize(Handle h, String topic) {
            // A transaction-scoped advisory lock, released at commit.
            h.createQuery("SELECT pg_advisory_xact_lock(:key)").bind("key", (long) topic.hashCode())
                    .map((rs, ctx) -> Boolean.TRUE).one();
        }

        @Override
        boolean tryHold(Handle h, String topic) {
            // A session lock (not a transaction's): held across the many transactions of a long run.
            return h.createQuery("SELECT pg_try_advisory_lock(:key)").bind("key", (long) topic.hashCode())
                    .mapTo(Boolean.class).one();
        }

        @Override
        void letGo(Handle h, String topic) {
            h.createQuery("SELECT pg_advisory_unlock(:key)").bind("key", (long) topic.hashCode())
                    .mapTo(Boolean.class).one();
        }

        @Override
        <T> T snapshot(Handle h, HandleCallback<T, RuntimeException> work) {
            return h.inTransaction(TransactionIsolationLevel.REPEATABLE_READ, inside -> {
                inside.execute("SET TRANSACTION READ ONLY");
                return work.withHandle(inside);
            });
        }

        @Override
        Jdbi configure(Jdbi jdbi) {
            jdbi.registerArgument(new AbstractArgumentFactory<Instant>(Types.TIMESTAMP_WITH_TIMEZONE) {
                @Override
                protected Argument build(Instant value, ConfigRegistry config) {
                    return (position, statement, context) -> statement.setObject(position, value.atOffset(ZoneOffset.UTC));
                }
            });
            jdbi.registerArgument(new AbstractArgumentFactory<LocalDate>(Types.DATE) {
                @Override
                protected Argument build(LocalDate value, ConfigRegistry config) {
                    return (position, statement, context) -> statement.setObject(position, value);
                }
            });
            jdbi.registerColumnMapper(Instant.class, (rs, column, context) -> {
                OffsetDateTime time = rs.getObject(column, OffsetDateTime.class);
                return time == null ? null : time.toInstant();
            });
            jdbi.registerColumnMapper(LocalDate.class, (rs, column, context) -> rs.getObject(column, LocalDate.class));
            return jdbi;
        }
    }
}
