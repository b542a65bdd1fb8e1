package org.masthead.transfer;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.jdbi.v3.core.statement.SqlStatement;
import org.masthead.platform.SqlDialect;

/**
 * The SQL of export and restore, written from the table descriptions: the same statements on SQLite and
 * PostgreSQL, with values bound as the stores bind them. Every method works on the handle it is given (the
 * export's snapshot, the restore's transaction).
 */
final class TableRows {
    /** Rows PostgreSQL sends at a time, so a table of any size streams through a cursor. */
    private static final int FETCH = 1_000;
    private static final int BATCH = 500;

    private final SqlDialect dialect;

    TableRows(SqlDialect dialect) {
        this.dialect = dialect;
    }

    SqlDialect dialect() {
        return dialect;
    }

    long count(Handle h, Table table) {
        return excluding(h.createQuery("SELECT COUNT(*) FROM " + table.name() + where(table)), table).mapTo(Long.class).one();
    }

    /** Every row the archive holds of a table, in key order, streamed. */
    void each(Handle h, Table table, Consumer<Object[]> consumer) {
        List<Column> columns = table.archived();
        String sql = "SELECT " + String.join(", ", table.archivedNames()) + " FROM " + table.name() + where(table)
                + " ORDER BY " + String.join(", ", table.key());
        excluding(h.createQuery(sql), table).setFetchSize(FETCH).map((rs, ctx) -> {
            Object[] row = new Object[columns.size()];
            for (int i = 0; i < row.length; i++) {
                row[i] = columns.get(i).type().read(rs, i + 1, ctx);
            }
            return row;
        }).forEach(consumer);
    }

    /** The row of this key as the magazine has it, in the archive's columns. */
    Optional<Object[]> find(Handle h, Table table, Object[] row) {
        List<Column> columns = table.archived();
        var query = h.createQuery("SELECT " + String.join(", ", table.archivedNames()) + " FROM " + table.name()
                + " WHERE " + table.whereKey());
        bindKey(query, table, row);
        return query.map((rs, ctx) -> {
            Object[] found = new Object[columns.size()];
            for (int i = 0; i < found.length; i++) {
                found[i] = columns.get(i).type().read(rs, i + 1, ctx);
            }
            return found;
        }).findOne();
    }

    /** Inserts rows in batches; columns written later go in as null, secret ones as what a restored row gets. */
    final class Inserts implements AutoCloseable {
        private final Table table;
        private final PreparedBatch batch;
        private int pending;
        private long firstLine;
        private long lastLine;

        Inserts(Handle h, Table table) {
            this.table = table;
            List<String> names = table.columns().stream().map(Column::name).toList();
            this.batch = h.prepareBatch("INSERT INTO " + table.name() + " (" + String.join(", ", names) + ") VALUES ("
                    + String.join(", ", names.stream().map(name -> ":" + name).toList()) + ")");
        }

        void add(Object[] row, long line) {
            if (pending == 0) {
                firstLine = line;
            }
            lastLine = line;
            for (Column column : table.columns()) {
                Object value = switch (column.handling()) {
                    case SECRET -> column.restoredAs();
                    case LATER -> null;
                    default -> row[table.indexOf(column.name())];
                };
                batch.bindByType(column.name(), value, column.type().javaType());
            }
            batch.add();
            if (++pending == BATCH) {
                flush();
            }
        }

        void flush() {
            if (pending > 0) {
                try {
                    batch.execute();
                } catch (RuntimeException e) {
                    throw refused(table, firstLine == lastLine ? "line " + firstLine : "lines " + firstLine + "-" + lastLine, e);
                }
                pending = 0;
            }
        }

        @Override
        public void close() {
            flush();
        }
    }

    /** Rewrites a row in place: every archived column but its key and those written later; secrets stay. */
    void update(Handle h, Table table, Object[] row) {
        List<Column> set = table.archived().stream()
                .filter(c -> !table.key().contains(c.name()) && c.handling() != Column.Handling.LATER).toList();
        if (set.isEmpty()) {
            return;
        }
        var update = h.createUpdate("UPDATE " + table.name() + " SET "
                + String.join(", ", set.stream().map(c -> c.name() + " = :" + c.name()).toList()) + " WHERE " + table.whereKey());
        for (Column column : set) {
            update.bindByType(column.name(), row[table.indexOf(column.name())], column.type().javaType());
        }
        bindKey(update, table, row);
        update.execute();
    }

    /** Stores a column written once every table is in. */
    void setLater(Handle h, Table table, Column column, Object[] row) {
        var update = h.createUpdate("UPDATE " + table.name() + " SET " + column.name() + " = :value WHERE " + table.whereKey());
        update.bindByType("value", row[table.indexOf(column.name())], column.type().javaType());
        bindKey(update, table, row);
        update.execute();
    }

    /** The keys of every row of a table the archive would hold, streamed. */
    void eachKey(Handle h, Table table, Consumer<List<Object>> consumer) {
        List<Column> keys = table.key().stream().map(name -> table.archived().get(table.indexOf(name))).toList();
        excluding(h.createQuery("SELECT " + String.join(", ", table.key()) + " FROM " + table.name() + where(table)), table)
                .setFetchSize(FETCH).map((rs, ctx) -> {
                    Object[] key = new Object[keys.size()];
                    for (int i = 0; i < key.length; i++) {
                        key[i] = keys.get(i).type().read(rs, i + 1, ctx);
                    }
                    return List.of(key);
                }).forEach(consumer);
    }

    void delete(Handle h, Table table, List<Object> key) {
        var delete = h.createUpdate("DELETE FROM " + table.name() + " WHERE " + table.whereKey());
        for (int i = 0; i < key.size(); i++) {
            String name = table.key().get(i);
            delete.bindByType("k_" + name, key.get(i), table.archived().get(table.indexOf(name)).type().javaType());
        }
        delete.execute();
    }

    /** Moves PostgreSQL's id sequence past the highest id, so the next row made gets a new one. */
    void moveSequence(Handle h, Table table) {
        if (table.identity()) {
            dialect.moveIdSequence(h, table.name());
        }
    }

    /** The tables holding rows, with how many, leaving out those named. */
    List<String> holding(Handle h, List<Table> tables) {
        List<String> found = new ArrayList<>();
        for (Table table : tables) {
            long rows = count(h, table);
            if (rows > 0) {
                found.add(String.format("%s (%,d)", table.name().replace('_', ' '), rows));
            }
        }
        return found;
    }

    /** The database's refusal of a row, as one line naming the file and line (no SQL, no values but the key's). */
    static org.masthead.importer.ImportFailed refused(Table table, String lines, RuntimeException e) {
        Throwable cause = e;
        while (cause != null && !(cause instanceof java.sql.SQLException)) {
            cause = cause.getCause();
        }
        String reason = cause == null || cause.getMessage() == null ? e.getClass().getSimpleName()
                : cause.getMessage().lines().map(String::strip).filter(l -> !l.isEmpty()).reduce((a, b) -> a + " " + b).orElse("");
        return new org.masthead.importer.ImportFailed(0, table.file() + " " + lines + ": the database refused the row ("
                + reason + ")");
    }

    private static String where(Table table) {
        return table.excludedKeys().isEmpty() ? "" : " WHERE " + table.key().getFirst() + " NOT IN (<excluded>)";
    }

    private static <T extends SqlStatement<T>> T excluding(T statement, Table table) {
        return table.excludedKeys().isEmpty() ? statement : statement.bindList("excluded", List.copyOf(table.excludedKeys()));
    }

    private static void bindKey(SqlStatement<?> statement, Table table, Object[] row) {
        for (String name : table.key()) {
            Column column = table.archived().get(table.indexOf(name));
            statement.bindByType("k_" + name, row[table.indexOf(name)], column.type().javaType());
        }
    }
}
