package org.masthead.site;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import tools.jackson.core.SerializableString;
import tools.jackson.core.io.CharacterEscapes;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.json.JsonMapper;

/**
 * The schema.org types the public pages describe themselves with, as records, and their serialization to
 * JSON-LD by Jackson. Nothing here is written by hand into JSON: a title holding {@code </script>} comes
 * out as {@code \u003C/script\u003E}, which a browser's HTML parser cannot take for the end of the script.
 */
final class JsonLd {
    private static final JsonMapper JSON = JsonMapper.builder(JsonFactory.builder().characterEscapes(new HtmlSafe()).build())
            .build();

    private JsonLd() {}

    /** The nodes of one page as a single {@code @graph}; none gives no JSON-LD at all. */
    static StructuredData graph(List<?> nodes) {
        if (nodes.isEmpty()) {
            return StructuredData.NONE;
        }
        return new StructuredData(JSON.writeValueAsString(new Graph("https://schema.org", nodes)));
    }

    record Graph(@JsonProperty("@context") String context, @JsonProperty("@graph") List<?> graph) {}

    /** A NewsArticle, or an OpinionNewsArticle for a piece filed under Opinion. */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    record Article(@JsonProperty("@type") String type, String headline, String description, String url,
            String mainEntityOfPage, List<Person> author, String datePublished, String dateModified, ImageObject image,
            Organization publisher, boolean isAccessibleForFree, List<String> keywords, String inLanguage) {}

    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    record Person(@JsonProperty("@type") String type, String name, String url, String description) {
        Person(String name, String url, String description) {
            this("Person", name, url, description);
        }
    }

    /** A picture with its attribution: who is credited, under which licence (its deed), with what notice. */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    record ImageObject(@JsonProperty("@type") String type, String url, String contentUrl, Integer width, Integer height,
            String caption, String creditText, String license, String copyrightNotice) {}

    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    record Organization(@JsonProperty("@type") String type, String name, String url) {
        Organization(String name, String url) {
            this("Organization", name, url);
        }
    }

    /** The magazine as a whole, with the search readers can use from a search engine's result. */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    record WebSite(@JsonProperty("@type") String type, String name, String url, String description, String inLanguage,
            Organization publisher, SearchAction potentialAction) {}

    record SearchAction(@JsonProperty("@type") String type, String target,
            @JsonProperty("query-input") String queryInput) {
        SearchAction(String target) {
            this("SearchAction", target, "required name=search_term_string");
        }
    }

    /** A page about something other than one article: WebPage, CollectionPage, SearchResultsPage. */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    record WebPage(@JsonProperty("@type") String type, String name, String url, String description, String inLanguage) {}

    record BreadcrumbList(@JsonProperty("@type") String type, List<ListItem> itemListElement) {
        BreadcrumbList(List<ListItem> items) {
            this("BreadcrumbList", items);
        }
    }

    record ListItem(@JsonProperty("@type") String type, int position, String name, String item) {
        ListItem(int position, String name, String item) {
            this("ListItem", position, name, item);
        }
    }

    /** JSON's own escapes, plus {@code <}, {@code >} and {@code &} as \\u escapes, which are the same string to JSON. */
    private static final class HtmlSafe extends CharacterEscapes {
        private final int[] escapes;

        HtmlSafe() {
            escapes = standardAsciiEscapesForJSON();
            escapes['<'] = ESCAPE_STANDARD;
            escapes['>'] = ESCAPE_STANDARD;
            escapes['&'] = ESCAPE_STANDARD;
        }

        @Override
        public int[] getEscapeCodesForAscii() {
            return escapes;
        }

        @Override
        public SerializableString getEscapeSequence(int ch) {
            return null;
        }
    }
}
