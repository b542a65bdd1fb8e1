package org.masthead.importer.ghost;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** The one shape rows are read in, whichever tool wrote them, and the keys items are known by. */
final class GhostRows {
    private GhostRows() {}

    /**
     * TryGhost's migrate tools wrap each row as {@code {"url": ..., "data": {...}}}; the row is its data, with the
     * address it had kept beside the rest. Rows of Ghost's own exports come back as they are.
     */
    static JsonNode flatten(JsonNode row) {
        if (row == null || !row.isObject() || row.has("id") || !row.path("data").isObject()) {
            return row;
        }
        ObjectNode flat = ((ObjectNode) row.get("data")).deepCopy();
        if (!flat.has("url") && GhostJson.clean(row, "url") != null) {
            flat.put("url", GhostJson.clean(row, "url"));
        }
        return flat;
    }

    /**
     * A user's key: Ghost's id; for the migrate tools, which have none, the address the writer had (the one thing
     * that joins a post's author to the list of users there), then the slug, email or name.
     */
    static String userKey(JsonNode user) {
        return first(user, "id", "url", "slug", "email", "name");
    }

    /** A tag's key: Ghost's id, else its slug or name. */
    static String tagKey(JsonNode tag) {
        return first(tag, "id", "slug", "name");
    }

    static String first(JsonNode node, String... fields) {
        if (node == null || !node.isObject()) {
            return null;
        }
        for (String field : fields) {
            String value = GhostJson.clean(node, field);
            if (value != null) {
                return value;
            }
        }
        return null;
    }
}
