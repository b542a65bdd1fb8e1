package org.masthead.api.ghost;

import io.javalin.http.Context;
import java.time.Clock;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.masthead.apikey.ApiKeyService;
import org.masthead.article.ArticleKind;
import org.masthead.catalog.CatalogService;
import org.masthead.catalog.Ids;
import org.masthead.catalog.Listing;
import org.masthead.catalog.Post;
import org.masthead.catalog.Writer;
import org.masthead.common.NotFound;
import org.masthead.settings.SettingsService;
import org.masthead.topic.Topic;

/**
 * Ghost's Content API: published posts and pages, their authors and tags, and the site's settings, read with a
 * content key. Each handler checks the key, reads its parameters, asks the catalog once and writes Ghost's
 * envelope.
 */
final class ContentApi {
    /** Readers' sites call this from their pages: a cache may keep an answer a minute. */
    static final String CACHED = "public, max-age=60";
    private static final Set<String> POST_INCLUDES = Set.of("authors", "tags");
    private static final Set<String> COUNT_INCLUDES = Set.of("count.posts");

    private final CatalogService catalog;
    private final ApiKeyService keys;
    private final SettingsService settings;
    private final GhostJson json;
    private final ZoneId zone;
    private final Clock clock;

    ContentApi(CatalogService catalog, ApiKeyService keys, SettingsService settings, GhostJson json, ZoneId zone, Clock clock) {
        this.catalog = catalog;
        this.keys = keys;
        this.settings = settings;
        this.json = json;
        this.zone = zone;
        this.clock = clock;
    }

    void browsePosts(Context ctx, ArticleKind kind) {
        requireKey(ctx);
        var params = BrowseParams.of(ctx, POST_INCLUDES, kind == ArticleKind.PAGE ? "title asc" : "published_at desc", clock.instant());
        Listing<Post> found = catalog.posts(kind, params.browse(), true);
        var shape = params.shape();
        reply(ctx, resource(kind), found.items().stream().map(p -> json.post(p, shape)).toList(), found);
    }

    void readPost(Context ctx, ArticleKind kind, boolean bySlug) {
        requireKey(ctx);
        var params = BrowseParams.of(ctx, POST_INCLUDES, "published_at desc", clock.instant());
        boolean authors = params.include().contains("authors");
        boolean tags = params.include().contains("tags");
        Post post = bySlug ? catalog.postBySlug(kind, ctx.pathParam("slug"), true, authors, tags)
                : catalog.post(kind, catalog.articleIdOf(ctx.pathParam("id")), true, authors, tags);
        reply(ctx, resource(kind), List.of(json.post(post, params.shape())), null);
    }

    void browseAuthors(Context ctx) {
        requireKey(ctx);
        var params = BrowseParams.of(ctx, COUNT_INCLUDES, "name asc", clock.instant());
        Listing<Writer> found = catalog.writers(params.browse());
        Map<Long, Long> counts = params.include().contains("count.posts")
                ? catalog.postsByAuthor(found.items().stream().map(w -> w.author().id()).toList()) : null;
        reply(ctx, "authors", found.items().stream().map(w -> author(w, counts, params)).toList(), found);
    }

    void readAuthor(Context ctx, boolean bySlug) {
        requireKey(ctx);
        var params = BrowseParams.of(ctx, COUNT_INCLUDES, "name asc", clock.instant());
        Writer writer = bySlug ? catalog.writerBySlug(ctx.pathParam("slug")) : catalog.writer(id(ctx));
        Map<Long, Long> counts = params.include().contains("count.posts") ? catalog.postsByAuthor(List.of(writer.author().id())) : null;
        reply(ctx, "authors", List.of(author(writer, counts, params)), null);
    }

    void browseTags(Context ctx) {
        requireKey(ctx);
        var params = BrowseParams.of(ctx, COUNT_INCLUDES, "name asc", clock.instant());
        Listing<Topic> found = catalog.topics(params.browse());
        Map<Long, Long> counts = params.include().contains("count.posts")
                ? catalog.postsByTopic(found.items().stream().map(Topic::id).toList()) : null;
        reply(ctx, "tags", found.items().stream().map(t -> tag(t, counts, params)).toList(), found);
    }

    void readTag(Context ctx, boolean bySlug) {
        requireKey(ctx);
        var params = BrowseParams.of(ctx, COUNT_INCLUDES, "name asc", clock.instant());
        Topic topic = bySlug ? catalog.topicBySlug(ctx.pathParam("slug")) : catalog.topic(id(ctx));
        Map<Long, Long> counts = params.include().contains("count.posts") ? catalog.postsByTopic(List.of(topic.id())) : null;
        reply(ctx, "tags", List.of(tag(topic, counts, params)), null);
    }

    void settings(Context ctx) {
        requireKey(ctx);
        var site = settings.current();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("title", site.title());
        body.put("description", site.tagline());
        body.put("logo", null);
        body.put("icon", null);
        body.put("accent_color", null);
        body.put("cover_image", null);
        body.put("facebook", null);
        body.put("twitter", null);
        body.put("lang", site.language());
        body.put("locale", site.language());
        body.put("timezone", zone.getId());
        body.put("codeinjection_head", null);
        body.put("codeinjection_foot", null);
        Map<String, Object> home = new LinkedHashMap<>();
        home.put("label", "Home");
        home.put("url", "/");
        body.put("navigation", List.of(home));
        body.put("secondary_navigation", List.of());
        for (String field : List.of("meta_title", "meta_description", "og_image", "og_title", "og_description", "twitter_image",
                "twitter_title", "twitter_description")) {
            body.put(field, null);
        }
        body.put("members_support_address", null);
        body.put("members_enabled", false);
        body.put("members_invite_only", false);
        body.put("paid_members_enabled", false);
        body.put("comments_enabled", "off");
        body.put("recommendations_enabled", false);
        body.put("url", json.siteUrl());
        Map<String, Object> envelope = new LinkedHashMap<>();
        envelope.put("settings", body);
        envelope.put("meta", Map.of());
        Replies.json(ctx, 200, envelope, CACHED);
    }

    private Map<String, Object> author(Writer writer, Map<Long, Long> counts, BrowseParams params) {
        return GhostJson.only(json.author(writer, counts == null ? null : counts.getOrDefault(writer.author().id(), 0L)), params.fields());
    }

    private Map<String, Object> tag(Topic topic, Map<Long, Long> counts, BrowseParams params) {
        return GhostJson.only(json.tag(topic, counts == null ? null : counts.getOrDefault(topic.id(), 0L)), params.fields());
    }

    private static void reply(Context ctx, String resource, List<Map<String, Object>> items, Listing<?> page) {
        Replies.json(ctx, 200, Replies.envelope(resource, items, page), CACHED);
    }

    /**
     * The content key, as Ghost checks it: none at all is "Authorization failed" (403), a key sent twice is a bad
     * request, a key we do not know (or one revoked, or an admin key's id) is "Unknown Content API Key" (401).
     */
    private void requireKey(Context ctx) {
        List<String> sent = ctx.queryParams("key");
        if (sent.isEmpty() || sent.getFirst().isBlank()) {
            throw new GhostError(403, "NoPermissionError", "Authorization failed", "Unable to determine the authenticated member"
                    + " or integration. Check the supplied Content API Key and ensure cookies are being passed through if member"
                    + " auth is failing.", null);
        }
        if (sent.size() > 1) {
            throw new GhostError(400, "BadRequestError", "Invalid Request", null, "INVALID_REQUEST");
        }
        if (keys.checkContentKey(sent.getFirst()).isEmpty()) {
            throw GhostError.unauthorized("Unknown Content API Key", "UNKNOWN_CONTENT_API_KEY");
        }
    }

    private static long id(Context ctx) {
        return Ids.parse(ctx.pathParam("id")).orElseThrow(() -> new NotFound("not an id: " + ctx.pathParam("id")));
    }

    static String resource(ArticleKind kind) {
        return kind == ArticleKind.PAGE ? "pages" : "posts";
    }
}
