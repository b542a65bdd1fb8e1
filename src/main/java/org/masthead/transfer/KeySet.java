package org.masthead.transfer;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The keys of a table's rows in an archive, to tell which of the magazine's rows the archive no longer has.
 * Ids, the key of most tables, are kept as a sorted array of longs (8 bytes each: a million revisions take 8 MB,
 * not the hundred a set of boxed values would).
 */
final class KeySet {
    private long[] ids = new long[1024];
    private int size;
    private boolean sorted = true;
    private final Set<List<Object>> others = new HashSet<>();

    /** Adds a key; false when the archive gave it already. */
    boolean add(List<Object> key) {
        if (key.size() == 1 && key.getFirst() instanceof Long id) {
            if (size == ids.length) {
                ids = Arrays.copyOf(ids, size * 2);
            }
            if (size > 0 && ids[size - 1] >= id) {
                sorted = false;
            }
            ids[size++] = id;
            return true;
        }
        return others.add(key);
    }

    boolean contains(List<Object> key) {
        if (key.size() == 1 && key.getFirst() instanceof Long id) {
            if (!sorted) {
                Arrays.sort(ids, 0, size);
                sorted = true;
            }
            return Arrays.binarySearch(ids, 0, size, id) >= 0;
        }
        return others.contains(key);
    }

    /** Whether an id was given twice (checked once every key is in). */
    boolean hasRepeatedIds() {
        if (!sorted) {
            Arrays.sort(ids, 0, size);
            sorted = true;
        }
        for (int i = 1; i < size; i++) {
            if (ids[i] == ids[i - 1]) {
                return true;
            }
        }
        return false;
    }
}
