package org.masthead.catalog;

import java.util.List;

/**
 * A filter over published content, as a tree: conditions on fields joined by "and" and "or". Values are
 * text, booleans, instants or null, as the field wants; the store checks each against its field.
 */
public sealed interface Condition {
    /** Every part holds. */
    record All(List<Condition> parts) implements Condition {
        public All {
            parts = List.copyOf(parts);
        }
    }

    /** At least one part holds. */
    record Any(List<Condition> parts) implements Condition {
        public Any {
            parts = List.copyOf(parts);
        }
    }

    /** A field compared with one value, or with a list of them for {@link Op#IN} and {@link Op#NOT_IN}. */
    record Match(String field, Op op, List<Object> values) implements Condition {
        public Match {
            values = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(values));
        }

        public Object value() {
            return values.getFirst();
        }
    }

    enum Op { EQ, NE, IN, NOT_IN, GT, GTE, LT, LTE, CONTAINS, NOT_CONTAINS, STARTS, ENDS }

    /** The filter that lets everything through. */
    Condition NONE = new All(List.of());
}
