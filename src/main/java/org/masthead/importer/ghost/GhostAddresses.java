package org.masthead.importer.ghost;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * The addresses a Ghost post had, each to redirect to it here: pages at {@code /slug/}; posts where the site's
 * permalink setting put them (Ghost 0.x and 1.x kept it in the export; later versions moved it to routes.yaml and
 * use {@code /:slug/} by default), and their AMP pages; and the full address when the export gives one.
 */
final class GhostAddresses {
    private final String permalink;
    private final ZoneId zone;
    private final GhostPeople people;
    private final GhostTags tags;

    GhostAddresses(GhostIndex index, GhostPeople people, GhostTags tags) {
        String setting = index.settings.get("permalinks");
        this.permalink = setting != null && setting.startsWith("/") && setting.contains(":slug") ? setting : "/:slug/";
        // The setting's name changed twice: activeTimezone (0.x), active_timezone (1.x to 3.x), timezone (4.x on).
        this.zone = zone(firstSetting(index, "timezone", "active_timezone", "activeTimezone"));
        this.people = people;
        this.tags = tags;
    }

    List<String> of(JsonNode post, String slug, boolean page, Instant published, List<String> authorKeys, List<String> topicKeys) {
        List<String> addresses = new ArrayList<>();
        if (page) {
            addresses.add("/" + slug + "/");
        } else {
            String path = postPath(post, slug, published, authorKeys, topicKeys);
            if (path != null) {
                addresses.add(path);
                addresses.add(path + (path.endsWith("/") ? "" : "/") + "amp/");
            }
            if (!permalink.equals("/:slug/")) {
                // CASE: a site that changed its permalinks kept answering at /slug/ only if a redirect said so; Ghost's
                // own default is what links from before the change most likely used.
                addresses.add("/" + slug + "/");
            }
        }
        String url = GhostJson.clean(post, "url");
        if (url != null && url.matches("(?i)https?://\\S+")) {
            addresses.add(url);
        }
        return addresses;
    }

    /** The permalink filled in; null when it needs a date and the post never had one. */
    private String postPath(JsonNode post, String slug, Instant published, List<String> authorKeys, List<String> topicKeys) {
        boolean dated = permalink.contains(":year") || permalink.contains(":month") || permalink.contains(":day");
        if (dated && published == null) {
            return null;
        }
        String path = permalink.replace(":slug", slug).replace(":id", nonNull(GhostJson.clean(post, "id")));
        if (dated) {
            ZonedDateTime at = published.atZone(zone);
            path = path.replace(":year", String.format("%04d", at.getYear())).replace(":month", String.format("%02d", at.getMonthValue()))
                    .replace(":day", String.format("%02d", at.getDayOfMonth()));
        }
        String author = authorKeys.isEmpty() ? null : people.slug(authorKeys.getFirst());
        String tag = topicKeys.isEmpty() ? null : tags.slug(topicKeys.getFirst());
        path = path.replace(":primary_author", nonNull(author)).replace(":author", nonNull(author))
                .replace(":primary_tag", nonNull(tag));
        return path.contains("//") ? null : path;
    }

    private static String firstSetting(GhostIndex index, String... keys) {
        for (String key : keys) {
            if (index.settings.containsKey(key)) {
                return index.settings.get(key);
            }
        }
        return null;
    }

    private static String nonNull(String text) {
        return text == null ? "" : text;
    }

    private static ZoneId zone(String name) {
        try {
            return name == null ? ZoneId.of("UTC") : ZoneId.of(name);
        } catch (DateTimeException unknown) {
            return ZoneId.of("UTC");
        }
    }
}
