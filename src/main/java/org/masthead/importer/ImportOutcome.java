package org.masthead.importer;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What an import of an export did, kind by kind: created, updated, unchanged, skipped and failed, each skip
 * and failure with its reason, what was counted and left out, and remarks. Built up as the import runs.
 */
public final class ImportOutcome {
    /** The kinds of item an export holds. */
    public enum Item {
        ARTICLE("articles"), PAGE("pages"), AUTHOR("authors"), TOPIC("topics"), IMAGE("images"),
        ATTACHMENT("attachments"),
        // What a Masthead export holds beside the content other systems' exports have.
        EDITION("editions"), BYLINE("bylines"), FILING("topic filings"), REVISION("revisions"), NOTE("notes"),
        REDIRECT("redirects"), SETTING("settings"), PERSON("people"), IMPORT_KEY("import keys"),
        AUDIT_ENTRY("audit entries"), MEDIA_FILE("media files"),
        OTHER("other items");

        private final String plural;

        Item(String plural) {
            this.plural = plural;
        }

        public String plural() {
            return plural;
        }
    }

    /** What became of one item. */
    public enum Result { CREATED, UPDATED, UNCHANGED, SKIPPED, FAILED }

    /** A skipped or failed item, and why. */
    public record Problem(Item kind, String item, String reason) {}

    private final String format;
    private final Map<Item, int[]> tally = new EnumMap<>(Item.class);
    private final List<Problem> skipped = new ArrayList<>();
    private final List<Problem> failed = new ArrayList<>();
    private final Map<String, Integer> counted = new LinkedHashMap<>();
    private final List<String> notes = new ArrayList<>();

    /** @param format what was imported, e.g. "a WordPress export (WXR) of https://example.org" */
    public ImportOutcome(String format) {
        this.format = format;
    }

    public synchronized void record(Item kind, Result result) {
        tally.computeIfAbsent(kind, k -> new int[Result.values().length])[result.ordinal()]++;
    }

    public synchronized void skip(Item kind, String item, String reason) {
        record(kind, Result.SKIPPED);
        skipped.add(new Problem(kind, item, reason));
    }

    public synchronized void fail(Item kind, String item, String reason) {
        record(kind, Result.FAILED);
        failed.add(new Problem(kind, item, reason));
    }

    public synchronized void count(String what, int n) {
        counted.merge(what, n, Integer::sum);
    }

    public synchronized void note(String text) {
        notes.add(text);
    }

    public String format() {
        return format;
    }

    public synchronized int count(Item kind, Result result) {
        int[] counts = tally.get(kind);
        return counts == null ? 0 : counts[result.ordinal()];
    }

    /** How many items of every kind had this result. */
    public synchronized int total(Result result) {
        return tally.values().stream().mapToInt(counts -> counts[result.ordinal()]).sum();
    }

    public synchronized List<Problem> skipped() {
        return List.copyOf(skipped);
    }

    public synchronized List<Problem> failures() {
        return List.copyOf(failed);
    }

    public synchronized Map<String, Integer> counted() {
        return Map.copyOf(counted);
    }

    public synchronized List<String> notes() {
        return List.copyOf(notes);
    }

    /** Whether the run wrote nothing: every item was already as the file has it (or was skipped or failed). */
    public boolean changedNothing() {
        return total(Result.CREATED) == 0 && total(Result.UPDATED) == 0;
    }

    /** The report as the command prints it: a summary, a line per kind, then every skip and failure with its reason. */
    public synchronized List<String> lines() {
        List<String> lines = new ArrayList<>();
        int failures = failed.size();
        lines.add((changedNothing() && failures == 0 ? "Nothing new in " : "Imported ") + format
                + (failures == 0 ? "." : ", with " + failures + (failures == 1 ? " failure." : " failures.")));
        for (Item kind : Item.values()) {
            int[] c = tally.get(kind);
            if (c == null) {
                continue;
            }
            lines.add(String.format("  %-12s %,d created, %,d updated, %,d unchanged, %,d skipped, %,d failed", kind.plural() + ":",
                    c[0], c[1], c[2], c[3], c[4]));
        }
        counted.forEach((what, n) -> lines.add(String.format("  %s: %,d", what, n)));
        notes.forEach(note -> lines.add("Note: " + note));
        if (!skipped.isEmpty()) {
            lines.add("Skipped:");
            skipped.forEach(p -> lines.add("  " + p.item() + ": " + p.reason()));
        }
        if (!failed.isEmpty()) {
            lines.add("Failed:");
            failed.forEach(p -> lines.add("  " + p.item() + ": " + p.reason()));
        }
        return lines;
    }

    @Override
    public String toString() {
        return String.join("\n", lines());
    }
}
