package org.masthead.search;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A reader's search as an OpenSearch request, and its answer read back: the same words, weights, filters, facets and
 * marked passages as {@link LuceneResults}. The words go through OpenSearch's {@code simple_query_string}, the same
 * parser as Lucene's (quotes, {@code -word}, {@code a | b}, never failing on any input).
 */
final class OpenSearchSearches {
    private static final int FACET_VALUES = 10;
    private static final String FLAGS = "AND|NOT|OR|PHRASE|PRECEDENCE|ESCAPE|WHITESPACE";
    /**
     * Marks around the words found, turned into {@code <mark>} once the text is escaped: characters of the private use
     * area, which no article's text has a use for (control characters would not do: the highlighter trims them off the
     * end of a passage, as white space).
     */
    private static final char START = '\uE000';
    private static final char END = '\uE001';

    /** Lucene's own reading of the words, to know as it does which words a query keeps (none if only "the"). */
    private final LuceneQueries lucene = new LuceneQueries(new LuceneSchema());

    /** The request for the page {@code asked} wants of what {@code searched} (the query, or its correction) matches. */
    ObjectNode request(SearchQuery asked, SearchQuery searched) {
        String text = lucene.firstWords(searched.text());
        boolean ranks = LuceneQueries.ranks(lucene.words(text));
        ObjectNode body = OpenSearchSchema.JSON.createObjectNode();
        body.put("from", (asked.page() - 1) * asked.pageSize()).put("size", asked.pageSize()).put("track_total_hits", true);
        if (ranks) {
            body.putObject("query").putObject("simple_query_string").put("query", text).put("default_operator", "and")
                    .put("flags", FLAGS).set("fields", strings(OpenSearchSchema.WEIGHTED));
        } else {
            body.putObject("query").putObject("match_all");
        }
        // The filters apply to the hits after the facets are counted: each dimension counts without its own filter, so
        // that "Ada (3)" is what choosing Ada instead would show.
        List<ObjectNode> filters = filters(searched);
        if (!filters.isEmpty()) {
            body.putObject("post_filter").putObject("bool").set("filter", array(filters));
        }
        if (!ranks || asked.order() == SearchQuery.Order.NEWEST) {
            body.putArray("sort").addObject().put("published", "desc");
        }
        body.set("_source", strings("id", "path", "published_on", "title", "dek", "card_authors"));
        ObjectNode highlight = body.putObject("highlight");
        highlight.set("pre_tags", strings(String.valueOf(START)));
        highlight.set("post_tags", strings(String.valueOf(END)));
        ObjectNode fields = highlight.putObject("fields");
        fields.putObject("title").put("number_of_fragments", 0).put("no_match_size", 10_000);
        fields.putObject("body").put("fragment_size", 220).put("number_of_fragments", 2).put("no_match_size", 220)
                .put("order", "none");
        ObjectNode aggs = body.putObject("aggs");
        facet(aggs, "author", "author_facet", filters(searched.withoutAuthor()));
        facet(aggs, "topic", "topic_facet", filters(searched.withoutTopic()));
        facet(aggs, "year", "year", filters(searched.withoutYear()));
        return body;
    }

    /** Whether the words, as Lucene reads them, weigh anything: without them results come newest first. */
    boolean ranks(String text) {
        return LuceneQueries.ranks(lucene.words(lucene.firstWords(text)));
    }

    SearchResults results(JsonNode answer, SearchQuery asked, SearchQuery searched, String corrected) {
        List<SearchResults.Hit> hits = new ArrayList<>();
        for (JsonNode hit : answer.path("hits").path("hits")) {
            hits.add(hit(hit));
        }
        JsonNode aggs = answer.path("aggregations");
        var facets = new SearchResults.Facets(values(aggs.path("author"), true), values(aggs.path("topic"), true),
                years(values(aggs.path("year"), false)));
        SearchQuery.Order order = ranks(searched.text()) ? asked.order() : SearchQuery.Order.NEWEST;
        return new SearchResults(asked, answer.path("hits").path("total").path("value").asLong(), hits, facets, corrected, order);
    }

    /** A hit as a result shows it: marked title and passages, or the title and dek as they are. */
    static SearchResults.Hit hit(JsonNode hit) {
        JsonNode source = hit.path("_source");
        List<SearchDocument.Label> authors = new ArrayList<>();
        for (JsonNode author : source.path("card_authors")) {
            authors.add(new SearchDocument.Label(author.path("slug").asString(), author.path("name").asString()));
        }
        String title = source.path("title").asString();
        JsonNode marked = hit.path("highlight");
        List<String> passages = new ArrayList<>();
        for (JsonNode passage : marked.path("body")) {
            passages.add(html(passage.asString().strip()));
        }
        String snippet = String.join(" … ", passages).strip();
        if (snippet.isEmpty()) {
            // CASE: an article known only by its title, or a match in the dek: show the dek.
            snippet = org.masthead.markup.Markup.escape(source.path("dek").asString());
        }
        JsonNode titleMarked = marked.path("title").path(0);
        String titleHtml = titleMarked.isMissingNode() ? org.masthead.markup.Markup.escape(title) : html(titleMarked.asString());
        return new SearchResults.Hit(source.path("id").asLong(), source.path("path").asString(), title, titleHtml, snippet,
                authors, LocalDate.parse(source.path("published_on").asString()));
    }

    /** The filters of a query, as OpenSearch terms. */
    static List<ObjectNode> filters(SearchQuery query) {
        List<ObjectNode> filters = new ArrayList<>();
        Map.of("author_slug", String.valueOf(query.author()), "topic_slug", String.valueOf(query.topic()),
                "year", String.valueOf(query.year())).forEach((field, value) -> {
                    if (!"null".equals(value)) {
                        ObjectNode term = OpenSearchSchema.JSON.createObjectNode();
                        term.putObject("term").put(field, value);
                        filters.add(term);
                    }
                });
        return filters;
    }

    private static void facet(ObjectNode aggs, String name, String field, List<ObjectNode> filters) {
        ObjectNode within = aggs.putObject(name);
        ObjectNode filter = within.putObject("filter");
        if (filters.isEmpty()) {
            filter.putObject("match_all");
        } else {
            filter.putObject("bool").set("filter", array(filters));
        }
        within.putObject("aggs").putObject("values").putObject("terms").put("field", field).put("size", FACET_VALUES);
    }

    private static List<SearchResults.FacetValue> values(JsonNode agg, boolean labelled) {
        List<SearchResults.FacetValue> values = new ArrayList<>();
        for (JsonNode bucket : agg.path("values").path("buckets")) {
            String key = bucket.path("key").asString();
            long count = bucket.path("doc_count").asLong();
            if (labelled) {
                SearchDocument.Label label = LuceneSchema.unlabel(key);
                values.add(new SearchResults.FacetValue(label.slug(), label.name(), count));
            } else {
                values.add(new SearchResults.FacetValue(key, key, count));
            }
        }
        return values;
    }

    /** Years newest first, as Lucene's facets show them. */
    private static List<SearchResults.FacetValue> years(List<SearchResults.FacetValue> years) {
        var sorted = new ArrayList<>(years);
        sorted.sort((a, b) -> b.value().compareTo(a.value()));
        return sorted;
    }

    /**
     * The text, escaped as Lucene's highlighter escapes it (so both engines give the same HTML), with the words found
     * in {@code <mark>}.
     */
    static String html(String marked) {
        var out = new StringBuilder(marked.length() + 32);
        for (int i = 0; i < marked.length(); i++) {
            char c = marked.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#x27;");
                case '/' -> out.append("&#x2F;");
                case START -> out.append("<mark>");
                case END -> out.append("</mark>");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    static ArrayNode strings(String... values) {
        ArrayNode array = OpenSearchSchema.JSON.createArrayNode();
        for (String value : values) {
            array.add(value);
        }
        return array;
    }

    private static ArrayNode array(List<ObjectNode> nodes) {
        ArrayNode array = OpenSearchSchema.JSON.createArrayNode();
        nodes.forEach(array::add);
        return array;
    }
}
