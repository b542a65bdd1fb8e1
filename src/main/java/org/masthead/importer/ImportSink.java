package org.masthead.importer;

import java.util.Optional;

/**
 * Where a reader of an export sends what it reads, item by item, in the order an item's references need
 * (authors, topics and pictures before the posts that name them). Each call writes its item (or finds it
 * unchanged since the last run) and records the outcome; a failure of one item is recorded and never stops
 * the others.
 */
public interface ImportSink {
    void author(SourceAuthor author);

    void topic(SourceTopic topic);

    /** The picture as now stored, or empty when it could not be (the failure is recorded). */
    Optional<StoredMedia> image(SourceImage image);

    /** The file as now stored, or empty when it could not be (the failure is recorded). */
    Optional<StoredMedia> attachment(SourceAttachment attachment);

    void post(SourcePost post);

    /** An item read and deliberately left out (a menu item, a revision, a trashed post), and why. */
    void skipped(ImportOutcome.Item kind, String item, String reason);

    /** An item that could not be read or written, and why (with the line of the file, when known). */
    void failed(ImportOutcome.Item kind, String item, String reason);

    /** Things counted and not imported (comments), or kept as they were ("shortcodes left as text"). */
    void counted(String what, int n);

    /** A remark for the person who ran the import. */
    void note(String text);
}
