package org.masthead.importer.ghost;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.Set;
import org.masthead.markup.Markup;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * Renders a Mobiledoc document (the format of Ghost's editor from 1.0 to 4.x) to HTML, for posts exported without
 * their HTML. Sections are paragraphs, headings, quotes, lists and cards; text carries its markups (bold, links)
 * as opened and closed around each run of text, and atoms (Ghost's soft returns) stand inline.
 */
final class MobiledocHtml {
    private static final int MARKUP_SECTION = 1;
    private static final int IMAGE_SECTION = 2;
    private static final int LIST_SECTION = 3;
    private static final int CARD_SECTION = 10;
    private static final Set<String> BLOCKS = Set.of("p", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "aside", "pull-quote");
    private static final Set<String> INLINE = Set.of("a", "b", "code", "em", "i", "s", "strong", "sub", "sup", "u", "mark", "del");

    private final Set<String> unknown = new LinkedHashSet<>();
    private JsonNode markups;
    private JsonNode atoms;
    private JsonNode cards;

    /** The document as HTML; an empty string when the JSON is not a Mobiledoc document. */
    String render(String mobiledoc) {
        JsonNode doc;
        try {
            doc = GhostJson.MAPPER.readTree(mobiledoc);
        } catch (JacksonException notJson) {
            unknown.add("a Mobiledoc document that is not valid JSON");
            return "";
        }
        JsonNode sections = doc.path("sections");
        // Mobiledoc 0.2 (Ghost's 1.0 betas) kept the markups and the sections together in one pair.
        if (doc.path("version").asString("").startsWith("0.2") && sections.size() == 2 && sections.get(0).isArray()) {
            markups = sections.get(0);
            sections = sections.get(1);
        } else {
            markups = doc.path("markups");
        }
        atoms = doc.path("atoms");
        cards = doc.path("cards");
        StringBuilder out = new StringBuilder();
        for (JsonNode section : sections) {
            section(section, out);
        }
        return out.toString();
    }

    /** Cards and atoms met that this renderer does not know, for the report. */
    Set<String> unknown() {
        return unknown;
    }

    private void section(JsonNode section, StringBuilder out) {
        switch (section.path(0).asInt(-1)) {
            case MARKUP_SECTION -> {
                String tag = section.path(1).asString("p").toLowerCase(java.util.Locale.ROOT);
                tag = BLOCKS.contains(tag) ? tag : "p";
                // Ghost's "aside" is a pull quote; a quote is what readers of the HTML get.
                String html = tag.equals("aside") || tag.equals("pull-quote") ? "blockquote" : tag;
                StringBuilder text = new StringBuilder();
                markers(section.path(2), text);
                if (!text.isEmpty()) {
                    out.append('<').append(html).append('>').append(text).append("</").append(html).append('>');
                }
            }
            case IMAGE_SECTION -> out.append("<figure><img src=\"").append(Markup.escape(section.path(1).asString(""))).append("\" alt=\"\"></figure>");
            case LIST_SECTION -> {
                String tag = "ol".equalsIgnoreCase(section.path(1).asString("")) ? "ol" : "ul";
                out.append('<').append(tag).append('>');
                for (JsonNode item : section.path(2)) {
                    out.append("<li>");
                    markers(item, out);
                    out.append("</li>");
                }
                out.append("</").append(tag).append('>');
            }
            case CARD_SECTION -> {
                JsonNode card = section.path(1).isString() ? section : cards.path(section.path(1).asInt(-1));
                String name = card.path(section.path(1).isString() ? 1 : 0).asString("");
                JsonNode payload = card.path(section.path(1).isString() ? 2 : 1);
                if (!GhostCards.render(name, payload, out)) {
                    unknown.add("card “" + name + "”");
                }
            }
            default -> unknown.add("section of type " + section.path(0).asString("?"));
        }
    }

    /** Runs of text, each opening markups before it and closing some after it, innermost first. */
    private void markers(JsonNode markers, StringBuilder out) {
        Deque<String> open = new ArrayDeque<>();
        for (JsonNode marker : markers) {
            for (JsonNode index : marker.path(1)) {
                JsonNode markup = markups.path(index.asInt(-1));
                String tag = markup.path(0).asString("").toLowerCase(java.util.Locale.ROOT);
                if (INLINE.contains(tag)) {
                    out.append('<').append(tag);
                    JsonNode attributes = markup.path(1);
                    for (int i = 0; i + 1 < attributes.size(); i += 2) {
                        String attribute = attributes.get(i).asString("");
                        if (attribute.matches("href|rel|title")) {
                            out.append(' ').append(attribute).append("=\"").append(Markup.escape(attributes.get(i + 1).asString(""))).append('"');
                        }
                    }
                    out.append('>');
                }
                open.push(INLINE.contains(tag) ? tag : "");
            }
            if (marker.path(0).asInt(0) == 1) {
                atom(atoms.path(marker.path(3).asInt(-1)), out);
            } else {
                out.append(Markup.escape(marker.path(3).asString("")));
            }
            for (int closed = marker.path(2).asInt(0); closed > 0 && !open.isEmpty(); closed--) {
                close(open.pop(), out);
            }
        }
        while (!open.isEmpty()) {
            close(open.pop(), out);
        }
    }

    private static void close(String tag, StringBuilder out) {
        if (!tag.isEmpty()) {
            out.append("</").append(tag).append('>');
        }
    }

    private void atom(JsonNode atom, StringBuilder out) {
        String name = atom.path(0).asString("");
        if (name.equals("soft-return")) {
            out.append("<br>");
        } else {
            out.append(Markup.escape(atom.path(1).asString("")));
            if (!name.equals("mention")) {
                unknown.add("atom “" + name + "”");
            }
        }
    }
}
