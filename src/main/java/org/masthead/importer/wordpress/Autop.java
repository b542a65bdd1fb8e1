package org.masthead.importer.wordpress;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Paragraphs for a post written in WordPress's classic editor, which stores none: WordPress adds them each time it
 * shows the post ({@code wpautop}). As there, a blank line ends a paragraph, a single line break is a
 * {@code <br />}, block-level HTML stays as written, and {@code <pre>} is left alone. Written as one scan over the
 * tags rather than WordPress's dozen regular expressions: on a 10,000-post import those took a third of the time.
 */
final class Autop {
    private static final Set<String> BLOCKS = Set.of("table", "thead", "tfoot", "caption", "col", "colgroup", "tbody", "tr",
            "td", "th", "div", "dl", "dd", "dt", "ul", "ol", "li", "pre", "form", "map", "area", "blockquote", "address",
            "math", "style", "p", "h1", "h2", "h3", "h4", "h5", "h6", "hr", "fieldset", "legend", "section", "article",
            "aside", "hgroup", "header", "footer", "nav", "figure", "figcaption", "details", "menu", "summary", "iframe",
            "audio", "video", "object", "embed", "script", "noscript");
    private static final Pattern PRE = Pattern.compile("<pre\\b.*?</pre>", Pattern.DOTALL | Pattern.CASE_INSENSITIVE);
    private static final Pattern DOUBLE_BR = Pattern.compile("<br\\s*/?>\\s*<br\\s*/?>", Pattern.CASE_INSENSITIVE);
    private static final Pattern BLANK_LINE = Pattern.compile("\\n[ \\t]*\\n\\s*");

    private Autop() {}

    static String paragraphs(String text) {
        if (text.isBlank()) {
            return "";
        }
        List<String> pres = new ArrayList<>();
        if (text.contains("<pre")) {
            text = PRE.matcher(text).replaceAll(m -> {
                pres.add(m.group());
                return "<pre data-kept=\"" + (pres.size() - 1) + "\"></pre>";
            });
        }
        if (text.contains("<br")) {
            text = DOUBLE_BR.matcher(text).replaceAll("\n\n");
        }
        StringBuilder out = new StringBuilder(text.length() + text.length() / 8);
        for (String chunk : BLANK_LINE.split(separateBlocks(text))) {
            String trimmed = chunk.strip();
            if (!trimmed.isEmpty()) {
                paragraph(trimmed, out);
            }
        }
        String html = out.toString().stripTrailing();
        for (int i = 0; i < pres.size(); i++) {
            html = html.replace("<pre data-kept=\"" + i + "\"></pre>", pres.get(i));
        }
        return html;
    }

    /** A blank line before each block's opening tag and after its closing one; a line break inside a tag a space. */
    private static String separateBlocks(String text) {
        StringBuilder out = new StringBuilder(text.length() + 64);
        int i = 0;
        int lt;
        while ((lt = text.indexOf('<', i)) >= 0) {
            int gt = text.indexOf('>', lt);
            if (gt < 0) {
                break;
            }
            out.append(text, i, lt);
            String tag = text.substring(lt, gt + 1).replace('\n', ' ');
            boolean closing = tag.startsWith("</");
            if (isBlock(tag)) {
                out.append(closing ? "" : "\n\n").append(tag).append(closing ? "\n\n" : "");
            } else {
                out.append(tag);
            }
            i = gt + 1;
        }
        return out.append(text, i, text.length()).toString();
    }

    /** One chunk between blank lines: wrapped in a paragraph unless a block begins or ends it, its lines broken. */
    private static void paragraph(String chunk, StringBuilder out) {
        int firstEnd = chunk.startsWith("<") ? chunk.indexOf('>') : -1;
        boolean startsBlock = firstEnd > 0 && isBlock(chunk.substring(0, firstEnd + 1));
        int lastStart = chunk.endsWith(">") ? chunk.lastIndexOf('<') : -1;
        boolean endsBlock = lastStart >= 0 && isBlock(chunk.substring(lastStart));
        String lead = "";
        String body = chunk;
        // CASE: text right inside a blockquote is a paragraph of the quote, as WordPress makes it.
        if (startsBlock && !endsBlock && chunk.regionMatches(true, 0, "<blockquote", 0, 11) && firstEnd + 1 < chunk.length()) {
            lead = chunk.substring(0, firstEnd + 1);
            body = chunk.substring(firstEnd + 1).strip();
            startsBlock = false;
        }
        String tail = "";
        boolean opens = !startsBlock;
        // CASE: a paragraph that runs up to a block's end ("quoted text</blockquote>") closes before it.
        if (opens && endsBlock && !chunk.regionMatches(true, lastStart, "</p>", 0, 4) && lastStart > 0) {
            tail = chunk.substring(lastStart);
            body = body.substring(0, body.length() - tail.length()).strip();
            endsBlock = false;
        }
        out.append(lead).append(opens ? "<p>" : "");
        String[] lines = body.split("\n");
        for (int k = 0; k < lines.length; k++) {
            String line = lines[k].strip();
            out.append(line);
            if (k < lines.length - 1) {
                String next = lines[k + 1].strip();
                boolean aroundBlock = endsWithBlock(line) || startsWithBlock(next);
                out.append(aroundBlock ? "\n" : "<br />\n");
            }
        }
        out.append(opens && !endsBlock ? "</p>" : "").append(tail).append('\n');
    }

    private static boolean endsWithBlock(String line) {
        int start = line.endsWith(">") ? line.lastIndexOf('<') : -1;
        return start >= 0 && isBlock(line.substring(start));
    }

    private static boolean startsWithBlock(String line) {
        int end = line.startsWith("<") ? line.indexOf('>') : -1;
        return end > 0 && isBlock(line.substring(0, end + 1));
    }

    /** Whether a tag ({@code <div class="x">}, {@code </li>}) opens or closes a block. */
    private static boolean isBlock(String tag) {
        int start = tag.startsWith("</") ? 2 : 1;
        int end = start;
        while (end < tag.length() && Character.isLetterOrDigit(tag.charAt(end))) {
            end++;
        }
        return end > start && BLOCKS.contains(tag.substring(start, end).toLowerCase(Locale.ROOT));
    }
}
