package org.masthead.feed;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.json.JsonMapper;

/**
 * JSON Feed 1.1 (https://jsonfeed.org/version/1.1). Dates in RFC 3339 (UTC). JSON Feed has no field for a
 * picture's credit: it is in {@code content_html} as on the page, and in {@code _image_credit}, an extension
 * (names starting with an underscore are left to publishers; readers ignore those they do not know).
 */
final class JsonFeedWriter {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private JsonFeedWriter() {}

    static byte[] write(Feed feed) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("version", "https://jsonfeed.org/version/1.1");
        json.put("title", feed.title());
        json.put("home_page_url", feed.pageUrl());
        json.put("feed_url", feed.url(FeedFormat.JSON));
        putIfPresent(json, "description", feed.description());
        json.put("language", feed.language());
        List<Map<String, Object>> items = new ArrayList<>();
        for (FeedEntry entry : feed.entries()) {
            items.add(item(entry));
        }
        json.put("items", items);
        return JSON.writeValueAsBytes(json);
    }

    private static Map<String, Object> item(FeedEntry entry) {
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("id", entry.id());
        item.put("url", entry.url());
        item.put("title", entry.title());
        if (entry.contentHtml() != null) {
            item.put("content_html", entry.contentHtml());
        } else {
            // An item must have content_html or content_text: an excerpt, or nothing for an article known only by its title.
            item.put("content_text", entry.summary());
        }
        putIfPresent(item, "summary", entry.summary());
        if (entry.image() != null) {
            item.put("image", entry.image().url());
            if (!entry.image().credit().isEmpty()) {
                Map<String, Object> credit = new LinkedHashMap<>();
                credit.put("text", entry.image().credit());
                putIfPresent(credit, "url", entry.image().creditUrl());
                putIfPresent(credit, "licence", entry.image().licence());
                putIfPresent(credit, "licence_url", entry.image().licenceUrl());
                item.put("_image_credit", credit);
            }
        }
        item.put("date_published", rfc3339(entry.published()));
        item.put("date_modified", rfc3339(entry.updated()));
        List<Map<String, Object>> authors = new ArrayList<>();
        for (FeedEntry.Person writer : entry.authors()) {
            // Ordered maps throughout: the same feed must be the same bytes, for its ETag.
            Map<String, Object> author = new LinkedHashMap<>();
            author.put("name", writer.name());
            author.put("url", writer.url());
            authors.add(author);
        }
        item.put("authors", authors);
        if (!entry.categories().isEmpty()) {
            item.put("tags", entry.categories().stream().map(FeedEntry.Category::label).toList());
        }
        return item;
    }

    private static String rfc3339(Instant instant) {
        return instant.truncatedTo(java.time.temporal.ChronoUnit.SECONDS).toString();
    }

    private static void putIfPresent(Map<String, Object> json, String name, String value) {
        if (value != null && !value.isBlank()) {
            json.put(name, value);
        }
    }
}
