package org.masthead.importer.ghost;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.masthead.importer.ImportFailed;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.JsonNode;

/**
 * The first pass over a Ghost export: everything but the posts, which stay on disk until the second pass streams
 * them one by one. Ghost writes its tables in any order (posts often first), so the users, tags and the tables
 * that relate them to posts are read here, and the place of the posts array is remembered.
 *
 * <p>It finds the export in every wrapping Ghost and its tools have used: {@code {"db":[{"meta","data"}]}} (the
 * admin's download), {@code {"meta","data"}} (0.x and the API), {@code {"data":{"meta","data"}}} (what Ghost's
 * importer makes of a zip), and posts at the top with their authors and tags inside them (the Content and Admin
 * APIs' answers, and the JSON of TryGhost's migrate tools).
 */
final class GhostIndex {
    private static final Set<String> TABLES = Set.of("users", "tags", "posts_tags", "posts_authors", "posts_meta", "roles",
            "roles_users", "settings");
    /** Tables of people and things Masthead does not take (yet), counted for the report. */
    private static final Map<String, String> COUNTED = Map.of("members", "members (subscribers) not imported",
            "subscribers", "subscribers not imported", "comments", "comments not imported");

    String version;
    /** Steps from the top of the file to the posts array: property names and array positions. */
    List<Object> postsPath;
    int postCount;
    final Map<String, String> settings = new HashMap<>();
    final Map<String, List<JsonNode>> tables = new HashMap<>();
    /** Authors and tags met inside posts (API answers, migrate JSON), by their key, in the order met. */
    final Map<String, JsonNode> embeddedUsers = new LinkedHashMap<>();
    final Map<String, JsonNode> embeddedTags = new LinkedHashMap<>();
    final Map<String, Integer> counted = new LinkedHashMap<>();

    private boolean found;

    private GhostIndex() {}

    /** Reads the file through once, checking that it is JSON and holds a Ghost export; throws {@link ImportFailed} if not. */
    static GhostIndex read(Path file) {
        GhostIndex index = new GhostIndex();
        try (InputStream in = Files.newInputStream(file); JsonParser p = GhostJson.MAPPER.createParser(in)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw new ImportFailed(1, "this JSON file holds no Ghost export: a Ghost export is one JSON object");
            }
            index.container(p, new ArrayList<>(), 0);
            if (p.nextToken() != null) {
                throw new ImportFailed(p.currentLocation().getLineNr(), "the file goes on after the end of the export");
            }
        } catch (JacksonException e) {
            int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            throw new ImportFailed(Math.max(line, 0), "the file is not valid JSON (" + e.getOriginalMessage() + ")"
                    + "; it may have been cut short on its way here, or edited by hand");
        } catch (IOException e) {
            throw new ImportFailed(0, "cannot read the file: " + e.getMessage());
        }
        if (!index.found) {
            throw new ImportFailed(0, "this JSON file holds no Ghost export: Ghost's export (Settings, then Labs or "
                    + "Import/Export, then Export) has its posts, users and tags under \"data\"");
        }
        return index;
    }

    List<JsonNode> table(String name) {
        return tables.getOrDefault(name, List.of());
    }

    /** Reads one object that may hold the export's parts, or wrap them in "db" or "data". */
    private void container(JsonParser p, List<Object> path, int depth) {
        while (p.nextToken() == JsonToken.PROPERTY_NAME) {
            String name = p.currentName();
            JsonToken value = p.nextToken();
            List<Object> here = new ArrayList<>(path);
            here.add(name);
            if (name.equals("db") && value == JsonToken.START_ARRAY && depth < 4) {
                for (int i = 0; p.nextToken() != JsonToken.END_ARRAY; i++) {
                    if (p.currentToken() == JsonToken.START_OBJECT && i == 0) {
                        List<Object> element = new ArrayList<>(here);
                        element.add(i);
                        container(p, element, depth + 1);
                    } else {
                        p.skipChildren();
                    }
                }
            } else if (name.equals("data") && value == JsonToken.START_OBJECT && depth < 4) {
                container(p, here, depth + 1);
            } else if (name.equals("meta") && value == JsonToken.START_OBJECT) {
                JsonNode meta = GhostJson.MAPPER.readTree(p);
                version = version != null ? version : GhostJson.clean(meta, "version");
            } else if (name.equals("posts") && value == JsonToken.START_ARRAY && postsPath == null) {
                postsPath = here;
                found = true;
                scanPosts(p);
            } else if (TABLES.contains(name) && value == JsonToken.START_ARRAY) {
                found = true;
                List<JsonNode> rows = tables.computeIfAbsent(name, n -> new ArrayList<>());
                for (JsonNode row : GhostJson.MAPPER.readTree(p)) {
                    rows.add(GhostRows.flatten(row));
                }
            } else if (COUNTED.containsKey(name) && value == JsonToken.START_ARRAY) {
                int n = 0;
                while (p.nextToken() != JsonToken.END_ARRAY) {
                    p.skipChildren();
                    n++;
                }
                if (n > 0) {
                    counted.merge(COUNTED.get(name), n, Integer::sum);
                }
            } else {
                p.skipChildren();
            }
        }
        for (JsonNode row : table("settings")) {
            String key = GhostJson.clean(row, "key");
            String setting = GhostJson.clean(row, "value");
            // CASE: a setting written twice (seen in broken exports): the first that says something wins.
            if (key != null && setting != null) {
                settings.putIfAbsent(key, setting);
            }
        }
    }

    /** Counts the posts and keeps the authors and tags that ride inside them; the rest waits for the second pass. */
    private void scanPosts(JsonParser p) {
        while (p.nextToken() != JsonToken.END_ARRAY) {
            postCount++;
            if (p.currentToken() != JsonToken.START_OBJECT) {
                p.skipChildren();
                continue;
            }
            while (p.nextToken() == JsonToken.PROPERTY_NAME) {
                String name = p.currentName();
                p.nextToken();
                switch (name) {
                    case "authors", "author", "primary_author", "tags", "data" -> embedded(name, GhostJson.MAPPER.readTree(p));
                    default -> p.skipChildren();
                }
            }
        }
    }

    private void embedded(String name, JsonNode node) {
        switch (name) {
            case "data" -> {
                for (String inner : List.of("authors", "author", "tags")) {
                    if (node.has(inner)) {
                        embedded(inner, node.get(inner));
                    }
                }
            }
            case "authors", "author", "primary_author" -> {
                for (JsonNode user : node.isArray() ? node : List.of(node)) {
                    JsonNode flat = GhostRows.flatten(user);
                    String key = GhostRows.userKey(flat);
                    if (key != null) {
                        embeddedUsers.putIfAbsent(key, flat);
                    }
                }
            }
            case "tags" -> {
                for (JsonNode tag : node.isArray() ? node : List.<JsonNode>of()) {
                    JsonNode flat = GhostRows.flatten(tag);
                    String key = GhostRows.tagKey(flat);
                    if (key != null) {
                        embeddedTags.putIfAbsent(key, flat);
                    }
                }
            }
            default -> { }
        }
    }
}
