package org.masthead.transfer;

import java.util.List;
import java.util.Set;
import java.util.function.BiFunction;
import org.masthead.importer.ImportOutcome;

/**
 * One table as the archive holds it: a JSON Lines file of its rows, in key order. A row is held as an array of
 * the values of {@link #archived()}, in that order.
 */
final class Table {
    private final String name;
    private final List<Column> columns;
    private final List<Column> archived;
    private final List<String> key;
    private final int[] keyIndexes;
    private final BiFunction<Table, Object[], ImportOutcome.Item> item;
    private final boolean identity;
    private final boolean appendOnly;
    private final Set<String> excludedKeys;

    /**
     * @param key the columns that name a row, whatever else changes
     * @param item what the report counts a row as (an article row may be a page)
     * @param identity whether its key is an id the database generates (PostgreSQL's sequence is moved past it)
     * @param appendOnly a history (the audit log): a restore adds and corrects its entries, never removes the
     *     magazine's own
     * @param excludedKeys values of a one-column text key whose rows the archive never holds (secret settings)
     */
    Table(String name, List<Column> columns, List<String> key, BiFunction<Table, Object[], ImportOutcome.Item> item,
            boolean identity, boolean appendOnly, Set<String> excludedKeys) {
        this.name = name;
        this.columns = List.copyOf(columns);
        this.archived = this.columns.stream().filter(Column::inArchive).toList();
        this.key = List.copyOf(key);
        List<String> names = archivedNames();
        this.keyIndexes = this.key.stream().mapToInt(names::indexOf).toArray();
        this.item = item;
        this.identity = identity;
        this.appendOnly = appendOnly;
        this.excludedKeys = Set.copyOf(excludedKeys);
    }

    String name() {
        return name;
    }

    /** Every column, secret ones too. */
    List<Column> columns() {
        return columns;
    }

    /** The columns the archive holds, in the order of a row's values. */
    List<Column> archived() {
        return archived;
    }

    List<String> archivedNames() {
        return archived.stream().map(Column::name).toList();
    }

    List<String> key() {
        return key;
    }

    ImportOutcome.Item item(Object[] row) {
        return item.apply(this, row);
    }

    boolean identity() {
        return identity;
    }

    boolean appendOnly() {
        return appendOnly;
    }

    Set<String> excludedKeys() {
        return excludedKeys;
    }

    /** The file of its rows inside the archive. */
    String file() {
        return "tables/" + name + ".jsonl";
    }

    /** Where a column is among {@link #archived()}, or -1. */
    int indexOf(String column) {
        for (int i = 0; i < archived.size(); i++) {
            if (archived.get(i).name().equals(column)) {
                return i;
            }
        }
        return -1;
    }

    /** A row's key values. */
    List<Object> keyOf(Object[] row) {
        Object[] values = new Object[keyIndexes.length];
        for (int i = 0; i < keyIndexes.length; i++) {
            values[i] = row[keyIndexes[i]];
        }
        return List.of(values);
    }

    /** The SQL condition naming one row by its key, with a parameter {@code k_COLUMN} per key column. */
    String whereKey() {
        return String.join(" AND ", key.stream().map(column -> column + " = :k_" + column).toList());
    }
}
