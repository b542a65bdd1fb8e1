package org.masthead.common;

/**
 * Text made fit for XML 1.0, which cannot hold most control characters (U+0001, the U+000B that text pasted
 * from word processors carries), lone surrogates, U+FFFE or U+FFFF: those are dropped, everything else kept.
 * One stray character in one title must not take down a whole feed or sitemap.
 */
public final class XmlText {
    private XmlText() {}

    /** The text without the characters XML cannot hold; null stays null. */
    public static String clean(String text) {
        if (text == null || allowed(text)) {
            return text;
        }
        StringBuilder kept = new StringBuilder(text.length());
        text.codePoints().filter(XmlText::allowed).forEach(kept::appendCodePoint);
        return kept.toString();
    }

    private static boolean allowed(String text) {
        return text.codePoints().allMatch(XmlText::allowed);
    }

    private static boolean allowed(int c) {
        return c == 0x9 || c == 0xA || c == 0xD || c >= 0x20 && c <= 0xD7FF || c >= 0xE000 && c <= 0xFFFD
                || c >= 0x10000 && c <= 0x10FFFF;
    }
}
