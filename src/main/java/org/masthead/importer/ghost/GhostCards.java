package org.masthead.importer.ghost;

import java.util.List;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.masthead.markup.LinkCard;
import org.masthead.markup.Markup;
import tools.jackson.databind.JsonNode;

/**
 * The cards of Ghost's editors as HTML. Mobiledoc (Ghost 1 to 4) and Lexical (Ghost 5) carry the same cards
 * with the same fields, so both renderers share this. What they give is sanitized later, as every stored HTML is;
 * a card that only made sense in Ghost (a paywall marker, a newsletter-only block, a sign-up form) gives nothing.
 */
final class GhostCards {
    private static final Parser MARKDOWN = Parser.builder().extensions(List.of(TablesExtension.create())).build();
    private static final HtmlRenderer HTML = HtmlRenderer.builder().extensions(List.of(TablesExtension.create())).build();
    /** Cards that are Ghost's machinery, not the piece's text. */
    private static final java.util.Set<String> NOT_CONTENT = java.util.Set.of("paywall", "email", "email-cta", "signup");

    private GhostCards() {}

    /** Writes the card; false when the card is not one Ghost's editors make (the caller reports it). */
    static boolean render(String name, JsonNode card, StringBuilder out) {
        switch (name) {
            case "markdown", "card-markdown" -> out.append(markdown(text(card, "markdown")));
            case "html" -> out.append(text(card, "html"));
            case "image" -> image(card, out);
            case "gallery" -> gallery(card, out);
            case "hr", "horizontalrule" -> out.append("<hr>");
            case "code", "codeblock" -> {
                out.append("<figure><pre><code>").append(Markup.escape(text(card, "code"))).append("</code></pre>");
                caption(card, out);
                out.append("</figure>");
            }
            // A player or a bookmarked page is a card to follow: nothing is loaded from the other site.
            case "embed" -> linkCard(card, text(card.path("metadata"), "title"), "", text(card.path("metadata"), "provider_name"), out);
            case "bookmark" -> linkCard(card, text(card.path("metadata"), "title"), text(card.path("metadata"), "description"),
                    firstOf(card.path("metadata"), "publisher", "author"), out);
            case "callout" -> out.append(callout(text(card, "calloutEmoji"), text(card, "calloutText")));
            case "toggle" -> out.append(toggle(text(card, "heading"), text(card, "content")));
            case "button" -> out.append(button(text(card, "buttonUrl"), text(card, "buttonText"), text(card, "alignment")));
            case "video", "audio", "file" -> link(text(card, "src"), firstOf(card, "fileTitle", "title", "fileName", "src"), out);
            case "header" -> out.append("<h2>").append(firstOf(card, "header", "heading")).append("</h2>")
                    .append(paragraph(firstOf(card, "subheader", "subheading")));
            case "product" -> out.append("<h3>").append(text(card, "productTitle")).append("</h3>")
                    .append(paragraph(text(card, "productDescription")));
            default -> {
                return NOT_CONTENT.contains(name);
            }
        }
        return true;
    }

    static String markdown(String source) {
        return HTML.render(MARKDOWN.parse(source));
    }

    private static void image(JsonNode card, StringBuilder out) {
        String src = text(card, "src");
        if (src.isBlank()) {
            return;
        }
        out.append(figure(text(card, "cardWidth")));
        String href = text(card, "href");
        if (!href.isBlank()) {
            out.append("<a href=\"").append(Markup.escape(href)).append("\">");
        }
        img(card, out);
        if (!href.isBlank()) {
            out.append("</a>");
        }
        caption(card, out);
        out.append("</figure>");
    }

    /** A figure as wide as Ghost showed it: the text's width, wide, or the whole window. */
    private static String figure(String width) {
        return switch (width) {
            case "wide" -> "<figure class=\"alignwide\">";
            case "full" -> "<figure class=\"alignfull\">";
            default -> "<figure>";
        };
    }

    private static void img(JsonNode image, StringBuilder out) {
        out.append("<img src=\"").append(Markup.escape(text(image, "src"))).append("\" alt=\"").append(Markup.escape(text(image, "alt")))
                .append('"');
        for (String size : new String[] {"width", "height"}) {
            String value = text(image, size);
            if (value.matches("\\d{1,5}")) {
                out.append(' ').append(size).append("=\"").append(value).append('"');
            }
        }
        out.append('>');
    }

    private static void gallery(JsonNode card, StringBuilder out) {
        out.append(figure("wide"));
        for (JsonNode image : card.path("images")) {
            if (!text(image, "src").isBlank()) {
                img(image, out);
            }
        }
        caption(card, out);
        out.append("</figure>");
    }

    private static void linkCard(JsonNode card, String title, String description, String publisher, StringBuilder out) {
        String url = text(card, "url");
        if (url.isBlank()) {
            return;
        }
        out.append("<figure class=\"link-card-figure\">").append(LinkCard.html(url, title, description, publisher));
        caption(card, out);
        out.append("</figure>");
    }

    /** A callout as Ghost drew it: a box, its emoji apart from its text. */
    static String callout(String emoji, String html) {
        return "<div class=\"callout\">" + (emoji.isBlank() ? "" : "<span class=\"callout-emoji\">" + Markup.escape(emoji.strip()) + "</span>")
                + "<div class=\"callout-text\">" + paragraph(html) + "</div></div>";
    }

    /** A toggle: a heading the reader opens to read what is under it. */
    static String toggle(String heading, String html) {
        return "<details><summary>" + heading + "</summary>" + paragraph(html) + "</details>";
    }

    /** A button: a link that looks like one, where Ghost placed it. */
    static String button(String url, String label, String alignment) {
        if (url.isBlank()) {
            return "";
        }
        String align = switch (alignment) {
            case "center" -> " class=\"has-text-align-center\"";
            case "right" -> " class=\"has-text-align-right\"";
            default -> "";
        };
        return "<p" + align + "><a class=\"button\" href=\"" + Markup.escape(url) + "\">" + Markup.escape(label.isBlank() ? url : label)
                + "</a></p>";
    }

    private static void link(String url, String label, StringBuilder out) {
        if (!url.isBlank()) {
            out.append("<p><a href=\"").append(Markup.escape(url)).append("\">")
                    .append(Markup.escape(label.isBlank() ? url : label)).append("</a></p>");
        }
    }

    /** A caption is HTML in Ghost (links, emphasis), kept as such. */
    private static void caption(JsonNode card, StringBuilder out) {
        String caption = text(card, "caption");
        if (!caption.isBlank()) {
            out.append("<figcaption>").append(caption).append("</figcaption>");
        }
    }

    private static String paragraph(String html) {
        return html.isBlank() ? "" : html.strip().startsWith("<") ? html : "<p>" + html + "</p>";
    }

    private static String firstOf(JsonNode card, String... fields) {
        for (String field : fields) {
            if (!text(card, field).isBlank()) {
                return text(card, field);
            }
        }
        return "";
    }

    static String text(JsonNode node, String field) {
        String text = GhostJson.text(node, field);
        return text == null ? "" : text;
    }
}
