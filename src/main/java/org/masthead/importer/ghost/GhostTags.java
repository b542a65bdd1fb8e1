package org.masthead.importer.ghost;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.masthead.common.Names;
import org.masthead.common.Slugs;
import org.masthead.importer.ImportOutcome.Item;
import org.masthead.importer.ImportSink;
import org.masthead.importer.SourceTopic;
import tools.jackson.databind.JsonNode;

/**
 * Ghost's tags as topics, broader ones first (0.x had parents). Internal tags ({@code #name}, slug
 * {@code hash-name}) steer themes and are never shown to readers in Ghost, so they are left out; two tags of one
 * slug are one topic.
 */
final class GhostTags {
    private static final int MAX_NAME = 100;
    private static final int MAX_DESCRIPTION = 2000;

    /** Every tag key read, mapped to the key its topic was sent under; internal and broken tags map to nothing. */
    private final Map<String, String> keys = new HashMap<>();
    private final Map<String, String> slugs = new HashMap<>();
    private final Map<String, String> left = new HashMap<>();

    void send(GhostIndex index, ImportSink sink) {
        Map<String, JsonNode> tags = new LinkedHashMap<>();
        for (JsonNode row : index.table("tags")) {
            String key = GhostRows.tagKey(row);
            if (key == null) {
                sink.failed(Item.TOPIC, "a tag", "it has neither a name nor a slug");
            } else {
                tags.putIfAbsent(key, row);
            }
        }
        index.embeddedTags.forEach(tags::putIfAbsent);
        Map<String, String> bySlug = new HashMap<>();
        List<Map.Entry<String, JsonNode>> waiting = new ArrayList<>(tags.entrySet());
        // Parents before children: each round sends the tags whose parent is sent (or absent); a loop of parents
        // (which Ghost never made, but a file can hold) ends the rounds and the rest go without a parent.
        boolean loose = false;
        while (!waiting.isEmpty()) {
            List<Map.Entry<String, JsonNode>> later = new ArrayList<>();
            for (Map.Entry<String, JsonNode> tag : waiting) {
                String parent = GhostJson.clean(tag.getValue(), "parent_id");
                boolean parentPending = parent != null && !parent.equals(tag.getKey()) && tags.containsKey(parent)
                        && !keys.containsKey(parent) && !left.containsKey(parent);
                if (parentPending && !loose) {
                    later.add(tag);
                } else {
                    send(tag.getKey(), tag.getValue(), parentPending ? null : keys.get(parent), bySlug, sink);
                }
            }
            loose = later.size() == waiting.size();
            waiting = later;
        }
    }

    private void send(String key, JsonNode row, String parentKey, Map<String, String> bySlug, ImportSink sink) {
        String name = GhostJson.clean(row, "name");
        String slug = GhostJson.clean(row, "slug");
        String id = GhostJson.clean(row, "id");
        String label = "tag " + (id != null ? id : "") + (name == null ? "" : (id != null ? " " : "") + "“" + name + "”")
                + (id == null && name == null ? key : "");
        boolean internal = (name != null && name.startsWith("#")) || (slug != null && slug.startsWith("hash-"))
                || "internal".equalsIgnoreCase(GhostJson.clean(row, "visibility"));
        if (internal) {
            left.put(key, "internal");
            sink.skipped(Item.TOPIC, label, "an internal tag: Ghost uses it to steer themes and never shows it to readers");
            return;
        }
        if (name == null || Slugs.of(name).isEmpty()) {
            if (slug == null || Slugs.of(slug).isEmpty()) {
                left.put(key, "broken");
                sink.failed(Item.TOPIC, label, "it has neither a name nor a slug with letters in it");
                return;
            }
            sink.note(label + ": it has no name in the export; it is named after its slug, “" + slug + "”");
            name = slug;
        }
        name = Names.clean(name);
        if (name.length() > MAX_NAME) {
            sink.note(label + ": its name was cut to " + MAX_NAME + " characters");
            name = name.substring(0, MAX_NAME).strip();
        }
        String slugKey = slug != null ? slug.toLowerCase(java.util.Locale.ROOT) : Slugs.of(name);
        String same = bySlug.get(slugKey);
        if (same != null) {
            keys.put(key, same);
            sink.skipped(Item.TOPIC, label, "the export has this tag twice (as " + same + " too); its posts are filed under one topic");
            return;
        }
        String description = GhostJson.clean(row, "description");
        if (description != null && description.length() > MAX_DESCRIPTION) {
            sink.note(label + ": its description was cut to " + MAX_DESCRIPTION + " characters");
            description = description.substring(0, MAX_DESCRIPTION);
        }
        bySlug.put(slugKey, key);
        sink.topic(new SourceTopic(key, name, slug, description, parentKey));
        keys.put(key, key);
        slugs.put(key, slug != null ? slug : Slugs.of(name));
    }

    /** The key a tag's topic was sent under; null when the tag is internal, broken or not in the export. */
    String key(String tagId) {
        return tagId == null ? null : keys.get(tagId);
    }

    /** Whether the export lists this tag at all (an internal tag is listed, yet has no topic). */
    boolean listed(String tagId) {
        return tagId != null && (keys.containsKey(tagId) || left.containsKey(tagId));
    }

    String slug(String key) {
        return slugs.get(key);
    }
}
