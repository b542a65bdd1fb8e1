package org.masthead.transfer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.LongConsumer;
import org.jdbi.v3.core.Handle;
import org.masthead.importer.ImportFailed;
import org.masthead.importer.ImportOutcome;
import org.masthead.importer.ImportOutcome.Result;

/**
 * The rows of an archive written into the magazine, inside the restore's one transaction (so a row refused
 * half-way through undoes every row before it): table by table in
 * the archive's order, each row created, updated in place (same key) or found unchanged; then the columns
 * written later; then, when restoring the same magazine again, the rows the archive no longer has removed
 * (children first, so no reference is left dangling), and PostgreSQL's sequences moved past the ids restored.
 */
final class RowRestore {
    private final TableRows rows;
    private final boolean empty;
    private final Map<Table, KeySet> keys = new LinkedHashMap<>();
    private final ImportOutcome outcome;
    private long removed;

    /** @param empty whether the magazine holds none of the archive's kinds of row (every row is new) */
    RowRestore(TableRows rows, boolean empty, ImportOutcome outcome) {
        this.rows = rows;
        this.empty = empty;
        this.outcome = outcome;
    }

    /** How many rows of the magazine were removed because the archive no longer has them. */
    long removed() {
        return removed;
    }

    void apply(Handle h, ArchiveReader archive, LongConsumer progress) {
        Map<Table, List<Object[]>> later = new LinkedHashMap<>();
        long base = 0;
        for (Table table : archive.tables()) {
            long start = base;
            restore(h, archive, table, later.computeIfAbsent(table, t -> new ArrayList<>()), done -> progress.accept(start + done));
            base += archive.compressedSize(table);
        }
        later.forEach((table, pending) -> {
            List<Column> columns = table.archived().stream().filter(c -> c.handling() == Column.Handling.LATER).toList();
            for (Object[] row : pending) {
                for (Column column : columns) {
                    rows.setLater(h, table, column, row);
                }
            }
        });
        if (!empty) {
            List<Table> tables = new ArrayList<>(archive.tables());
            java.util.Collections.reverse(tables);
            tables.stream().filter(table -> !table.appendOnly()).forEach(table -> removeMissing(h, table));
        }
        ArchiveTables.ALL.forEach(table -> rows.moveSequence(h, table));
    }

    private void restore(Handle h, ArchiveReader archive, Table table, List<Object[]> later, LongConsumer progress) {
        List<Column> columns = table.archived();
        boolean hasLater = columns.stream().anyMatch(c -> c.handling() == Column.Handling.LATER);
        KeySet seen = keys.computeIfAbsent(table, t -> new KeySet());
        try (TableRows.Inserts inserts = rows.new Inserts(h, table)) {
            archive.rows(table, (row, line) -> {
                if (!table.excludedKeys().isEmpty() && table.excludedKeys().contains(row[table.indexOf(table.key().getFirst())])) {
                    // CASE: an archive written by another program that holds a secret: never taken from a file.
                    outcome.skip(table.item(row), table.name() + " " + table.keyOf(row), "a secret is never restored from an archive");
                    return;
                }
                if (!seen.add(table.keyOf(row))) {
                    throw new ImportFailed(0, table.file() + " line " + line + ": a row with the key " + table.keyOf(row)
                            + " came before");
                }
                sanitize(columns, row);
                Result result;
                try {
                    Optional<Object[]> existing = empty ? Optional.empty() : rows.find(h, table, row);
                    if (existing.isEmpty()) {
                        inserts.add(row, line);
                        result = Result.CREATED;
                        if (hasLater && anyLater(columns, row)) {
                            later.add(row);
                        }
                    } else {
                        result = compareAndUpdate(h, table, row, existing.get(), later);
                    }
                } catch (ImportFailed e) {
                    throw e;
                } catch (RuntimeException e) {
                    throw TableRows.refused(table, "line " + line, e);
                }
                outcome.record(table.item(row), result);
            }, progress);
        }
        if (seen.hasRepeatedIds()) {
            throw new ImportFailed(0, table.file() + " gives the same id to two rows");
        }
    }

    private Result compareAndUpdate(Handle h, Table table, Object[] row, Object[] existing, List<Object[]> later) {
        boolean plainDiffers = false;
        boolean laterDiffers = false;
        List<Column> columns = table.archived();
        for (int i = 0; i < columns.size(); i++) {
            ColumnType type = columns.get(i).type();
            if (!Objects.equals(type.stored(row[i], rows.dialect()), type.stored(existing[i], rows.dialect()))) {
                if (columns.get(i).handling() == Column.Handling.LATER) {
                    laterDiffers = true;
                } else {
                    plainDiffers = true;
                }
            }
        }
        if (plainDiffers) {
            rows.update(h, table, row);
        }
        if (laterDiffers) {
            later.add(row);
        }
        return plainDiffers || laterDiffers ? Result.UPDATED : Result.UNCHANGED;
    }

    private void removeMissing(Handle h, Table table) {
        KeySet kept = keys.get(table);
        List<List<Object>> gone = new ArrayList<>();
        rows.eachKey(h, table, key -> {
            if (!kept.contains(key)) {
                gone.add(key);
            }
        });
        gone.forEach(key -> rows.delete(h, table, key));
        if (!gone.isEmpty()) {
            outcome.count(table.name().replace('_', ' ') + " removed, as the archive no longer has them", gone.size());
            removed += gone.size();
        }
    }

    private static void sanitize(List<Column> columns, Object[] row) {
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i).handling() == Column.Handling.SANITIZED && row[i] != null) {
                row[i] = columns.get(i).sanitizer().apply((String) row[i]);
            }
        }
    }

    private static boolean anyLater(List<Column> columns, Object[] row) {
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i).handling() == Column.Handling.LATER && row[i] != null) {
                return true;
            }
        }
        return false;
    }
}
