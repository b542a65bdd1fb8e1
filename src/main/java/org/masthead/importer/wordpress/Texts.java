package org.masthead.importer.wordpress;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import org.jsoup.Jsoup;
import org.masthead.common.Slugs;

/** Small text rules the WordPress reader applies to titles, names and keys. */
final class Texts {
    private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("\\s+");
    private Texts() {}

    /**
     * A title or a name on one line, without the bidirectional embedding, override and isolate controls: in a
     * headline they reorder the text around them on every page and in every feed that shows it (U+202E makes
     * "Frost" read "tsorF"), and no writer means them there.
     */
    static String line(String text) {
        if (text == null) {
            return "";
        }
        String kept = hadControls(text) ? text.codePoints().filter(c -> !(c >= 0x202A && c <= 0x202E) && !(c >= 0x2066 && c <= 0x2069))
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString() : text;
        return SPACES.matcher(kept).replaceAll(" ").strip();
    }

    /** Whether {@link #line} changed something besides the spaces. */
    static boolean hadControls(String text) {
        if (text == null) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 0x202A && c <= 0x202E || c >= 0x2066 && c <= 0x2069) {
                return true;
            }
        }
        return false;
    }

    /** The words of some HTML (an excerpt, a caption), as plain text on one line. */
    static String plain(String html) {
        if (html == null || html.isBlank()) {
            return "";
        }
        if (html.indexOf('<') < 0 && html.indexOf('&') < 0) {
            return line(html);
        }
        return line(Jsoup.parseBodyFragment(html).text());
    }

    /**
     * A WordPress slug (a nicename, a post name) as a key: decoded (WordPress stores non-ASCII slugs
     * percent-encoded), then made a slug, so that "Company News" in a header and "company-news" on a post are
     * one category.
     */
    static String slugKey(String slug) {
        if (slug == null || slug.isBlank()) {
            return "";
        }
        String decoded = decode(slug.strip());
        String made = Slugs.of(decoded);
        return made.isEmpty() ? line(decoded).toLowerCase(java.util.Locale.ROOT) : made;
    }

    static String decode(String text) {
        try {
            return URLDecoder.decode(text.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException badEscape) {
            return text;
        }
    }

    /** The text when it is already a slug Masthead takes, else null (the name gives one then). */
    static String slugOrNull(String text) {
        return Slugs.isSlug(text) ? text : null;
    }

    static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    static String orEmpty(String text) {
        return text == null ? "" : text.strip();
    }
}
