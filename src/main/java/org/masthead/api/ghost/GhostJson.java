package org.masthead.api.ghost;

import java.net.URI;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.masthead.catalog.Ids;
import org.masthead.catalog.Picture;
import org.masthead.catalog.Post;
import org.masthead.catalog.Writer;
import org.masthead.markup.Markup;
import org.masthead.topic.Topic;

/**
 * Our records in the shapes Ghost's APIs give: its field names, nulls where Ghost has a field we do not keep
 * (code injection, Open Graph overrides), times in UTC with milliseconds and an explicit offset as Ghost writes
 * them, and absolute addresses. A picture's credit and licence travel in its caption, so a site built on the
 * API credits the picture as the magazine does.
 */
final class GhostJson {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'+00:00'")
            .withZone(ZoneOffset.UTC);
    private static final int WORDS_PER_MINUTE = 275;
    private static final int EXCERPT_LENGTH = 500;

    private final Supplier<URI> base;

    GhostJson(Supplier<URI> base) {
        this.base = base;
    }

    /** What a post or page carries, as asked: html and plaintext, authors and tags, and nothing else when fields are named. */
    record Shape(boolean html, boolean plaintext, boolean authors, boolean tags, boolean postCounts, Set<String> fields) {
        static final Shape DEFAULT = new Shape(true, false, false, false, false, Set.of());
    }

    static String time(Instant instant) {
        return instant == null ? null : TIME.format(instant);
    }

    String absolute(String path) {
        if (path == null || !path.startsWith("/")) {
            return path;
        }
        String root = base.get().toString();
        return (root.endsWith("/") ? root.substring(0, root.length() - 1) : root) + path;
    }

    /** The site's address as Ghost gives it, ending in a slash. */
    String siteUrl() {
        return absolute("/");
    }

    Map<String, Object> post(Post post, Shape shape) {
        return post(post, shape, Map.of());
    }

    /** A post or page; {@code extra} holds what only the Admin API shows (its status, its lead picture's library entry). */
    Map<String, Object> post(Post post, Shape shape, Map<String, Object> extra) {
        String text = post.html() == null ? "" : Markup.plainText(post.html());
        Picture picture = post.picture();
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", post.apiId());
        json.put("uuid", Ids.uuidOf(post.id()).toString());
        json.put("title", post.title());
        json.put("slug", post.slug());
        if (shape.html()) {
            json.put("html", post.html() == null ? null : post.html());
        }
        if (shape.plaintext()) {
            json.put("plaintext", text);
        }
        json.put("comment_id", post.apiId());
        json.put("feature_image", picture == null ? null : absolute(picture.src()));
        json.put("feature_image_alt", picture == null || picture.alt().isBlank() ? null : picture.alt());
        json.put("feature_image_caption", picture == null ? null : caption(picture));
        json.put("featured", post.featured());
        json.putAll(extra);
        json.put("visibility", "public");
        json.put("created_at", time(post.createdAt()));
        json.put("updated_at", time(post.updatedAt()));
        json.put("published_at", time(post.publishedAt()));
        json.put("custom_excerpt", post.dek().isBlank() ? null : post.dek());
        json.put("codeinjection_head", null);
        json.put("codeinjection_foot", null);
        json.put("custom_template", null);
        json.put("canonical_url", post.seo().canonicalUrl());
        if (shape.tags()) {
            List<Map<String, Object>> tags = post.topics().stream().map(t -> tag(t, null)).toList();
            json.put("tags", tags);
            json.put("primary_tag", tags.isEmpty() ? null : tags.getFirst());
        }
        if (shape.authors()) {
            List<Map<String, Object>> authors = post.authors().stream().map(w -> author(w, null)).toList();
            json.put("authors", authors);
            json.put("primary_author", authors.isEmpty() ? null : authors.getFirst());
        }
        json.put("url", post.publishedAt() == null ? null : absolute(post.path()));
        json.put("excerpt", post.dek().isBlank() ? excerpt(text) : post.dek());
        json.put("reading_time", readingTime(text, post.html(), picture != null));
        json.put("access", true);
        json.put("comments", false);
        var social = post.seo().social();
        json.put("og_image", null);
        json.put("og_title", orNull(social.ogTitle()));
        json.put("og_description", orNull(social.ogDescription()));
        json.put("twitter_image", null);
        json.put("twitter_title", orNull(social.xTitle()));
        json.put("twitter_description", orNull(social.xDescription()));
        json.put("meta_title", post.seo().title().isBlank() ? null : post.seo().title());
        json.put("meta_description", post.seo().description().isBlank() ? null : post.seo().description());
        json.put("email_subject", null);
        json.put("frontmatter", null);
        return only(json, shape.fields());
    }

    /** Ghost answers null for a text never set; we keep it as empty. */
    private static String orNull(String text) {
        return text.isEmpty() ? null : text;
    }

    Map<String, Object> author(Writer writer, Long postCount) {
        var author = writer.author();
        var profile = author.profile();
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", Ids.of(author.id()));
        json.put("name", author.name());
        json.put("slug", author.slug());
        json.put("profile_image", writer.profileImage() == null ? null : absolute(writer.profileImage()));
        json.put("cover_image", null);
        json.put("bio", author.hasBio() ? Markup.plainText(author.bioHtml()) : null);
        json.put("website", profile.website());
        json.put("location", profile.location().isBlank() ? null : profile.location());
        json.put("facebook", profile.facebook());
        json.put("twitter", profile.twitter());
        json.put("meta_title", null);
        json.put("meta_description", null);
        json.put("url", absolute(author.path()));
        if (postCount != null) {
            json.put("count", Map.of("posts", postCount));
        }
        return json;
    }

    Map<String, Object> tag(Topic topic, Long postCount) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", Ids.of(topic.id()));
        json.put("name", topic.name());
        json.put("slug", topic.slug());
        json.put("description", topic.description().isBlank() ? null : topic.description());
        json.put("feature_image", null);
        json.put("visibility", "public");
        json.put("og_image", null);
        json.put("og_title", null);
        json.put("og_description", null);
        json.put("twitter_image", null);
        json.put("twitter_title", null);
        json.put("twitter_description", null);
        json.put("meta_title", null);
        json.put("meta_description", null);
        json.put("codeinjection_head", null);
        json.put("codeinjection_foot", null);
        json.put("canonical_url", null);
        json.put("accent_color", null);
        json.put("url", absolute("/topic/" + org.masthead.common.Slugs.inPath(topic.slug()) + "/"));
        if (postCount != null) {
            json.put("count", Map.of("posts", postCount));
        }
        return json;
    }

    /** Only the fields asked for (and the id, which Ghost always gives); everything when none are named. */
    static Map<String, Object> only(Map<String, Object> json, Set<String> fields) {
        if (fields.isEmpty()) {
            return json;
        }
        Map<String, Object> kept = new LinkedHashMap<>();
        json.forEach((key, value) -> {
            if (key.equals("id") || fields.contains(key)) {
                kept.put(key, value);
            }
        });
        return kept;
    }

    /** The caption and the credit line, as HTML (Ghost's captions are HTML): "Caption. Photo: Name (CC BY 2.0)". */
    static String caption(Picture picture) {
        StringBuilder html = new StringBuilder(org.masthead.media.CaptionLinks.html(picture.caption()));
        if (!picture.creditName().isBlank()) {
            String kind = switch (picture.creditKind() == null ? "photo" : picture.creditKind()) {
                case "illustration" -> "Illustration";
                case "image" -> "Image";
                default -> "Photo";
            };
            html.append(html.isEmpty() ? "" : " ").append(kind).append(": ").append(link(picture.creditName(), picture.creditUrl()));
            if (picture.licenceLabel() != null) {
                html.append(" (").append(link(picture.licenceLabel(), picture.licenceUrl())).append(')');
            }
        }
        return html.isEmpty() ? null : html.toString();
    }

    private static String link(String text, String href) {
        return href == null ? escape(text) : "<a href=\"" + escape(href) + "\">" + escape(text) + "</a>";
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    private static String excerpt(String text) {
        if (text.length() <= EXCERPT_LENGTH) {
            return text;
        }
        int end = EXCERPT_LENGTH;
        // Never cut an emoji or another character outside the basic plane in half.
        if (Character.isHighSurrogate(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(0, end);
    }

    /**
     * Minutes to read, as Ghost reckons them: the words at 275 a minute, and a moment for each picture (12
     * seconds for the first, one less for each next, never under 3), rounded.
     */
    static int readingTime(String text, String html, boolean leadPicture) {
        if (text.isBlank()) {
            return 0;
        }
        long words = text.split("\\s+").length;
        int pictures = (html == null ? 0 : html.split("<img[\\s>]", -1).length - 1) + (leadPicture ? 1 : 0);
        double seconds = words * 60.0 / WORDS_PER_MINUTE;
        for (int i = 0; i < pictures; i++) {
            seconds += Math.max(12 - i, 3);
        }
        return (int) Math.round(seconds / 60);
    }
}
