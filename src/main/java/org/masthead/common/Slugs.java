package org.masthead.common;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Slugs for URLs, as WordPress makes them: Latin accents folded ("Kerron Ó Luain" becomes "kerron-o-luain"),
 * punctuation dropped, and the letters of every other script kept as they are, lower-cased ("Ωmega" is "ωmega",
 * "日本" stays "日本"). A slug is stored as text and percent-encoded only where it goes into an address
 * ({@link #inPath}), so editors read it as written and readers' browsers show it so too.
 */
public final class Slugs {
    private static final int MAX_LENGTH = 80;
    private static final Pattern SLUG = Pattern.compile("[\\p{Ll}\\p{Lo}\\p{Lm}\\p{M}\\p{Nd}_]+(?:-[\\p{Ll}\\p{Lo}\\p{Lm}\\p{M}\\p{Nd}_]+)*");

    // Latin letters that Unicode decomposition does not fold to ASCII on its own; quotes vanish, so that
    // "Pinter’s" is "pinters" and not "pinter-s".
    private static final Map<Integer, String> REPLACEMENTS = Map.ofEntries(
            Map.entry((int) 'ß', "ss"), Map.entry((int) 'Ł', "L"), Map.entry((int) 'ł', "l"),
            Map.entry((int) 'Æ', "AE"), Map.entry((int) 'æ', "ae"), Map.entry((int) 'Ø', "O"), Map.entry((int) 'ø', "o"),
            Map.entry((int) 'Đ', "D"), Map.entry((int) 'đ', "d"), Map.entry((int) 'Œ', "OE"), Map.entry((int) 'œ', "oe"),
            Map.entry((int) 'Þ', "Th"), Map.entry((int) 'þ', "th"), Map.entry((int) 'ı', "i"), Map.entry((int) '&', " and "),
            Map.entry((int) '\'', ""), Map.entry((int) '’', ""), Map.entry((int) '‘', ""), Map.entry((int) 'ʼ', ""));

    private Slugs() {}

    /** The slug of a text, at most 80 characters, cut at a word; empty when the text has no letters or digits. */
    public static String of(String text) {
        String slug = Normalizer.normalize(words(text == null ? "" : text), Normalizer.Form.NFC);
        if (slug.length() <= MAX_LENGTH) {
            return slug;
        }
        int cut = slug.lastIndexOf('-', MAX_LENGTH);
        int end = cut > 20 ? cut : MAX_LENGTH;
        if (Character.isLowSurrogate(slug.charAt(end))) {
            end--;
        }
        return slug.substring(0, end);
    }

    /** The slug of a text, or the fallback when the text gives none (a title of only symbols, say). */
    public static String of(String text, String fallback) {
        String slug = of(text);
        return slug.isEmpty() ? fallback : slug;
    }

    /**
     * True when the value is already a well-formed slug: lower-case words of letters, digits and underscores
     * (any script) joined by single hyphens.
     */
    public static boolean isSlug(String value) {
        return value != null && !value.isEmpty() && value.length() <= 200 && SLUG.matcher(value).matches();
    }

    /** The slug as it stands in an address: ASCII as it is, every other letter percent-encoded in UTF-8. */
    public static String inPath(String slug) {
        for (int i = 0; i < slug.length(); i++) {
            if (slug.charAt(i) > 0x7f) {
                return URLEncoder.encode(slug, StandardCharsets.UTF_8).replace("+", "%20");
            }
        }
        return slug;
    }

    /**
     * The text decomposed, Latin letters stripped of their accents (a mark is kept only on a letter of another
     * script, where it is part of the spelling), everything that is not a letter, a digit or an underscore
     * made one hyphen between words.
     */
    private static String words(String text) {
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFKD);
        var out = new StringBuilder(decomposed.length());
        boolean markable = false;
        boolean gap = false;
        for (int i = 0; i < decomposed.length(); ) {
            int c = decomposed.codePointAt(i);
            i += Character.charCount(c);
            String replacement = REPLACEMENTS.get(c);
            if (replacement != null) {
                for (int r = 0; r < replacement.length(); r++) {
                    gap = append(out, replacement.charAt(r), gap);
                }
                markable = false;
            } else if (isMark(c)) {
                if (markable) {
                    out.appendCodePoint(c);
                }
            } else if (Character.isLetterOrDigit(c) || c == '_') {
                gap = append(out, c, gap);
                markable = Character.isLetter(c) && Character.UnicodeScript.of(c) != Character.UnicodeScript.LATIN;
            } else {
                gap = true;
                markable = false;
            }
        }
        return out.toString();
    }

    /** Appends a character of a word, or a hyphen first when a gap came before it (never at the start). */
    private static boolean append(StringBuilder out, int c, boolean gap) {
        if (c == ' ' || !(Character.isLetterOrDigit(c) || c == '_')) {
            return true;
        }
        if (gap && !out.isEmpty()) {
            out.append('-');
        }
        out.appendCodePoint(Character.toLowerCase(c));
        return false;
    }

    private static boolean isMark(int c) {
        int type = Character.getType(c);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                || type == Character.ENCLOSING_MARK;
    }
}
