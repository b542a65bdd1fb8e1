package org.masthead.importer.ghost;

import java.util.LinkedHashSet;
import java.util.Set;
import org.masthead.markup.Markup;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * Renders a Lexical document (the format of Ghost's editor from 5.x) to HTML, for posts exported without their
 * HTML: a tree of paragraphs, headings, quotes, lists, links and text with its formats, and Ghost's cards as
 * nodes of their own.
 */
final class LexicalHtml {
    /** Lexical's text formats, one bit each, and the element each becomes (outermost first). */
    private static final String[][] FORMATS = {{"1", "strong"}, {"2", "em"}, {"4", "s"}, {"8", "u"}, {"16", "code"},
        {"32", "sub"}, {"64", "sup"}, {"128", "mark"}};

    private final Set<String> unknown = new LinkedHashSet<>();

    /** The document as HTML; an empty string when the JSON is not a Lexical document. */
    String render(String lexical) {
        JsonNode root;
        try {
            root = GhostJson.MAPPER.readTree(lexical).path("root");
        } catch (JacksonException notJson) {
            unknown.add("a Lexical document that is not valid JSON");
            return "";
        }
        StringBuilder out = new StringBuilder();
        children(root, out);
        return out.toString();
    }

    /** Nodes met that this renderer does not know, for the report. */
    Set<String> unknown() {
        return unknown;
    }

    private void children(JsonNode node, StringBuilder out) {
        for (JsonNode child : node.path("children")) {
            node(child, out);
        }
    }

    private void node(JsonNode node, StringBuilder out) {
        String type = node.path("type").asString("");
        switch (type) {
            case "paragraph" -> {
                StringBuilder text = new StringBuilder();
                children(node, text);
                if (!text.isEmpty()) {
                    out.append("<p>").append(text).append("</p>");
                }
            }
            case "heading", "extended-heading" -> {
                String tag = node.path("tag").asString("h2");
                tag = tag.matches("h[1-6]") ? tag : "h2";
                wrap(tag, node, out);
            }
            case "quote", "extended-quote", "aside" -> wrap("blockquote", node, out);
            case "list" -> {
                String tag = "number".equals(node.path("listType").asString("")) || "ol".equals(node.path("tag").asString("")) ? "ol" : "ul";
                int start = node.path("start").asInt(1);
                out.append('<').append(tag).append(tag.equals("ol") && start != 1 ? " start=\"" + start + "\"" : "").append('>');
                children(node, out);
                out.append("</").append(tag).append('>');
            }
            case "listitem" -> wrap("li", node, out);
            case "link", "autolink" -> {
                out.append("<a href=\"").append(Markup.escape(node.path("url").asString(""))).append("\">");
                children(node, out);
                out.append("</a>");
            }
            case "text", "extended-text" -> text(node, out);
            case "linebreak" -> out.append("<br>");
            case "tab" -> out.append('\t');
            case "hashtag", "mention" -> out.append(Markup.escape(node.path("text").asString("")));
            default -> {
                if (!GhostCards.render(type, node, out)) {
                    if (node.has("children")) {
                        children(node, out);
                    }
                    unknown.add("node “" + type + "”");
                }
            }
        }
    }

    private void wrap(String tag, JsonNode node, StringBuilder out) {
        out.append('<').append(tag).append('>');
        children(node, out);
        out.append("</").append(tag).append('>');
    }

    private static void text(JsonNode node, StringBuilder out) {
        int format = node.path("format").asInt(0);
        StringBuilder close = new StringBuilder();
        for (String[] f : FORMATS) {
            if ((format & Integer.parseInt(f[0])) != 0) {
                out.append('<').append(f[1]).append('>');
                close.insert(0, "</" + f[1] + ">");
            }
        }
        out.append(Markup.escape(node.path("text").asString(""))).append(close);
    }
}
