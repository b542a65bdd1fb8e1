package org.masthead.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The spelling the archive knows for words it has never seen ("Cockburm" → "Cockburn"), by the rules of
 * {@link LuceneQueries#corrected}: only words of five letters or more, one letter's edit up to seven letters and two
 * beyond, the first letter as typed, names first, then headlines and text. Two requests: which words are unknown
 * (a count of each in the fields searched), then OpenSearch's term suggester for those.
 */
final class OpenSearchSpelling {
    private static final int ONE_EDIT_UP_TO = 7;
    private static final String[] SPELLING_FIELDS = {"authors", "topics", "spell"};
    private static final String[] TEXT_FIELDS = {"spell", "authors", "topics", "title", "body"};

    /**
     * The text with each unknown word replaced by the nearest the archive has, or empty when nothing could be
     * corrected. {@code search} sends a search request body and gives the answer.
     */
    Optional<String> corrected(String text, Function<ObjectNode, JsonNode> search) {
        List<String> candidates = new ArrayList<>();
        Matcher words = Respelling.WORD.matcher(text);
        while (words.find() && candidates.size() < Respelling.MAX_CORRECTIONS) {
            if (words.group().length() >= Respelling.MIN_CORRECTED_LENGTH) {
                candidates.add(words.group());
            }
        }
        if (candidates.isEmpty()) {
            return Optional.empty();
        }
        List<String> unknown = unknown(candidates, search);
        if (unknown.isEmpty()) {
            return Optional.empty();
        }
        JsonNode suggested = search.apply(suggestions(unknown)).path("suggest");
        return Respelling.rewrite(text, word -> {
            int at = unknown.indexOf(word);
            return at < 0 ? null : best(suggested, at, word);
        });
    }

    /** The words no field has: a count of each, in one request. A word of only stop words counts as known. */
    private static List<String> unknown(List<String> candidates, Function<ObjectNode, JsonNode> search) {
        ObjectNode body = OpenSearchSchema.JSON.createObjectNode().put("size", 0);
        ObjectNode aggs = body.putObject("aggs");
        for (int i = 0; i < candidates.size(); i++) {
            aggs.putObject("w" + i).putObject("filter").putObject("multi_match").put("query", candidates.get(i))
                    .put("zero_terms_query", "all").set("fields", OpenSearchSearches.strings(TEXT_FIELDS));
        }
        JsonNode counts = search.apply(body).path("aggregations");
        List<String> unknown = new ArrayList<>();
        for (int i = 0; i < candidates.size(); i++) {
            if (counts.path("w" + i).path("doc_count").asLong() == 0) {
                unknown.add(candidates.get(i));
            }
        }
        return unknown;
    }

    private static ObjectNode suggestions(List<String> unknown) {
        ObjectNode body = OpenSearchSchema.JSON.createObjectNode().put("size", 0);
        ObjectNode suggest = body.putObject("suggest");
        for (int i = 0; i < unknown.size(); i++) {
            String word = unknown.get(i);
            for (int edits = 1; edits <= maxEdits(word); edits++) {
                for (String field : SPELLING_FIELDS) {
                    suggest.putObject(name(i, field, edits)).put("text", word).putObject("term").put("field", field)
                            .put("max_edits", edits).put("prefix_length", 1).put("min_word_length", Respelling.MIN_CORRECTED_LENGTH)
                            .put("suggest_mode", "always").put("sort", "score").put("size", 1);
                }
            }
        }
        return body;
    }

    /** The nearest: fewest edits first, then names before headlines and text, as Lucene's correction looks. */
    private static String best(JsonNode suggested, int at, String word) {
        for (int edits = 1; edits <= maxEdits(word); edits++) {
            for (String field : SPELLING_FIELDS) {
                for (JsonNode token : suggested.path(name(at, field, edits))) {
                    JsonNode option = token.path("options").path(0);
                    if (!option.isMissingNode() && !option.path("text").asString().equals(token.path("text").asString())) {
                        return option.path("text").asString();
                    }
                }
            }
        }
        return null;
    }

    private static int maxEdits(String word) {
        return word.length() <= ONE_EDIT_UP_TO ? 1 : 2;
    }

    private static String name(int word, String field, int edits) {
        return "w" + word + "_" + field + "_" + edits;
    }
}
