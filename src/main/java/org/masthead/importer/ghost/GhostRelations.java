package org.masthead.importer.ghost;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * The tables that tie posts to their authors and tags, by Ghost post id, in the order Ghost shows them:
 * {@code sort_order} first (a row without one goes last), then the order of the rows; a row given twice counts once.
 */
final class GhostRelations {
    private final Map<String, List<String>> authors;
    private final Map<String, List<String>> tags;
    private final Map<String, JsonNode> meta = new HashMap<>();

    GhostRelations(GhostIndex index) {
        this.authors = ordered(index.table("posts_authors"), "author_id");
        this.tags = ordered(index.table("posts_tags"), "tag_id");
        for (JsonNode row : index.table("posts_meta")) {
            String post = GhostJson.clean(row, "post_id");
            if (post != null) {
                meta.putIfAbsent(post, row);
            }
        }
    }

    /** The post's authors in byline order, or null when posts_authors (Ghost 1.22 on) says nothing of it. */
    List<String> authors(String postId) {
        return postId == null ? null : authors.get(postId);
    }

    List<String> tags(String postId) {
        return postId == null ? null : tags.get(postId);
    }

    /** The post's row of posts_meta (Ghost 3 on: search-engine texts, the feature image's alt and caption), or null. */
    JsonNode meta(String postId) {
        return postId == null ? null : meta.get(postId);
    }

    private record Link(String other, int order, int row) {}

    private static Map<String, List<String>> ordered(List<JsonNode> rows, String otherColumn) {
        Map<String, List<Link>> links = new HashMap<>();
        for (int i = 0; i < rows.size(); i++) {
            JsonNode row = rows.get(i);
            String post = GhostJson.clean(row, "post_id");
            String other = GhostJson.clean(row, otherColumn);
            if (post != null && other != null) {
                String order = GhostJson.clean(row, "sort_order");
                int sort = order != null && order.matches("-?\\d{1,9}") ? Integer.parseInt(order) : Integer.MAX_VALUE;
                links.computeIfAbsent(post, p -> new ArrayList<>()).add(new Link(other, sort, i));
            }
        }
        Map<String, List<String>> ordered = new HashMap<>();
        links.forEach((post, list) -> {
            list.sort(Comparator.comparingInt(Link::order).thenComparingInt(Link::row));
            ordered.put(post, list.stream().map(Link::other).distinct().toList());
        });
        return ordered;
    }
}
