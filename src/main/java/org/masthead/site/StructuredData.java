package org.masthead.site;

/**
 * A page's schema.org data as JSON-LD text, written by {@link JsonLd} and safe to print between
 * {@code <script type="application/ld+json">} and {@code </script>}: it holds no {@code <}, {@code >} or
 * {@code &}, which are escaped as {@code \u003C} and so on.
 */
public record StructuredData(String json) {
    public static final StructuredData NONE = new StructuredData("");

    public StructuredData {
        if (json.indexOf('<') >= 0 || json.indexOf('>') >= 0 || json.indexOf('&') >= 0) {
            throw new IllegalArgumentException("JSON-LD with markup characters left unescaped");
        }
    }

    public boolean isEmpty() {
        return json.isEmpty();
    }
}
