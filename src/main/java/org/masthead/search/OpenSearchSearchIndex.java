package org.masthead.search;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.masthead.platform.Config;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The search index in an OpenSearch cluster, which every server of the magazine shares: the same documents, analysis
 * and answers as {@link LuceneSearchIndex}. Writes are sent in bulk and become visible at each commit (a refresh), as
 * Lucene's do; the schema version and the marker are kept in the index's mapping ({@code _meta}). The index is made,
 * with its mapping, on first use: a server starts while the cluster is down, its pages serve, and only search says
 * it is unavailable until the cluster answers.
 */
public final class OpenSearchSearchIndex implements SearchIndex {
    private static final Logger log = LoggerFactory.getLogger(OpenSearchSearchIndex.class);
    /** Operations sent in one bulk request at most: a rebuild's batch of articles, a few megabytes. */
    private static final int BULK = 500;
    private static final float RELATED_SHARE = 0.2f;

    private final OpenSearchNodes nodes;
    private final OpenSearchAlias alias;
    private final String index;
    private final String path;
    private final OpenSearchSearches searches = new OpenSearchSearches();
    private final OpenSearchSpelling spelling = new OpenSearchSpelling();
    private final List<byte[]> pending = new ArrayList<>();
    private volatile boolean ready;
    /** Whether the name is an alias, as it is unless the index was made before aliases (then a concrete index). */
    private volatile boolean aliased;
    /** The marker last written or read here, so that a commit with the same one does not rewrite the mapping. */
    private volatile String knownMarker;
    /** The index a rebuild is filling beside the live one, which searches keep using until the rebuild's commit. */
    private volatile String building;

    private OpenSearchSearchIndex(OpenSearchNodes nodes, String index) {
        this.nodes = nodes;
        this.alias = new OpenSearchAlias(nodes, index);
        this.index = index;
        this.path = "/" + index;
    }

    /** The index on this cluster; nothing is asked of the cluster until the index is first used. */
    public static OpenSearchSearchIndex open(Config.SearchCluster cluster) {
        var nodes = new OpenSearchNodes(cluster.nodes(), cluster.user().orElse(null), cluster.password().orElse(null));
        return new OpenSearchSearchIndex(nodes, cluster.index() + "-articles");
    }

    /** Where the index is, for logs and messages. */
    public String describe() {
        return nodes.where() + ", index " + index;
    }

    /**
     * Makes the index if it is missing, and makes it again, empty (to be rebuilt), if it was made by another version
     * of the schema. Asked before each use until it has once succeeded.
     */
    private void ensure() {
        if (ready) {
            return;
        }
        synchronized (this) {
            if (ready) {
                return;
            }
            Optional<String> current = alias.current();
            if (current.isPresent()) {
                JsonNode meta = meta();
                if (OpenSearchSchema.VERSION.equals(meta.path("schema").asString(null))) {
                    aliased = !current.get().equals(index);
                    knownMarker = meta.path("marker").asString(null);
                    ready = true;
                    return;
                }
                // CASE: also an index OpenSearch made by itself, with guessed mappings, for a write after a deletion.
                log.warn("The search index {} was made by another version of Masthead, or not by Masthead; making it"
                        + " again, to be rebuilt", describe());
                alias.switchTo(alias.createNext());
            } else {
                alias.createFirst();
            }
            if (alias.current().isEmpty()) {
                throw new SearchUnavailable("the search index " + describe() + " could not be made");
            }
            aliased = true;
            knownMarker = meta().path("marker").asString(null);
            ready = true;
        }
    }

    /** The {@code _meta} of the index the name leads to (the answer is keyed by that index's own name). */
    private JsonNode meta() {
        return meta(path);
    }

    private JsonNode meta(String at) {
        JsonNode mappings = nodes.call("GET", at + "/_mapping", null, 404);
        if (mappings.has("error")) {
            return tools.jackson.databind.node.MissingNode.getInstance();
        }
        return mappings.properties().stream().findFirst().map(entry -> entry.getValue().path("mappings").path("_meta"))
                .orElse(tools.jackson.databind.node.MissingNode.getInstance());
    }

    @Override
    public void put(SearchDocument document) {
        ObjectNode action = OpenSearchSchema.JSON.createObjectNode();
        action.putObject("index").put("_id", Long.toString(document.id()));
        queue(action + "\n" + OpenSearchSchema.document(document) + "\n");
    }

    @Override
    public void remove(long articleId) {
        ObjectNode action = OpenSearchSchema.JSON.createObjectNode();
        action.putObject("delete").put("_id", Long.toString(articleId));
        queue(action + "\n");
    }

    private void queue(String lines) {
        List<byte[]> full = null;
        synchronized (pending) {
            pending.add(lines.getBytes(StandardCharsets.UTF_8));
            if (pending.size() >= BULK) {
                full = List.copyOf(pending);
                pending.clear();
            }
        }
        if (full != null) {
            send(full);
        }
    }

    private void flush() {
        List<byte[]> all;
        synchronized (pending) {
            all = List.copyOf(pending);
            pending.clear();
        }
        if (!all.isEmpty()) {
            send(all);
        }
    }

    private void send(List<byte[]> operations) {
        ensure();
        var lines = new ByteArrayOutputStream();
        operations.forEach(lines::writeBytes);
        JsonNode answer = bulk(lines.toByteArray());
        if (answer.path("errors").asBoolean() && building == null && missing(answer)) {
            // CASE: the index was deleted under the running server (DELETE on it, by hand): the alias went with it,
            // and the write, which must go through an alias, did not make an index with guessed mappings.
            lost();
            answer = bulk(lines.toByteArray());
        }
        if (answer.path("errors").asBoolean()) {
            for (JsonNode item : answer.path("items")) {
                JsonNode result = item.path("index").isMissingNode() ? item.path("delete") : item.path("index");
                if (result.has("error")) {
                    throw new SearchUnavailable(describe() + " refused article " + result.path("_id").asString() + ": "
                            + result.path("error").path("reason").asString());
                }
            }
        }
    }

    /**
     * Starts a rebuild in a new index beside the live one, which searches and other servers' writes keep using until
     * the {@link #commit} that ends the rebuild points the name at the new one.
     */
    private JsonNode bulk(byte[] lines) {
        String into = building;
        // Through the alias, a write never makes an index (OpenSearch's own, with guessed mappings) if it is gone.
        String target = into != null ? "/" + into + "/_bulk" : path + "/_bulk" + (aliased ? "?require_alias=true" : "");
        return nodes.bulk(target, lines);
    }

    private static boolean missing(JsonNode answer) {
        for (JsonNode item : answer.path("items")) {
            for (JsonNode result : item) {
                if ("index_not_found_exception".equals(result.path("error").path("type").asString(""))) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * The index is gone, or is not one Masthead made: makes it again, empty and without a marker, so that the next
     * catch-up rebuilds it from the database.
     */
    private void lost() {
        log.warn("The search index {} is missing or has lost its mappings; making it again, to be rebuilt", describe());
        synchronized (this) {
            ready = false;
        }
        ensure();
    }

    @Override
    public void clear() {
        synchronized (pending) {
            pending.clear();
        }
        ensure();
        String abandoned = building;
        if (abandoned != null) {
            alias.delete(abandoned);
        }
        building = alias.createNext();
    }

    @Override
    public void commit(String marker) {
        flush();
        ensure();
        String built = building;
        if (built != null) {
            nodes.call("POST", "/" + built + "/_refresh", null);
            if (marker != null) {
                writeMarker("/" + built, marker);
            }
            alias.switchTo(built);
            building = null;
            knownMarker = marker;
            log.info("The search index {} now leads to {}, rebuilt", describe(), built);
            return;
        }
        nodes.call("POST", path + "/_refresh", null);
        if (!java.util.Objects.equals(marker, knownMarker)) {
            writeMarker(path, marker);
        }
    }

    private void writeMarker(String at, String marker) {
        ObjectNode meta = OpenSearchSchema.JSON.createObjectNode();
        ObjectNode values = meta.putObject("_meta").put("schema", OpenSearchSchema.VERSION);
        if (marker != null) {
            values.put("marker", marker);
        }
        nodes.call("PUT", at + "/_mapping", meta.toString());
        knownMarker = marker;
    }

    @Override
    public String marker() {
        ensure();
        // Read each time: on a cluster, another server's catch-up may have moved it.
        JsonNode meta = meta();
        if (!OpenSearchSchema.VERSION.equals(meta.path("schema").asString(null))) {
            // CASE: deleted (and perhaps made again by some other writer, with guessed mappings) since last seen.
            lost();
            meta = meta();
        }
        knownMarker = meta.path("marker").asString(null);
        return knownMarker;
    }

    @Override
    public SearchResults search(SearchQuery query) {
        SearchResults found = searchOnce(query, query, null);
        if (found.total() == 0 && !query.text().isEmpty()) {
            // CASE: nothing for the words as typed: try the spellings the archive knows (Cockburm → Cockburn).
            Optional<String> better = spelling.corrected(query.text(), this::searchRequest);
            if (better.isPresent()) {
                SearchResults again = searchOnce(query, query.withText(better.get()), better.get());
                if (again.total() > 0) {
                    return again;
                }
            }
        }
        return found;
    }

    private SearchResults searchOnce(SearchQuery asked, SearchQuery searched, String corrected) {
        return searches.results(searchRequest(searches.request(asked, searched)), asked, searched, corrected);
    }

    private JsonNode searchRequest(ObjectNode body) {
        ensure();
        JsonNode answer = nodes.call("POST", path + "/_search", body.toString(), 404);
        if (answer.has("error")) {
            lost();
            answer = nodes.call("POST", path + "/_search", body.toString());
        }
        return answer;
    }

    @Override
    public void compact() {
        ensure();
        nodes.call("POST", path + "/_forcemerge?max_num_segments=1", null);
    }

    @Override
    public List<SearchResults.Hit> related(long articleId, int count) {
        ObjectNode body = OpenSearchSchema.JSON.createObjectNode().put("size", count + 1);
        ObjectNode bool = body.putObject("query").putObject("bool");
        ObjectNode like = bool.putObject("must").putObject("more_like_this");
        like.set("fields", OpenSearchSearches.strings("title", "body"));
        like.putArray("like").addObject().put("_index", index).put("_id", Long.toString(articleId));
        like.put("min_term_freq", 1).put("min_doc_freq", 2).put("max_query_terms", 25).put("min_word_length", 3)
                .put("boost_terms", 1).put("include", true);
        // Itself, whatever it holds, to know its score against its own words; the others only with a text.
        ObjectNode either = bool.putArray("filter").addObject().putObject("bool");
        either.putArray("should").addObject().putObject("term").put("has_body", true);
        either.withArray("should").addObject().putObject("ids").set("values", OpenSearchSearches.strings(Long.toString(articleId)));
        body.set("_source", OpenSearchSearches.strings("id", "path", "published_on", "title", "dek", "card_authors"));
        JsonNode hits = searchRequest(body).path("hits").path("hits");
        double self = -1;
        for (JsonNode hit : hits) {
            if (hit.path("_id").asString().equals(Long.toString(articleId))) {
                self = hit.path("_score").asDouble();
            }
        }
        if (self < 0) {
            return List.of();
        }
        // An article scores highest against its own words; one scoring less than a fifth of that shares only the
        // common run of words with it, and is no more related than any other.
        double enough = self * RELATED_SHARE;
        List<SearchResults.Hit> related = new ArrayList<>();
        for (JsonNode hit : hits) {
            if (!hit.path("_id").asString().equals(Long.toString(articleId)) && hit.path("_score").asDouble() >= enough
                    && related.size() < count) {
                related.add(OpenSearchSearches.hit(hit));
            }
        }
        return related;
    }

    @Override
    public long size() {
        ensure();
        return nodes.call("GET", path + "/_count", null).path("count").asLong();
    }

    @Override
    public long countMentioning(String phrase) {
        ObjectNode body = OpenSearchSchema.JSON.createObjectNode();
        var should = body.putObject("query").putObject("bool").putArray("should");
        for (String field : new String[] {"title", "body"}) {
            should.addObject().putObject("match_phrase").putObject(field).put("query", phrase);
        }
        ensure();
        return nodes.call("POST", path + "/_count", body.toString()).path("count").asLong();
    }

    @Override
    public void close() {
        String abandoned = building;
        if (abandoned != null) {
            // A rebuild given up (the server stopping in the middle of one): the next one starts over.
            guardedDelete(abandoned);
        }
        nodes.close();
    }

    private void guardedDelete(String abandoned) {
        try {
            alias.delete(abandoned);
        } catch (SearchUnavailable e) {
            log.warn("Could not delete {}, left by a rebuild that did not finish: {}", abandoned, e.getMessage());
        }
    }
}
