package org.masthead.transfer;

import java.util.function.UnaryOperator;

/**
 * One column of a table as the archive holds it.
 *
 * @param nullable whether the archive may give null
 * @param handling what the restore does with it beyond storing it
 * @param restoredAs for a secret column, what a restored row gets in its place (it is never in the archive); for
 *     a column added later, what a row of an archive made before it gets (null for most)
 * @param sanitizer for stored HTML, the sanitizer it goes through again
 * @param absentAsNull whether an archive may lack it (one made before the column was added), its rows null then
 *     (or {@code restoredAs}, when the column has a default)
 */
record Column(String name, ColumnType type, boolean nullable, Handling handling, Object restoredAs,
        UnaryOperator<String> sanitizer, boolean absentAsNull) {
    /** What a restore does with a column beyond storing its value as it is. */
    enum Handling {
        PLAIN,
        /**
         * Left out of the archive (a password hash, a two-factor secret). A restored row gets
         * {@code restoredAs}; a row restored again keeps what the magazine has set since.
         */
        SECRET,
        /**
         * Points at a row of a table restored later, or of its own table (a writer's picture, a topic's parent):
         * stored once every table is in, so the database never sees a reference to a row not there yet.
         */
        LATER,
        /** Stored HTML: through the sanitizer again, as every stored HTML is, whoever wrote the archive. */
        SANITIZED
    }

    static Column of(String name, ColumnType type) {
        return new Column(name, type, false, Handling.PLAIN, null, null, false);
    }

    static Column optional(String name, ColumnType type) {
        return new Column(name, type, true, Handling.PLAIN, null, null, false);
    }

    static Column secret(String name, ColumnType type, Object restoredAs) {
        return new Column(name, type, true, Handling.SECRET, restoredAs, null, false);
    }

    static Column later(String name, ColumnType type) {
        return new Column(name, type, true, Handling.LATER, null, null, false);
    }

    static Column html(String name, UnaryOperator<String> sanitizer) {
        return new Column(name, ColumnType.TEXT, false, Handling.SANITIZED, null, sanitizer, false);
    }

    /**
     * A value that may be null, in a column added after the format's first version: archives made before it lack it,
     * and still restore, with null in it.
     */
    static Column added(String name, ColumnType type) {
        return new Column(name, type, true, Handling.PLAIN, null, null, true);
    }

    /**
     * Text the database keeps NOT NULL, in a column added after the format's first version: archives made before it
     * lack it, and still restore, their rows getting {@code absentAs} (the column's default).
     */
    static Column added(String name, ColumnType type, Object absentAs) {
        return new Column(name, type, false, Handling.PLAIN, absentAs, null, true);
    }

    /**
     * Stored HTML that may be null, in a column added after the format's first version: archives made before it
     * lack it, and still restore, with null in it.
     */
    static Column addedHtml(String name, UnaryOperator<String> sanitizer) {
        return new Column(name, ColumnType.TEXT, true, Handling.SANITIZED, null, sanitizer, true);
    }

    boolean inArchive() {
        return handling != Handling.SECRET;
    }
}
