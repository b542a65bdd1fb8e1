package org.masthead.platform;

import java.util.Map;
import java.util.Set;

/**
 * What one committed transaction changed: the tables its statements wrote to (as the statements named them,
 * lower case; {@link #UNKNOWN_TABLE} for a statement that writes where it cannot be told), and what its stores said
 * they touched ({@code "article:42"}), each with how it stood before the transaction changed it: whatever the store
 * read then, null when it did not exist yet, {@link #UNKNOWN} when nobody asked for it to be read.
 */
public record Changes(Set<String> tables, Map<String, Object> touched) {
    /** The table named for a write whose table a statement does not say plainly (DDL, a WITH ... INSERT). */
    public static final String UNKNOWN_TABLE = "?";
    /** How a touched thing stood before, when it was not read. */
    public static final Object UNKNOWN = new Object() {
        @Override
        public String toString() {
            return "unknown";
        }
    };
}
