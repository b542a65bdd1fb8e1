package org.masthead.media;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * A picture's caption is a line of text that may link somewhere ("Seen from the quay", the quay linked), kept as
 * text with its links written {@code [words](https://…)}, as an editor types them in the media library. Shown
 * as HTML with everything else escaped; as plain text (the words alone) where HTML is not read (feeds' media
 * descriptions, JSON-LD, search).
 */
public final class CaptionLinks {
    private static final Pattern LINK = Pattern.compile("\\[([^\\[\\]\\n]{1,300})]\\((https?://[^\\s()<>\"]{1,2000})\\)");

    private CaptionLinks() {}

    /** The caption as HTML: its text escaped, each {@code [words](address)} a link. */
    public static String html(String caption) {
        if (caption == null || caption.isEmpty()) {
            return "";
        }
        Matcher m = LINK.matcher(caption);
        StringBuilder html = new StringBuilder(caption.length() + 32);
        int last = 0;
        while (m.find()) {
            html.append(escape(caption.substring(last, m.start())));
            html.append("<a href=\"").append(escape(m.group(2))).append("\" rel=\"noopener\">").append(escape(m.group(1)))
                    .append("</a>");
            last = m.end();
        }
        return html.append(escape(caption.substring(last))).toString();
    }

    /** The caption's words, its links' addresses left out. */
    public static String text(String caption) {
        if (caption == null || caption.indexOf('[') < 0) {
            return caption == null ? "" : caption;
        }
        return LINK.matcher(caption).replaceAll(m -> Matcher.quoteReplacement(m.group(1)));
    }

    /**
     * A caption written in HTML (Ghost's, WordPress's) as a caption here: its text, with each link to a web address
     * written {@code [words](address)}; every other tag dropped and entities decoded.
     */
    public static String fromHtml(String html) {
        if (html == null || html.isBlank()) {
            return "";
        }
        if (html.indexOf('<') < 0 && html.indexOf('&') < 0) {
            return html.replaceAll("\\s+", " ").strip();
        }
        StringBuilder out = new StringBuilder();
        write(Jsoup.parseBodyFragment(html).body(), out);
        return out.toString().replaceAll("\\s+", " ").strip();
    }

    private static void write(Element element, StringBuilder out) {
        for (Node child : element.childNodes()) {
            if (child instanceof TextNode text) {
                out.append(text.getWholeText());
            } else if (child instanceof Element inner) {
                String href = inner.is("a") ? inner.absUrl("href").isEmpty() ? inner.attr("href") : inner.absUrl("href") : "";
                String words = inner.text().strip().replace('[', '(').replace(']', ')');
                if (LINK.matcher("[" + words + "](" + href + ")").matches()) {
                    out.append('[').append(words).append("](").append(href).append(')');
                } else {
                    if (inner.isBlock() || inner.is("br")) {
                        out.append(' ');
                    }
                    write(inner, out);
                }
            }
        }
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;").replace("'", "&#39;");
    }
}
