package org.masthead.api.ghost;

import io.javalin.http.Context;
import io.javalin.http.UploadedFile;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.masthead.common.Actor;
import org.masthead.article.Article;
import org.masthead.article.ArticleKind;
import org.masthead.catalog.Browse;
import org.masthead.catalog.CatalogService;
import org.masthead.catalog.Listing;
import org.masthead.catalog.Post;
import org.masthead.common.Invalid;
import org.masthead.media.CreditKind;
import org.masthead.media.Image;
import org.masthead.media.ImageDetails;
import org.masthead.media.Licence;
import org.masthead.media.MediaService;
import org.masthead.newsroom.ProgramDesk;
import org.masthead.platform.HttpServer;
import org.masthead.settings.SettingsService;

/**
 * Ghost's Admin API for posts, pages and images, with an admin key's token: browse and read every piece
 * whatever its state, add and edit them (status draft, scheduled or published), upload pictures into the media
 * library. Uploaded pictures come without a credit and as "all rights reserved" (Ghost's clients cannot say
 * more), so an article cannot go out with one until an editor credits it in the media library.
 */
final class AdminApi {
    private static final Set<String> INCLUDES = Set.of("authors", "tags");

    private final CatalogService catalog;
    private final ProgramDesk desk;
    private final MediaService media;
    private final SettingsService settings;
    private final AdminTokens tokens;
    private final GhostJson json;
    private final Clock clock;

    AdminApi(CatalogService catalog, ProgramDesk desk, MediaService media, SettingsService settings, AdminTokens tokens,
            GhostJson json, Clock clock) {
        this.catalog = catalog;
        this.desk = desk;
        this.media = media;
        this.settings = settings;
        this.tokens = tokens;
        this.json = json;
        this.clock = clock;
    }

    void browse(Context ctx, ArticleKind kind) {
        Actor actor = actor(ctx);
        var params = BrowseParams.of(ctx, INCLUDES, kind == ArticleKind.PAGE ? "title asc" : "updated_at desc", clock.instant());
        Browse asked = params.browse();
        // Ghost's Admin API always brings a post's authors and tags.
        var browse = new Browse(asked.filter(), asked.order(), asked.limit(), asked.page(), true, true);
        Listing<Post> found = catalog.desk(actor, kind, browse);
        var items = found.items().stream().map(p -> post(p, params.fields())).toList();
        Replies.json(ctx, 200, Replies.envelope(ContentApi.resource(kind), items, found), Replies.NO_STORE);
    }

    void read(Context ctx, ArticleKind kind, boolean bySlug) {
        Actor actor = actor(ctx);
        Post post = bySlug ? catalog.deskPostBySlug(actor, kind, ctx.pathParam("slug")) : catalog.deskPost(actor, kind, catalog.articleIdOf(ctx.pathParam("id")));
        reply(ctx, 200, kind, post);
    }

    void add(Context ctx, ArticleKind kind) {
        Actor actor = actor(ctx);
        var input = PostInput.read(body(ctx), ContentApi.resource(kind), sourceHtml(ctx), null);
        Article article = desk.write(actor, kind, input.order());
        reply(ctx, 201, kind, catalog.deskPost(actor, kind, article.id()));
    }

    void edit(Context ctx, ArticleKind kind) {
        Actor actor = actor(ctx);
        long id = catalog.articleIdOf(ctx.pathParam("id"));
        Post current = catalog.deskPost(actor, kind, id);
        var input = PostInput.read(body(ctx), ContentApi.resource(kind), sourceHtml(ctx), current);
        desk.revise(actor, kind, id, input.order(), input.updatedAt());
        reply(ctx, 200, kind, catalog.deskPost(actor, kind, id));
    }

    /** Deleting is not offered: an article leaves the site by being unpublished, and its history stays. */
    void delete(Context ctx, ArticleKind kind) {
        actor(ctx);
        throw new GhostError(405, "MethodNotAllowedError", "Deleting " + ContentApi.resource(kind) + " through the API is not"
                + " supported", "Unpublish it instead (edit it with status draft); the newsroom keeps its revisions.", null);
    }

    /** POST /images/upload/: a picture file ({@code file}), with {@code purpose} and {@code ref} as Ghost's client sends. */
    void upload(Context ctx) {
        Actor actor = actor(ctx);
        HttpServer.refuseOversizedUpload(ctx);
        UploadedFile file = ctx.uploadedFile("file");
        if (file == null) {
            throw GhostError.validation("Please select an image.", "file");
        }
        byte[] content;
        try (InputStream in = file.content()) {
            content = in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Image image;
        try {
            image = media.upload(actor, file.filename(), content,
                    new ImageDetails("", "", CreditKind.PHOTO, "", null, Licence.ALL_RIGHTS_RESERVED));
        } catch (Invalid e) {
            throw new GhostError(415, "UnsupportedMediaTypeError", "Please select a valid image.", e.getMessage(), null);
        }
        Map<String, Object> uploaded = new LinkedHashMap<>();
        uploaded.put("url", json.absolute(image.src().orElseThrow()));
        uploaded.put("ref", ctx.formParam("ref"));
        Replies.json(ctx, 201, Map.of("images", List.of(uploaded)), Replies.NO_STORE);
    }

    /** GET /site/: what a client checks first; Ghost answers it without a key. */
    void site(Context ctx) {
        var site = settings.current();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("title", site.title());
        body.put("description", site.tagline());
        body.put("logo", null);
        body.put("icon", null);
        body.put("accent_color", null);
        body.put("locale", site.language());
        body.put("url", json.siteUrl());
        body.put("version", "6.0");
        Replies.json(ctx, 200, Map.of("site", body), Replies.NO_STORE);
    }

    private void reply(Context ctx, int status, ArticleKind kind, Post post) {
        Replies.json(ctx, status, Map.of(ContentApi.resource(kind), List.of(post(post, Set.of()))), Replies.NO_STORE);
    }

    private Map<String, Object> post(Post post, Set<String> fields) {
        Map<String, Object> extra = new LinkedHashMap<>();
        extra.put("status", post.status());
        extra.put("lexical", null);
        extra.put("mobiledoc", null);
        var shape = new GhostJson.Shape(true, false, true, true, false, fields);
        return json.post(post, shape, extra);
    }

    private Actor actor(Context ctx) {
        return tokens.actor(ctx.header("Authorization"), ctx.path(), ctx.ip());
    }

    private static boolean sourceHtml(Context ctx) {
        return "html".equals(ctx.queryParam("source"));
    }

    private static tools.jackson.databind.JsonNode body(Context ctx) {
        try {
            return Replies.JSON.readTree(ctx.bodyAsBytes());
        } catch (tools.jackson.core.JacksonException e) {
            throw new GhostError(400, "BadRequestError", "The request body is not JSON", e.getOriginalMessage(), null);
        }
    }
}
