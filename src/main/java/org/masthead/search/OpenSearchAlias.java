package org.masthead.search;

import java.util.Iterator;
import java.util.Optional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The name every server searches and writes the magazine's index by, an alias, and the concrete index behind it:
 * {@code <name>-1}, then {@code <name>-2}... A rebuild fills the next one beside the live one; one {@code _aliases}
 * request then moves the alias to it, so that searches see the whole old index until they see the whole new one,
 * and the old one is deleted.
 *
 * <p>An index made before aliases is a concrete index called {@code <name>}. It is used as it is until the next
 * rebuild, whose switch deletes it and makes the alias in the same {@code _aliases} request ({@code remove_index}
 * and {@code add}): OpenSearch applies the two as one change of the cluster's state, so no request finds the name
 * missing. What a search already running on the old index when it is deleted may lose is its fetch phase: it fails,
 * and the reader is told search is unavailable for that one query.
 */
final class OpenSearchAlias {
    /** Attempts at a free name for a new index: each taken one was left by a rebuild that did not finish. */
    private static final int NAMES_TRIED = 20;

    private final OpenSearchNodes nodes;
    private final String name;

    OpenSearchAlias(OpenSearchNodes nodes, String name) {
        this.nodes = nodes;
        this.name = name;
    }

    String name() {
        return name;
    }

    /**
     * The concrete index the name leads to: the one the alias points at, or the name itself for an index made before
     * aliases; empty if there is neither.
     */
    Optional<String> current() {
        JsonNode aliased = nodes.call("GET", "/_alias/" + name, null, 404);
        Iterator<String> indices = aliased.propertyNames().iterator();
        while (indices.hasNext()) {
            String index = indices.next();
            if (!"error".equals(index) && !"status".equals(index)) {
                return Optional.of(index);
            }
        }
        return nodes.status("HEAD", "/" + name) == 200 ? Optional.of(name) : Optional.empty();
    }

    /**
     * Makes the magazine's first index, with the alias pointing at it, in one request. CASE: two servers starting
     * at once both find it missing: the second is told the index exists, which is as good.
     */
    void createFirst() {
        ObjectNode body = definition();
        body.putObject("aliases").putObject(name);
        nodes.call("PUT", "/" + name + "-1", body.toString(), 400);
        if (current().isEmpty()) {
            // CASE: only the alias was deleted, and its index kept: left alone, a new one beside it takes the name.
            switchTo(createNext());
        }
    }

    /** Makes a new, empty index with the schema, beside the current one, which the alias does not lead to yet. */
    String createNext() {
        int next = current().map(this::number).orElse(0) + 1;
        for (int tried = 0; tried < NAMES_TRIED; tried++, next++) {
            String index = name + "-" + next;
            JsonNode answer = nodes.call("PUT", "/" + index, definition().toString(), 400);
            if (!answer.has("error")) {
                return index;
            }
            if (!"resource_already_exists_exception".equals(answer.path("error").path("type").asString(""))) {
                throw new SearchUnavailable(nodes.where() + " would not make the index " + index + ": " + answer.path("error"));
            }
        }
        throw new SearchUnavailable(nodes.where() + " has " + NAMES_TRIED + " indices named " + name + "-<n> after "
                + current().orElse("none") + "; delete those left by rebuilds that did not finish");
    }

    /**
     * Points the name at {@code index}, in one request, and deletes the index it led to before. An index made before
     * aliases is deleted in that same request, as it holds the name the alias takes.
     */
    void switchTo(String index) {
        Optional<String> old = current();
        ObjectNode body = OpenSearchSchema.JSON.createObjectNode();
        ArrayNode actions = body.putArray("actions");
        if (old.isPresent() && old.get().equals(name)) {
            actions.addObject().putObject("remove_index").put("index", name);
        } else if (old.isPresent() && !old.get().equals(index)) {
            actions.addObject().putObject("remove").put("index", old.get()).put("alias", name);
        }
        actions.addObject().putObject("add").put("index", index).put("alias", name);
        nodes.call("POST", "/_aliases", body.toString());
        if (old.isPresent() && !old.get().equals(name) && !old.get().equals(index)) {
            // Deleted once no new search can reach it: one still running there ends on the index it began on.
            delete(old.get());
        }
    }

    /** Deletes an index this server made and no longer wants (a rebuild it gave up); gone already is as good. */
    void delete(String index) {
        nodes.call("DELETE", "/" + index, null, 404);
    }

    private int number(String index) {
        try {
            return index.equals(name) ? 0 : Integer.parseInt(index.substring(name.length() + 1));
        } catch (RuntimeException notOurs) {
            return 0;
        }
    }

    private static ObjectNode definition() {
        return (ObjectNode) OpenSearchSchema.JSON.readTree(OpenSearchSchema.definition());
    }
}
