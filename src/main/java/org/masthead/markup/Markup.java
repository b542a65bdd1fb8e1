package org.masthead.markup;

import java.util.List;
import java.util.regex.Pattern;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;

/**
 * Turns what writers and imports give (Markdown, or HTML from another system) into HTML that is safe to
 * serve: every piece of stored HTML passes the sanitizer here, once, when it is saved. Templates then print
 * it as it is.
 */
public final class Markup {
    private static final Pattern HTTP_OR_MAIL = Pattern.compile("(?i)^(https?:|mailto:|/|#).*");

    private static final Parser PARSER = Parser.builder().extensions(List.of(TablesExtension.create())).build();
    private static final HtmlRenderer RENDERER = HtmlRenderer.builder()
            .extensions(List.of(TablesExtension.create()))
            .sanitizeUrls(true)
            .build();

    /** Article bodies: text structure, links, images, figures, tables, quotes, code. */
    private static final PolicyFactory BODY = new HtmlPolicyBuilder()
            .allowElements("p", "br", "hr", "h2", "h3", "h4", "h5", "h6", "blockquote", "ul", "ol", "li",
                    "dl", "dt", "dd", "em", "strong", "b", "i", "u", "s", "del", "ins", "sub", "sup", "small",
                    "mark", "cite", "q", "abbr", "code", "pre", "kbd", "figure", "figcaption",
                    "table", "thead", "tbody", "tfoot", "tr", "th", "td", "caption", "a", "img", "span",
                    "address", "details", "summary", "div", "section")
            // The page title is the page's one h1, so a heading of level 1 inside a body becomes level 2.
            .allowElements((name, attributes) -> "h2", "h1")
            .allowAttributes("href").matching(HTTP_OR_MAIL).onElements("a")
            .allowAttributes("title").onElements("a", "abbr")
            .allowAttributes("src").matching(Pattern.compile("(?i)^(https?:|/).*")).onElements("img")
            .allowAttributes("alt", "width", "height").onElements("img")
            // A picture inserted by the editor loads when it is scrolled to. (No srcset: the sanitizer reads it as one
            // address and mangles it, see OWASP/java-html-sanitizer#112.)
            .allowAttributes("loading").matching(Pattern.compile("lazy|eager")).onElements("img")
            .allowAttributes("cite").matching(HTTP_OR_MAIL).onElements("blockquote", "q")
            .allowAttributes("colspan", "rowspan", "scope").onElements("th", "td")
            .allowAttributes("start", "reversed").onElements("ol")
            .allowAttributes("open").onElements("details")
            .allowAttributes("class").matching(BodyClasses::kept).globally()
            .allowAttributes("id").matching(InPageLinks.KEPT_ID).globally()
            .allowUrlProtocols("http", "https", "mailto")
            .requireRelsOnLinks("noopener")
            .toFactory();

    /** Author bios and captions: a paragraph or two with emphasis and links. */
    private static final PolicyFactory SHORT = new HtmlPolicyBuilder()
            .allowElements("p", "br", "em", "strong", "b", "i", "cite", "q", "a", "span")
            .allowAttributes("href").matching(HTTP_OR_MAIL).onElements("a")
            .allowUrlProtocols("http", "https", "mailto")
            .requireRelsOnLinks("noopener")
            .toFactory();

    /**
     * Titles as WordPress shows them: inline emphasis only. A title is also a link in every list and the page's
     * one h1, so no links and no blocks; and no attributes, so no styles or handlers.
     */
    private static final PolicyFactory TITLE = new HtmlPolicyBuilder()
            .allowElements("em", "strong", "b", "i", "sup", "sub", "code", "mark", "s", "small", "span")
            .allowWithoutAttributes("span")
            .toFactory();

    private Markup() {}

    /** Markdown to safe HTML for an article body. */
    public static String markdownBody(String markdown) {
        return BODY.sanitize(RENDERER.render(PARSER.parse(markdown)));
    }

    /**
     * HTML from an import or an editor to safe HTML for an article body: players of other sites (oEmbed) become
     * link cards, and the ids its own links point at (footnotes) are kept under a prefix.
     */
    public static String htmlBody(String html) {
        return BODY.sanitize(InPageLinks.prefixed(LinkCard.cards(html)));
    }

    /** HTML kept elsewhere (a Masthead export being restored) to safe HTML for a bio or a caption. */
    public static String htmlShort(String html) {
        return SHORT.sanitize(html);
    }

    /**
     * A title's markup (as an import gives it) to safe inline HTML, or null when it holds no element worth
     * keeping: the plain title says all then.
     */
    public static String titleHtml(String html) {
        if (html == null || html.indexOf('<') < 0) {
            return null;
        }
        String safe = TITLE.sanitize(html.strip().replaceAll("\\s+", " "));
        return safe.indexOf('<') < 0 ? null : safe;
    }

    /** The text a reader reads in a title's markup, on one line. */
    public static String titleText(String titleHtml) {
        return org.jsoup.Jsoup.parseBodyFragment(titleHtml).text();
    }

    /** Markdown to safe HTML for a bio or a caption. */
    public static String markdownShort(String markdown) {
        return SHORT.sanitize(RENDERER.render(PARSER.parse(markdown)));
    }

    /** Plain text paragraphs (one per entry) as HTML, with every character kept as written. */
    public static String paragraphs(List<String> paragraphs) {
        var html = new StringBuilder();
        for (String paragraph : paragraphs) {
            html.append("<p>").append(escape(paragraph)).append("</p>\n");
        }
        return html.toString();
    }

    /**
     * Plain text as Markdown that renders to exactly that text. Only the characters that could start Markdown
     * syntax are escaped, so the source stays readable when an editor opens it later.
     */
    public static String escapeMarkdown(String text) {
        String escaped = text.replaceAll("([\\\\`*_\\[\\]<>|~&!])", "\\\\$1");
        // Line starts that would make a heading, a list or a quote.
        escaped = escaped.replaceAll("(?m)^(\\s*)([#+=-])", "$1\\\\$2");
        return escaped.replaceAll("(?m)^(\\s*\\d+)([.)])", "$1\\\\$2");
    }

    /** Escapes text for HTML element content and attribute values. */
    public static String escape(String text) {
        var out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&#34;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /** The words of a piece of HTML as a reader reads them, each paragraph, heading or list item on its own line. */
    public static String plainText(String html) {
        if (html == null || html.isBlank()) {
            return "";
        }
        org.jsoup.nodes.Document doc = org.jsoup.Jsoup.parseBodyFragment(html);
        // Block ends become line breaks, so that words of two paragraphs never run together; the line breaks
        // of the source inside a paragraph are just spaces.
        doc.select("p, h1, h2, h3, h4, h5, h6, li, blockquote, figcaption, pre, tr, br").after("\u2029");
        return doc.wholeText().replaceAll("\\s+", " ").replaceAll(" ?\u2029[\\s\u2029]*", "\n").strip();
    }

    /**
     * Stored (already sanitized) HTML with its links and pictures made absolute against an address, for
     * readers of it far from the site: webhook receivers, API clients.
     */
    public static String withAbsoluteLinks(String html, String against) {
        org.jsoup.nodes.Document body = org.jsoup.Jsoup.parseBodyFragment(html, against);
        for (org.jsoup.nodes.Element link : body.select("a[href]")) {
            link.attr("href", link.absUrl("href"));
        }
        for (org.jsoup.nodes.Element img : body.select("img[src]")) {
            img.attr("src", img.absUrl("src"));
        }
        body.outputSettings().prettyPrint(false);
        return body.body().html();
    }
}
