package org.masthead.importer;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

/** The kinds of file the import command recognizes, told apart by their content, never by their name. */
enum ImportFormat {
    SAVED_PAGE("a magazine page saved as text"),
    WORDPRESS_WXR("a WordPress export (WXR)"),
    GHOST_JSON("a Ghost export (JSON)"),
    HTML_PAGE("a web page in HTML"),
    OTHER_XML("an XML file that is not a WordPress export"),
    OTHER_JSON("a JSON file that is not a Ghost export"),
    MASTHEAD_EXPORT("an export of a Masthead magazine"),
    /** A ZIP archive, until its content says whether it is a Masthead export. */
    ZIP("a ZIP archive"),
    OTHER_ZIP("a ZIP archive that is not a Masthead export"),
    /** A ZIP archive that cannot be opened whose first entry is a Masthead export's manifest: cut short, as a rule. */
    DAMAGED_EXPORT("an export of a Masthead magazine that is damaged or cut short"),
    DAMAGED_ZIP("a ZIP archive that is damaged or cut short"),
    BINARY("a binary file");

    private final String description;

    ImportFormat(String description) {
        this.description = description;
    }

    String description() {
        return description;
    }

    /** Tells the format from the first bytes of a file. */
    static ImportFormat detect(byte[] head, int length) {
        if (length >= 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4) {
            return ZIP;
        }
        for (int i = 0; i < length; i++) {
            if (head[i] == 0) {
                return BINARY;
            }
        }
        String start = new String(head, 0, length, StandardCharsets.UTF_8).replace("\uFEFF", "").strip();
        String lower = start.toLowerCase(Locale.ROOT);
        if (lower.startsWith("<")) {
            if (lower.contains("<rss") && lower.contains("wordpress.org/export/")) {
                return WORDPRESS_WXR;
            }
            if (lower.startsWith("<!doctype html") || lower.startsWith("<html")) {
                return HTML_PAGE;
            }
            return lower.startsWith("<?xml") || lower.contains("<rss") ? OTHER_XML : SAVED_PAGE;
        }
        if (lower.startsWith("{") || lower.startsWith("[")) {
            // Ghost's exports come wrapped in "db", bare as "meta" and "data", or (from its APIs and migration tools)
            // as "posts" at the top; which of them holds an export is for the Ghost reader to check.
            boolean ghost = lower.contains("\"db\"") || (lower.contains("\"meta\"") && lower.contains("\"data\""))
                    || lower.contains("\"posts\"");
            return ghost ? GHOST_JSON : OTHER_JSON;
        }
        return SAVED_PAGE;
    }
}
