package org.masthead.importer;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.jsoup.Jsoup;
import org.masthead.article.Body;
import org.masthead.article.BodyFormat;

/**
 * The promise that an import loses no text: every word of a post as the export held it is in the article stored,
 * as often as it was there. Words are compared, not markup: what a reader reads of each (tags, comments and scripts
 * gone, entities decoded), cut at everything that is not a letter, a digit or a mark, in lower case, so that
 * typographic quotes and dashes, spaces and the sanitizer's spelling of an entity change nothing. Markdown is
 * read as rendered, so a link's address is no word of it.
 */
final class WordCheck {
    private static final Parser MARKDOWN = Parser.builder().extensions(List.of(TablesExtension.create())).build();
    private static final HtmlRenderer HTML = HtmlRenderer.builder().extensions(List.of(TablesExtension.create())).build();

    /** Words read and words kept of one post: those read and not kept are lost. */
    record Count(int read, int kept, int lost) {}

    private static final java.util.regex.Pattern WEB_ADDRESS = java.util.regex.Pattern.compile("(?i)\\bhttps?://\\S+");

    private WordCheck() {}

    /** Compares the words of the source text (in the body's format) with those of the body stored. */
    static Count of(String source, BodyFormat format, Body stored) {
        if (source == null || source.isBlank()) {
            return new Count(0, 0, 0);
        }
        Map<String, Integer> read = words(text(format == BodyFormat.MARKDOWN ? HTML.render(MARKDOWN.parse(source)) : source));
        Map<String, Integer> kept = words(text(stored.html()));
        int lost = 0;
        for (var word : read.entrySet()) {
            lost += Math.max(0, word.getValue() - kept.getOrDefault(word.getKey(), 0));
        }
        return new Count(total(read), total(kept), lost);
    }

    /**
     * The text a reader reads. A web address written out is not prose: a player's address alone on its line
     * becomes a link card that links to it but may show it shorter, so addresses are left out on both sides.
     */
    private static String text(String html) {
        String text = html.indexOf('<') < 0 && html.indexOf('&') < 0 ? html : Jsoup.parseBodyFragment(html).text();
        return text.indexOf("://") < 0 ? text : WEB_ADDRESS.matcher(text).replaceAll(" ");
    }

    /** The words of some text, each with how often it occurs. */
    static Map<String, Integer> words(String text) {
        String normal = Normalizer.isNormalized(text, Normalizer.Form.NFKC) ? text : Normalizer.normalize(text, Normalizer.Form.NFKC);
        Map<String, Integer> words = new HashMap<>();
        int start = -1;
        for (int i = 0; i <= normal.length(); ) {
            int c = i < normal.length() ? normal.codePointAt(i) : ' ';
            boolean inWord = Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK
                    || Character.getType(c) == Character.COMBINING_SPACING_MARK;
            if (inWord && start < 0) {
                start = i;
            } else if (!inWord && start >= 0) {
                words.merge(normal.substring(start, i).toLowerCase(Locale.ROOT), 1, Integer::sum);
                start = -1;
            }
            i += Character.charCount(c);
        }
        return words;
    }

    private static int total(Map<String, Integer> words) {
        return words.values().stream().mapToInt(Integer::intValue).sum();
    }
}
