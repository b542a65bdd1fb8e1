package org.masthead.api.ghost;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.masthead.article.Seo;
import org.masthead.catalog.Ids;
import org.masthead.catalog.Post;
import org.masthead.markup.Markup;
import org.masthead.newsroom.ArticleOrder;
import org.masthead.newsroom.ArticleOrder.Ref;
import tools.jackson.databind.JsonNode;

/**
 * A post as Ghost's Admin API clients send it ({@code {"posts":[{...}]}}) read into an {@link ArticleOrder}.
 * Fields we keep nothing of (uuid, url, excerpt, reading_time...) are ignored as Ghost ignores read-only
 * fields. The body is taken from {@code html} with {@code ?source=html}, as Ghost takes it, or from the lexical or
 * mobiledoc document Ghost's editor writes, rendered to HTML.
 */
final class PostInput {
    private PostInput() {}

    /** What an add or an edit asks; {@code current} is the post as stored, for an edit (null for an add). */
    static Parsed read(JsonNode root, String resource, boolean sourceHtml, Post current) {
        JsonNode items = root == null ? null : root.get(resource);
        if (items == null || !items.isArray() || items.isEmpty() || !items.get(0).isObject()) {
            throw GhostError.validation("No root key ('" + resource + "') provided.", resource);
        }
        JsonNode post = items.get(0);
        if (current == null && text(post, "title") == null) {
            throw GhostError.validation("Validation (isLength) failed for title: a post needs a title", "title");
        }
        String visibility = text(post, "visibility");
        if (visibility != null && !visibility.equals("public")) {
            throw GhostError.validation("Masthead has no members or paid tiers: every published piece is public", "visibility");
        }
        var order = new ArticleOrder(text(post, "title"), text(post, "slug"), text(post, "custom_excerpt"),
                body(post, sourceHtml, current), refs(post, "authors", true), refs(post, "tags", false),
                post.has("feature_image"), text(post, "feature_image"), text(post, "feature_image_alt"),
                caption(text(post, "feature_image_caption")), post.has("featured") ? post.get("featured").asBoolean() : null,
                seo(post, current), standing(text(post, "status")), time(post, "published_at"));
        return new Parsed(order, time(post, "updated_at"));
    }

    record Parsed(ArticleOrder order, Instant updatedAt) {}

    /**
     * The HTML body, when one is sent to be kept. Without {@code ?source=html} Ghost would drop the html silently;
     * we refuse a changed one instead, so nothing a client sent is lost without a word. A post sent as Ghost's
     * editor keeps it (Lexical or Mobiledoc) is made HTML here; one with a part that cannot be is refused, naming it.
     */
    private static String body(JsonNode post, boolean sourceHtml, Post current) {
        if (!sourceHtml) {
            for (String format : List.of("lexical", "mobiledoc")) {
                JsonNode document = post.get(format);
                if (document != null && !document.isNull()) {
                    return rendered(format, document.isString() ? document.asString() : document.toString());
                }
            }
        }
        String html = text(post, "html");
        if (html == null || sourceHtml) {
            return html;
        }
        if (current != null && html.equals(current.html())) {
            return null;
        }
        throw GhostError.validation("a post's html is taken with ?source=html; without it the html would be lost", "html");
    }

    private static String rendered(String format, String json) {
        var rendered = format.equals("lexical") ? org.masthead.importer.ghost.GhostDocuments.lexical(json)
                : org.masthead.importer.ghost.GhostDocuments.mobiledoc(json);
        if (!rendered.unrendered().isEmpty()) {
            throw GhostError.validation("Masthead cannot keep every part of this " + format + " document: "
                    + String.join(", ", rendered.unrendered()) + "; send the post as html with ?source=html", format);
        }
        return rendered.html();
    }

    /** Authors and tags as strings (names; an author's may be an email) or objects with an id, a slug, a name or an email. */
    private static List<Ref> refs(JsonNode post, String field, boolean authors) {
        JsonNode list = post.get(field);
        if (list == null || list.isNull()) {
            return null;
        }
        if (!list.isArray()) {
            throw GhostError.validation(field + " is a list", field);
        }
        List<Ref> refs = new ArrayList<>();
        for (JsonNode item : list) {
            if (item.isString()) {
                String value = item.asString().strip();
                refs.add(new Ref(authors && value.contains("@") ? Ref.Kind.EMAIL : Ref.Kind.NAME, value));
            } else if (item.isObject() && text(item, "id") != null) {
                long id = Ids.parse(text(item, "id")).orElseThrow(() -> GhostError.validation("no " + field + " with id " + text(item, "id"), field));
                refs.add(new Ref(Ref.Kind.ID, String.valueOf(id)));
            } else if (item.isObject() && text(item, "slug") != null) {
                refs.add(new Ref(Ref.Kind.SLUG, text(item, "slug")));
            } else if (item.isObject() && authors && text(item, "email") != null) {
                refs.add(new Ref(Ref.Kind.EMAIL, text(item, "email")));
            } else if (item.isObject() && text(item, "name") != null) {
                refs.add(new Ref(Ref.Kind.NAME, text(item, "name")));
            } else {
                throw GhostError.validation("each of " + field + " is a name, or has an id, a slug or a name", field);
            }
        }
        return refs;
    }

    private static final List<String> SEO_FIELDS = List.of("meta_title", "meta_description", "canonical_url", "og_title",
            "og_description", "twitter_title", "twitter_description");

    /** Search-engine and sharing texts: the fields sent, the others as they are. */
    private static Seo seo(JsonNode post, Post current) {
        if (SEO_FIELDS.stream().noneMatch(post::has)) {
            return null;
        }
        Seo now = current == null ? Seo.NONE : current.seo();
        Seo.Social social = now.social();
        return new Seo(given(post, "meta_title", now.title()), given(post, "meta_description", now.description()),
                given(post, "canonical_url", now.canonicalUrl()), new Seo.Social(given(post, "og_title", social.ogTitle()),
                        given(post, "og_description", social.ogDescription()), given(post, "twitter_title", social.xTitle()),
                        given(post, "twitter_description", social.xDescription())));
    }

    /** The field's text when it is sent (null for null), else what is kept. */
    private static String given(JsonNode post, String field, String kept) {
        return post.has(field) ? text(post, field) : kept;
    }

    private static ArticleOrder.Standing standing(String status) {
        if (status == null) {
            return null;
        }
        return switch (status.toLowerCase(Locale.ROOT)) {
            case "draft" -> ArticleOrder.Standing.DRAFT;
            case "scheduled" -> ArticleOrder.Standing.SCHEDULED;
            case "published" -> ArticleOrder.Standing.PUBLISHED;
            default -> throw GhostError.validation("a post's status is draft, scheduled or published, not '" + status + "'", "status");
        };
    }

    /** Ghost's captions are HTML; ours are text, and the credit is added to it on the way out. */
    private static String caption(String html) {
        return html == null ? null : Markup.plainText(html);
    }

    private static Instant time(JsonNode post, String field) {
        String value = text(post, field);
        if (value == null) {
            return null;
        }
        try {
            return OffsetDateTime.parse(value.replace(' ', 'T')).toInstant();
        } catch (DateTimeParseException e) {
            throw GhostError.validation(field + " is a time such as 2026-05-01T06:00:00.000Z, not '" + value + "'", field);
        }
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.isString() ? value.asString() : value.toString();
    }
}
