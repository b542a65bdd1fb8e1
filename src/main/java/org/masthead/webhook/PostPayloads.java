package org.masthead.webhook;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Supplier;
import org.jsoup.Jsoup;
import org.masthead.article.Article;
import org.masthead.article.ArticleStatus;
import org.masthead.author.Byline;
import org.masthead.catalog.Ids;
import org.masthead.edition.Edition;
import org.masthead.edition.EditionService;
import org.masthead.media.Image;
import org.masthead.media.MediaService;
import org.masthead.topic.Topic;
import org.masthead.topic.TopicService;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * An article as a webhook receiver reads it, in the shape of Ghost's post resource (the Content API's ids, Ghost's
 * statuses, {@code custom_excerpt}, {@code feature_image}, {@code authors} and {@code tags}), with our own
 * {@code edition} and picture credit beside; absolute addresses throughout. Also the snapshot kept of it, to
 * say next time which fields a change changed.
 */
final class PostPayloads {
    static final JsonMapper JSON = JsonMapper.builder().build();
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'")
            .withZone(ZoneOffset.UTC);
    private static final int EXCERPT_LENGTH = 300;

    private final TopicService topics;
    private final MediaService media;
    private final EditionService editions;
    private final Supplier<URI> publicUrl;
    private final java.util.function.LongFunction<String> apiIds;

    PostPayloads(TopicService topics, MediaService media, EditionService editions, Supplier<URI> publicUrl,
            java.util.function.LongFunction<String> apiIds) {
        this.apiIds = apiIds;
        this.topics = topics;
        this.media = media;
        this.editions = editions;
        this.publicUrl = publicUrl;
    }

    ObjectNode current(Article article) {
        String base = publicUrl.get().toString().replaceFirst("/$", "");
        String url = article.isPublished() ? base + article.path() : null;
        ObjectNode post = JSON.createObjectNode();
        post.put("id", apiIds.apply(article.id()));
        post.put("uuid", Ids.uuidOf(article.id()).toString());
        post.put("title", article.title());
        post.put("slug", article.slug());
        post.put("status", ghostStatus(article.status()));
        post.put("masthead_status", article.status().code());
        post.put("url", url);
        post.put("html", org.masthead.markup.Markup.withAbsoluteLinks(article.body().html(), url != null ? url : base + "/"));
        post.put("custom_excerpt", article.dek().isBlank() ? null : article.dek());
        post.put("excerpt", excerpt(article));
        post.put("featured", article.featured());
        post.put("visibility", "public");
        post.put("published_at", time(article.publishedAt()));
        post.put("updated_at", time(article.updatedAt()));
        post.put("canonical_url", article.seo().canonicalUrl());
        post.put("meta_title", article.seo().title().isEmpty() ? null : article.seo().title());
        post.put("meta_description", article.seo().description().isEmpty() ? null : article.seo().description());
        picture(post, media.findOptional(article.leadImageId()).orElse(null), base);
        ArrayNode authors = post.putArray("authors");
        for (Byline byline : article.authors()) {
            authors.addObject().put("id", Ids.of(byline.id())).put("name", byline.name()).put("slug", byline.slug())
                    .put("url", base + byline.path());
        }
        post.set("primary_author", authors.isEmpty() ? null : authors.get(0));
        ArrayNode tags = post.putArray("tags");
        for (Topic topic : topics.ofArticle(article.id())) {
            tags.addObject().put("id", Ids.of(topic.id())).put("name", topic.name()).put("slug", topic.slug())
                    .put("url", base + "/topic/" + org.masthead.common.Slugs.inPath(topic.slug()) + "/");
        }
        post.set("primary_tag", tags.isEmpty() ? null : tags.get(0));
        Edition edition = article.editionId() == null ? null
                : editions.findByIds(List.of(article.editionId())).stream().findFirst().orElse(null);
        post.set("edition", edition == null ? null : JSON.createObjectNode().put("date", edition.startsOn().toString())
                .put("label", edition.hasLabel() ? edition.label() : null).put("url", base + edition.path()));
        return post;
    }

    /** What is kept to compare the next change with: the payload without its text, which only a digest stands for. */
    static ObjectNode snapshot(ObjectNode current) {
        ObjectNode kept = current.deepCopy();
        JsonNode html = kept.remove("html");
        kept.put("html_digest", digest(html == null || html.isNull() ? "" : html.asString()));
        return kept;
    }

    /** Whether a change shows in what a receiver reads: a move in the lineup touches only {@code updated_at}. */
    static boolean differ(JsonNode before, ObjectNode after) {
        ObjectNode a = ((ObjectNode) before).deepCopy();
        ObjectNode b = after.deepCopy();
        a.remove("updated_at");
        b.remove("updated_at");
        return !a.equals(b);
    }

    /** The earlier values of the fields that changed, as Ghost's {@code previous} holds them. */
    static ObjectNode previous(JsonNode before, ObjectNode after) {
        ObjectNode previous = JSON.createObjectNode();
        for (var field : before.properties()) {
            if (!field.getKey().equals("html_digest") && !field.getValue().equals(after.get(field.getKey()))) {
                previous.set(field.getKey(), field.getValue());
            }
        }
        return previous;
    }

    /** The body sent: {"post": {"current": ..., "previous": ...}}, or "page" for a page's events. */
    static String envelope(WebhookEvent event, ObjectNode current, ObjectNode previous) {
        ObjectNode body = JSON.createObjectNode();
        ObjectNode resource = body.putObject(event.aboutPage() ? "page" : "post");
        resource.set("current", current);
        resource.set("previous", previous);
        return JSON.writeValueAsString(body);
    }

    private static void picture(ObjectNode post, Image image, String base) {
        String src = image == null ? null : image.src().map(s -> s.startsWith("/") ? base + s : s).orElse(null);
        post.put("feature_image", src);
        post.put("feature_image_alt", image == null || image.alt().isBlank() ? null : image.alt());
        post.put("feature_image_caption", image == null || image.caption().isBlank() ? null
                : org.masthead.media.CaptionLinks.html(image.caption()));
        if (image == null || !image.hasCredit()) {
            post.putNull("feature_image_credit");
            return;
        }
        post.putObject("feature_image_credit").put("kind", image.creditKind().code()).put("name", image.creditName())
                .put("url", image.creditUrl() == null || image.creditUrl().isBlank() ? null
                        : image.creditUrl().startsWith("/") ? base + image.creditUrl() : image.creditUrl())
                .put("licence", image.licence() == null ? null : image.licence().label())
                .put("licence_url", image.licence() == null ? null : image.licence().deedUrl().orElse(null));
    }

    /** Ghost knows drafts, scheduled and published posts; a piece waiting for review or taken down is a draft there. */
    private static String ghostStatus(ArticleStatus status) {
        return switch (status) {
            case PUBLISHED -> "published";
            case SCHEDULED -> "scheduled";
            default -> "draft";
        };
    }

    private static String excerpt(Article article) {
        if (!article.dek().isBlank()) {
            return article.dek().strip();
        }
        String text = Jsoup.parseBodyFragment(article.body().html()).text();
        if (text.length() <= EXCERPT_LENGTH) {
            return text;
        }
        int cut = text.lastIndexOf(' ', EXCERPT_LENGTH - 1);
        return text.substring(0, cut > EXCERPT_LENGTH / 2 ? cut : EXCERPT_LENGTH - 1).strip() + "…";
    }

    static String time(Instant instant) {
        return instant == null ? null : TIME.format(instant);
    }

    private static String digest(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
