package org.masthead.api;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.function.Supplier;
import org.masthead.article.ArticleService;
import org.masthead.author.AuthorService;
import org.masthead.common.ErrorWording;
import org.masthead.common.Invalid;
import org.masthead.common.Moved;
import org.masthead.common.NotFound;
import org.masthead.common.Slugs;
import org.masthead.edition.EditionService;
import org.masthead.media.MediaService;
import org.masthead.platform.HttpServer;
import org.masthead.site.Conditional;
import org.masthead.site.FirstServed;
import org.masthead.topic.TopicService;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Our API's route table. Public as the site's pages are (no key), readable from any origin, cacheable:
 * every answer carries an ETag and a Last-Modified and a request that holds the current version gets 304.
 * Handlers parse the address, ask {@link OwnApi} for one answer and write it; a refusal is JSON too, never a
 * page, and a failure says only that something went wrong, with the id it was logged under.
 */
public final class ApiRoutes {
    static final JsonMapper JSON = JsonMapper.builder().propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE).build();
    private static final String TYPE = "application/json";
    private static final String CACHED = "public, max-age=0, must-revalidate";

    private final OwnApi api;
    private final Supplier<URI> publicUrl;
    private final ObjectNode openApi;
    private final FirstServed served;

    /** The services our API reads from, the address readers reach the magazine at, and the clock answers are dated by. */
    public record Wiring(ArticleService articles, AuthorService authors, EditionService editions, TopicService topics,
            MediaService media, Supplier<URI> publicUrl, java.time.Clock clock) {}

    public ApiRoutes(Wiring w) {
        this.api = new OwnApi(new OwnApi.Wiring(w.articles(), w.authors(), w.editions(), w.topics(), w.media(), w.publicUrl()));
        this.publicUrl = w.publicUrl();
        this.openApi = openApiDocument();
        this.served = new FirstServed(w.clock());
    }

    /** Whether an address is one of a program's, whose errors are JSON (the site's /api/search among them). */
    public static boolean isApiPath(String path) {
        return path.startsWith("/api/") || path.equals("/api");
    }

    /** The JSON error for a status the server's error mapping answers with at an /api/ address. */
    public static byte[] errorBody(int status, String errorId, String message) {
        String text = errorId != null ? ErrorWording.heading(status) + "; the problem was recorded as " + errorId + "."
                : ErrorWording.explanation(status, message);
        return JSON.writeValueAsBytes(new ApiViews.ErrorAnswer(new ApiViews.Error(code(status), text)));
    }

    public static String errorType() {
        return TYPE;
    }

    public void register(RoutesConfig routes) {
        routes.before("/api/*", ApiRoutes::openToEveryOrigin);
        routes.options("/api/*", ctx -> ctx.status(204).header("Access-Control-Allow-Methods", "GET, HEAD, OPTIONS")
                .header("Access-Control-Allow-Headers", "If-None-Match, If-Modified-Since").header("Access-Control-Max-Age", "86400"));
        getAndHead(routes, "/api/openapi.json", ctx -> answer(ctx, this::document, () -> null));
        getAndHead(routes, "/api/editions", ctx -> answer(ctx,
                () -> api.editions(page(ctx), date(ctx, "from"), date(ctx, "to")), api::lastChange));
        getAndHead(routes, "/api/editions/{date}", ctx -> answer(ctx, () -> api.edition(ctx.pathParam("date")), api::lastChange));
        getAndHead(routes, "/api/articles/{id}", ctx -> answer(ctx, () -> api.article(id(ctx)), () -> api.lastChangeOf(id(ctx))));
        getAndHead(routes, "/api/authors/{slug}", ctx -> answer(ctx, () -> api.author(slug(ctx), page(ctx)), api::lastChange));
    }

    private static void openToEveryOrigin(Context ctx) {
        ctx.header("Access-Control-Allow-Origin", "*");
        ctx.header("Access-Control-Expose-Headers", "ETag, Last-Modified");
    }

    private static void getAndHead(RoutesConfig routes, String path, Handler handler) {
        routes.get(path, handler);
        routes.head(path, handler);
    }

    /**
     * Writes one answer, or its refusal as JSON with the status it calls for. The date of the last change is
     * read after the answer, so a change made in between can only make it later than need be.
     */
    private void answer(Context ctx, Supplier<Object> build, Supplier<Instant> lastChange) {
        byte[] body;
        try {
            body = JSON.writeValueAsBytes(build.get());
        } catch (Moved moved) {
            ctx.status(301).header("Location", moved.location()).header("Cache-Control", "public, max-age=3600");
            refuse(ctx, 301, "moved", "this is answered at " + moved.location());
            return;
        } catch (NotFound missing) {
            refuse(ctx, 404, "not_found", missing.getMessage());
            return;
        } catch (Invalid refused) {
            refuse(ctx, 400, "invalid", refused.getMessage());
            return;
        }
        ctx.header("Cache-Control", CACHED);
        Instant changed = lastChange.get();
        if (changed == null) {
            Conditional.send(ctx, TYPE, body);
        } else {
            Conditional.send(ctx, TYPE, body, changed, served);
        }
    }

    private static void refuse(Context ctx, int status, String code, String message) {
        HttpServer.keepPage(ctx);
        if (status != 301) {
            ctx.header("Cache-Control", "no-store");
        }
        ctx.status(status).contentType(TYPE)
                .result(JSON.writeValueAsBytes(new ApiViews.ErrorAnswer(new ApiViews.Error(code, ErrorWording.explanation(status, message)))));
    }

    /** The OpenAPI document, naming this magazine's address as the server. */
    private ObjectNode document() {
        ObjectNode copy = openApi.deepCopy();
        copy.putArray("servers").addObject().put("url", publicUrl.get().toString().replaceFirst("/$", ""))
                .put("description", "this magazine");
        return copy;
    }

    private static ObjectNode openApiDocument() {
        try (InputStream in = ApiRoutes.class.getResourceAsStream("/api/openapi.json")) {
            if (in == null) {
                throw new IllegalStateException("the OpenAPI document is missing from the build");
            }
            return (ObjectNode) JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int page(Context ctx) {
        String page = ctx.queryParam("page");
        if (page == null) {
            return 1;
        }
        if (!page.matches("[1-9]\\d{0,5}")) {
            throw new Invalid("page", "page is a number from 1, not '" + page + "'");
        }
        return Integer.parseInt(page);
    }

    private static LocalDate date(Context ctx, String name) {
        String value = ctx.queryParam(name);
        if (value == null || value.isEmpty()) {
            return null;
        }
        try {
            if (value.matches("\\d{4}-\\d{2}-\\d{2}")) {
                return LocalDate.parse(value);
            }
        } catch (DateTimeException e) {
            // answered below
        }
        throw new Invalid(name, name + " is a day written YYYY-MM-DD, not '" + value + "'");
    }

    private static long id(Context ctx) {
        String id = ctx.pathParam("id");
        if (!id.matches("[1-9]\\d{0,17}")) {
            throw new NotFound("no article " + id);
        }
        return Long.parseLong(id);
    }

    private static String slug(Context ctx) {
        String slug = ctx.pathParam("slug");
        if (!Slugs.isSlug(slug)) {
            throw new NotFound("no author " + slug);
        }
        return slug;
    }

    private static String code(int status) {
        return switch (status) {
            case 400 -> "invalid";
            case 403 -> "forbidden";
            case 404 -> "not_found";
            case 409 -> "conflict";
            case 429 -> "too_many_requests";
            case 503 -> "unavailable";
            default -> "internal";
        };
    }
}
