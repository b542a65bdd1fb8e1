package org.masthead.api.ghost;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.net.URI;
import java.time.Clock;
import java.time.ZoneId;
import java.util.Set;
import java.util.function.Supplier;
import org.masthead.apikey.ApiKeyService;
import org.masthead.article.ArticleKind;
import org.masthead.catalog.CatalogService;
import org.masthead.media.MediaService;
import org.masthead.newsroom.ProgramDesk;
import org.masthead.settings.SettingsService;

/**
 * The route table of the Ghost-compatible APIs, at every address Ghost's clients use: {@code /ghost/api/content/}
 * and {@code /ghost/api/admin/}, and the versioned {@code /ghost/api/v2|v3|v4|v5|canary/...} older clients build.
 * The Content API answers browsers on other sites (CORS, with preflight); the Admin API does not, as its keys
 * belong on servers. Anything else under {@code /ghost/api/} is Ghost's "Resource not found".
 */
public final class GhostRoutes {
    private static final String ROOT = "/ghost/api";
    private static final Set<String> VERSIONS = Set.of("v2", "v3", "v4", "v5", "canary");
    /** The Ghost version whose API this one follows, sent back to a client that says which it expects. */
    private static final String CONTENT_VERSION = "v6.0";

    public record Wiring(CatalogService catalog, ApiKeyService keys, SettingsService settings, ProgramDesk desk, MediaService media,
            Supplier<URI> base, ZoneId zone, Clock clock) {}

    private final ContentApi content;
    private final AdminApi admin;

    public GhostRoutes(Wiring w) {
        var json = new GhostJson(w.base());
        this.content = new ContentApi(w.catalog(), w.keys(), w.settings(), json, w.zone(), w.clock());
        this.admin = new AdminApi(w.catalog(), w.desk(), w.media(), w.settings(), new AdminTokens(w.keys(), w.clock()), json, w.clock());
    }

    public void register(RoutesConfig routes) {
        routes.before(ROOT + "/*", GhostRoutes::headers);
        for (String prefix : new String[] {ROOT + "/content", ROOT + "/{version}/content"}) {
            routes.options(prefix + "/*", GhostRoutes::preflight);
            for (ArticleKind kind : ArticleKind.values()) {
                String noun = kind == ArticleKind.PAGE ? "Page" : "Post";
                String path = prefix + "/" + ContentApi.resource(kind);
                routes.get(path, guard(noun, ctx -> content.browsePosts(ctx, kind)));
                routes.get(path + "/slug/{slug}", guard(noun, ctx -> content.readPost(ctx, kind, true)));
                routes.get(path + "/{id}", guard(noun, ctx -> content.readPost(ctx, kind, false)));
            }
            routes.get(prefix + "/authors", guard("Author", content::browseAuthors));
            routes.get(prefix + "/authors/slug/{slug}", guard("Author", ctx -> content.readAuthor(ctx, true)));
            routes.get(prefix + "/authors/{id}", guard("Author", ctx -> content.readAuthor(ctx, false)));
            routes.get(prefix + "/tags", guard("Tag", content::browseTags));
            routes.get(prefix + "/tags/slug/{slug}", guard("Tag", ctx -> content.readTag(ctx, true)));
            routes.get(prefix + "/tags/{id}", guard("Tag", ctx -> content.readTag(ctx, false)));
            routes.get(prefix + "/settings", guard("Settings", content::settings));
        }
        for (String prefix : new String[] {ROOT + "/admin", ROOT + "/{version}/admin"}) {
            for (ArticleKind kind : ArticleKind.values()) {
                String noun = kind == ArticleKind.PAGE ? "Page" : "Post";
                String path = prefix + "/" + ContentApi.resource(kind);
                routes.get(path, guard(noun, ctx -> admin.browse(ctx, kind)));
                routes.post(path, guard(noun, ctx -> admin.add(ctx, kind)));
                routes.get(path + "/slug/{slug}", guard(noun, ctx -> admin.read(ctx, kind, true)));
                routes.get(path + "/{id}", guard(noun, ctx -> admin.read(ctx, kind, false)));
                routes.put(path + "/{id}", guard(noun, ctx -> admin.edit(ctx, kind)));
                routes.delete(path + "/{id}", guard(noun, ctx -> admin.delete(ctx, kind)));
            }
            routes.post(prefix + "/images/upload", guard("Image", admin::upload));
            routes.get(prefix + "/site", guard("Site", admin::site));
        }
        Handler unknown = Replies.guarded("Resource", ctx -> {
            throw GhostError.notFound("Resource not found");
        });
        routes.get(ROOT + "/*", unknown);
        routes.post(ROOT + "/*", unknown);
        routes.put(ROOT + "/*", unknown);
        routes.delete(ROOT + "/*", unknown);
    }

    /** A versioned address names one of the versions Ghost's clients build; anything else is not ours. */
    private static Handler guard(String noun, Handler work) {
        return Replies.guarded(noun, ctx -> {
            String version = ctx.pathParamMap().get("version");
            if (version != null && !VERSIONS.contains(version)) {
                throw GhostError.notFound("Resource not found");
            }
            work.handle(ctx);
        });
    }

    private static void headers(Context ctx) {
        if (ctx.header("Accept-Version") != null) {
            ctx.header("Content-Version", CONTENT_VERSION);
        }
        ctx.header("Vary", "Accept-Version, Accept-Encoding");
        if (isContent(ctx.path())) {
            ctx.header("Access-Control-Allow-Origin", "*");
        }
    }

    private static void preflight(Context ctx) {
        ctx.header("Access-Control-Allow-Methods", "GET, HEAD, OPTIONS");
        ctx.header("Access-Control-Allow-Headers", "Accept-Version, Content-Type, Authorization");
        ctx.header("Access-Control-Max-Age", "86400");
        ctx.status(204);
    }

    private static boolean isContent(String path) {
        return path.matches(ROOT + "/(?:(?:v\\d+|canary)/)?content/.*");
    }
}
