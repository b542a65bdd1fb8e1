package org.masthead.search;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The rules both search engines correct a query's spelling by ("Cockburm" → "Cockburn"): which words are looked at,
 * how many, and how a correction is written back into what the reader typed (the rest left as typed, an initial
 * capital kept).
 */
final class Respelling {
    static final Pattern WORD = Pattern.compile("\\p{L}[\\p{L}\\p{M}'’]*");
    /** Unknown words looked up at most: each costs the engine a walk through its term dictionaries. */
    static final int MAX_CORRECTIONS = 5;
    /**
     * Shorter words are never corrected: among short words one or two letters make another word, and a name
     * the archive lacks ("Putin") would become a word it has ("putting").
     */
    static final int MIN_CORRECTED_LENGTH = 5;

    /** The better spelling of a word, or null to keep it. */
    @FunctionalInterface
    interface Better<X extends Exception> {
        String of(String word) throws X;
    }

    private Respelling() {}

    /** The text with each word {@code better} replaces replaced, or empty when it replaced none. */
    static <X extends Exception> Optional<String> rewrite(String text, Better<X> better) throws X {
        Matcher words = WORD.matcher(text);
        var out = new StringBuilder();
        int last = 0;
        boolean changed = false;
        while (words.find()) {
            String word = words.group();
            out.append(text, last, words.start());
            last = words.end();
            String replacement = better.of(word);
            if (replacement == null) {
                out.append(word);
            } else {
                out.append(Character.isUpperCase(word.charAt(0))
                        ? Character.toUpperCase(replacement.charAt(0)) + replacement.substring(1) : replacement);
                changed = true;
            }
        }
        out.append(text.substring(last));
        return changed ? Optional.of(out.toString()) : Optional.empty();
    }
}
