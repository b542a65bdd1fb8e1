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
        AUDIT_ENTRY("audit entries"), MEDIA_FILE("media files"), SUBSCRIBER("newsletter subscribers"),
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

    /** A post stored without some of the words its export held: how many it had, and how many are missing. */
    public record Loss(String item, int words, int lost) {}

    private final String format;
    private final Map<Item, int[]> tally = new EnumMap<>(Item.class);
    private final List<Problem> skipped = new ArrayList<>();
    private final List<Problem> failed = new ArrayList<>();
    private final Map<String, Integer> counted = new LinkedHashMap<>();
    private final List<String> notes = new ArrayList<>();
    private final List<Loss> losses = new ArrayList<>();
    private long wordsRead;
    private long wordsKept;

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

    /** The words of a post's text in the export, and of the article stored; a post missing some is named. */
    public synchronized void words(String item, int read, int kept, int lost) {
        wordsRead += read;
        wordsKept += kept;
        if (lost > 0) {
            losses.add(new Loss(item, read, lost));
        }
    }

    /** The posts stored without every word they had. */
    public synchronized List<Loss> losses() {
        return List.copyOf(losses);
    }

    /** How many words the posts written held in the export. */
    public synchronized long wordsRead() {
        return wordsRead;
    }

    /** How many words the articles written hold: more than were read when a shortcode became a caption, say. */
    public synchronized long wordsKept() {
        return wordsKept;
    }

    /** Whether every item came in whole: nothing failed and no post lost a word. */
    public synchronized boolean complete() {
        return failed.isEmpty() && losses.isEmpty();
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
        List<String> problems = new ArrayList<>();
        if (failures > 0) {
            problems.add(failures + (failures == 1 ? " failure" : " failures"));
        }
        if (!losses.isEmpty()) {
            problems.add(losses.size() + (losses.size() == 1 ? " post" : " posts") + " missing words");
        }
        lines.add((changedNothing() && failures == 0 ? "Nothing new in " : "Imported ") + format
                + (problems.isEmpty() ? "." : ", with " + String.join(" and ", problems) + "."));
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
        if (!losses.isEmpty()) {
            lines.add("Stored without some of their words (each is in the magazine; compare it with the export):");
            losses.forEach(l -> lines.add(String.format("  %s: %,d of its %,d words are missing", l.item(), l.lost(), l.words())));
        }
        return lines;
    }

    @Override
    public String toString() {
        return String.join("\n", lines());
    }
}
