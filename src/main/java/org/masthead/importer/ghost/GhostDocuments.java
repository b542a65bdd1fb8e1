package org.masthead.importer.ghost;

import java.util.List;

/**
 * Ghost's editor documents (Mobiledoc, Lexical) made HTML, for whoever receives one: the Ghost import, and the
 * Admin API when a Ghost client sends a post as its editor writes it.
 */
public final class GhostDocuments {
    private GhostDocuments() {}

    /** The document as HTML, and the parts of it that could not be rendered (empty when all of it was). */
    public record Rendered(String html, List<String> unrendered) {
        public Rendered {
            unrendered = List.copyOf(unrendered);
        }
    }

    public static Rendered lexical(String json) {
        LexicalHtml renderer = new LexicalHtml();
        String html = renderer.render(json);
        return new Rendered(html, List.copyOf(renderer.unknown()));
    }

    public static Rendered mobiledoc(String json) {
        MobiledocHtml renderer = new MobiledocHtml();
        String html = renderer.render(json);
        return new Rendered(html, List.copyOf(renderer.unknown()));
    }
}
