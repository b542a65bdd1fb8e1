package org.masthead.api.ghost;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.masthead.article.EditConflict;
import org.masthead.catalog.Listing;
import org.masthead.common.Conflict;
import org.masthead.common.Forbidden;
import org.masthead.common.Invalid;
import org.masthead.common.NotFound;
import org.masthead.common.TooLarge;
import org.masthead.common.Unavailable;
import org.masthead.platform.HttpServer;
import org.masthead.platform.UnreadableRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;

/**
 * Answers in Ghost's envelope, and the one place where the APIs' failures become Ghost's errors:
 * {@code {"errors":[{"message","context","type","details","property","help","code","id","ghostErrorCode"}]}}
 * with Ghost's statuses. A failure nobody foresaw is logged with an id and the client gets only the id.
 */
final class Replies {
    private static final Logger log = LoggerFactory.getLogger(Replies.class);
    static final JsonMapper JSON = JsonMapper.builder().build();
    /** Errors and the Admin API are never kept by a cache; the Content API's answers are, briefly. */
    static final String NO_STORE = "no-cache, private, no-store, must-revalidate, max-stale=0, post-check=0, pre-check=0";

    private Replies() {}

    /** Runs a handler, turning whatever it throws into Ghost's error; {@code noun} names what a 404 did not find. */
    static Handler guarded(String noun, Handler work) {
        return ctx -> {
            try {
                work.handle(ctx);
            } catch (Exception e) {
                // Not only RuntimeException: Javalin throws Jetty's checked ones (a body it cannot read) as they are.
                if (UnreadableRequest.of(e).isPresent()) {
                    HttpServer.unreadBody(ctx);
                }
                error(ctx, translate(e, noun));
            }
        };
    }

    /**
     * The envelope of an answer: the items under the resource's name and, for a browse (a page given), Ghost's
     * pagination, whose next and prev are null at the ends.
     */
    static Map<String, Object> envelope(String resource, List<?> items, Listing<?> page) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put(resource, items);
        if (page != null) {
            Map<String, Object> pagination = new LinkedHashMap<>();
            pagination.put("page", page.page());
            pagination.put("limit", page.limit());
            pagination.put("pages", page.pages());
            pagination.put("total", page.total());
            pagination.put("next", page.hasNext() ? page.page() + 1 : null);
            pagination.put("prev", page.page() > 1 ? page.page() - 1 : null);
            body.put("meta", Map.of("pagination", pagination));
        }
        return body;
    }

    static void json(Context ctx, int status, Object body, String cacheControl) {
        // The server's error pages are for readers; this answer is already complete.
        HttpServer.keepPage(ctx);
        ctx.status(status).header("Cache-Control", cacheControl).contentType("application/json; charset=utf-8")
                .result(JSON.writeValueAsBytes(body));
    }

    static void error(Context ctx, GhostError error) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("message", error.getMessage());
        body.put("context", error.context());
        body.put("type", error.type());
        body.put("details", null);
        body.put("property", error.property());
        body.put("help", null);
        body.put("code", error.code());
        body.put("id", UUID.randomUUID().toString());
        body.put("ghostErrorCode", null);
        if (error.status() == 503) {
            // As the rest of the site says it: a part that is busy or being repaired, worth asking again shortly.
            ctx.header("Retry-After", "60");
        }
        json(ctx, error.status(), Map.of("errors", List.of(body)), NO_STORE);
    }

    // CASE: a request Jetty could not read is the client's doing: its 4xx, and a hang-up is one line at INFO.
    private static GhostError unreadable(UnreadableRequest unreadable) {
        if (unreadable.hungUp()) {
            log.info("API request: {}", unreadable.message());
        }
        return unreadable.status() == 413
                ? new GhostError(413, "RequestEntityTooLargeError", "Request is larger than the maximum file size.", unreadable.message(), null)
                : new GhostError(unreadable.status(), "BadRequestError", "The request could not be read.", unreadable.message(), null);
    }

    static GhostError translate(Exception e, String noun) {
        return switch (e) {
            case GhostError ghost -> ghost;
            case NotFound ignored -> GhostError.notFound(noun + " not found.");
            case Invalid invalid when "filter".equals(invalid.field()) ->
                    new GhostError(400, "BadRequestError", "Error parsing filter", invalid.getMessage(), null, "filter");
            case Invalid invalid -> GhostError.validation(invalid.getMessage(), invalid.field());
            case EditConflict ignored -> new GhostError(409, "UpdateCollisionError",
                    "Saving failed! Someone else is editing this post.", e.getMessage(), null);
            case Conflict conflict -> new GhostError(409, "UpdateCollisionError", conflict.getMessage(), null, null);
            case Forbidden forbidden -> new GhostError(403, "NoPermissionError", "You do not have permission to perform this request",
                    forbidden.getMessage(), null);
            case Unavailable unavailable -> {
                log.warn("API request could not be answered: {}", unavailable.getMessage(), unavailable.getCause());
                yield new GhostError(503, "MaintenanceError", "The server is temporarily unavailable", unavailable.getMessage(), null);
            }
            case TooLarge tooLarge -> new GhostError(413, "RequestEntityTooLargeError", "Request is larger than the maximum file size.",
                    tooLarge.getMessage(), null);
            default -> {
                var unreadable = UnreadableRequest.of(e);
                if (unreadable.isPresent()) {
                    yield unreadable(unreadable.get());
                }
                String id = UUID.randomUUID().toString().substring(0, 8);
                log.error("API request failed (error id {})", id, e);
                yield new GhostError(500, "InternalServerError", "An unexpected error occurred, please try again.",
                        "error id " + id, null);
            }
        };
    }
}
