package org.masthead.common;

import com.github.slugify.Slugify;
import java.util.Map;

/** ASCII slugs for URLs: accents folded ("Kerron Ó Luain" becomes "kerron-o-luain"), punctuation dropped. */
public final class Slugs {
    private static final int MAX_LENGTH = 80;

    // Letters that Unicode decomposition does not fold to ASCII on its own.
    private static final Slugify SLUGIFY = Slugify.builder()
            .transliterator(false)
            .customReplacements(Map.ofEntries(
                    Map.entry("ß", "ss"), Map.entry("Ł", "L"), Map.entry("ł", "l"),
                    Map.entry("Æ", "AE"), Map.entry("æ", "ae"), Map.entry("Ø", "O"), Map.entry("ø", "o"),
                    Map.entry("Đ", "D"), Map.entry("đ", "d"), Map.entry("Œ", "OE"), Map.entry("œ", "oe"),
                    Map.entry("Þ", "Th"), Map.entry("þ", "th"), Map.entry("ı", "i"), Map.entry("&", " and ")))
            .build();

    private Slugs() {}

    /** The slug of a text, at most 80 characters, cut at a word; empty when the text has no letters or digits. */
    public static String of(String text) {
        String slug = SLUGIFY.slugify(text == null ? "" : text);
        if (slug.length() <= MAX_LENGTH) {
            return slug;
        }
        int cut = slug.lastIndexOf('-', MAX_LENGTH);
        return slug.substring(0, cut > 20 ? cut : MAX_LENGTH);
    }

    /** The slug of a text, or the fallback when the text gives none (a title of only symbols, say). */
    public static String of(String text, String fallback) {
        String slug = of(text);
        return slug.isEmpty() ? fallback : slug;
    }

    /** True when the value is already a well-formed slug: lower-case ASCII words joined by single hyphens. */
    public static boolean isSlug(String value) {
        return value != null && value.length() <= MAX_LENGTH && value.matches("[a-z0-9]+(-[a-z0-9]+)*");
    }
}
