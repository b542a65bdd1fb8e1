package org.masthead.platform;

import io.javalin.Javalin;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import org.masthead.common.Conflict;
import org.masthead.common.Forbidden;
import org.masthead.common.Invalid;
import org.masthead.common.NotFound;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The HTTP server: Javalin on virtual threads, security headers on every answer, and the one place where
 * typed errors become responses. A reader or an editor never sees a stack trace: a failure is logged with
 * an id and the page says only that something went wrong.
 */
public final class HttpServer {
    private static final Logger log = LoggerFactory.getLogger(HttpServer.class);
    /** The policy every answer carries: stylesheets and scripts from the site only, no inline style or script. */
    private static final String CONTENT_SECURITY_POLICY = "default-src 'self'; img-src 'self' https: data:; "
            + "style-src 'self'; script-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; "
            + "frame-ancestors 'self'";

    /** The largest picture file an editor can upload. */
    public static final int MAX_UPLOAD_MB = 25;
    private static final String ERROR_ID = "masthead.errorId";
    private static final String ERROR_MESSAGE = "masthead.errorMessage";
    private static final String PAGE_RENDERED = "masthead.pageRendered";

    private final Javalin app;

    /**
     * Renders the page for an error status at a path (the newsroom's pages have their own). The error id is set for failures that were logged; the message
     * is set for refusals whose message was written for people (a rule broken, a right missing); else null.
     */
    public interface ErrorPages {
        byte[] render(String path, int status, String errorId, String message);

        /** The type of what {@link #render} answers at a path: a page, or JSON where programs ask (our API). */
        default String contentType(String path) {
            return "text/html; charset=utf-8";
        }
    }

    /**
     * Where an address that matched nothing now lives: an imported permalink, an address an article had before.
     * Empty when it is nobody's old address.
     */
    public interface OldAddresses {
        java.util.Optional<String> locate(String path, String query);
    }

    /**
     * @param routes        each channel's route table
     * @param errorPages    renders the page for an error status
     * @param clients       tells the client's address behind a trusted reverse proxy
     * @param oldAddresses  asked before a reader gets "not found"
     */
    public HttpServer(List<Consumer<RoutesConfig>> routes, ErrorPages errorPages, ClientAddress clients,
            OldAddresses oldAddresses, KeptAnswers kept) {
        this(routes, errorPages, clients, oldAddresses, kept, (ctx, ms) -> { });
    }

    /** As above, with what hears of each request the routes answered and how long it took (the metrics). */
    public HttpServer(List<Consumer<RoutesConfig>> routes, ErrorPages errorPages, ClientAddress clients,
            OldAddresses oldAddresses, KeptAnswers kept, io.javalin.http.RequestLogger timed) {
        this.app = Javalin.create(config -> {
            // Answers kept ready (the readers' page cache) go out before the routes are even looked through.
            config.jetty.modifyServletContextHandler(context -> context.addFilter(
                    new org.eclipse.jetty.ee10.servlet.FilterHolder(new KeptAnswersFilter(kept, () -> CONTENT_SECURITY_POLICY)), "/*",
                    java.util.EnumSet.of(jakarta.servlet.DispatcherType.REQUEST)));
            config.contextResolver.ip = ctx -> clients.of(ctx.req().getRemoteAddr(), ctx.header("X-Forwarded-For"));
            config.startup.showJavalinBanner = false;
            config.concurrency.useVirtualThreads = true;
            config.router.ignoreTrailingSlashes = true;
            // Long articles (an imported archive piece, a 10,000-word essay) fit in a form; pictures are
            // sent as files, up to 25 MB each.
            config.http.maxRequestSize = 8L * 1024 * 1024;
            config.jetty.multipartConfig.maxFileSize(MAX_UPLOAD_MB, io.javalin.config.SizeUnit.MB);
            config.jetty.multipartConfig.maxTotalRequestSize(MAX_UPLOAD_MB + 1, io.javalin.config.SizeUnit.MB);
            config.jetty.multipartConfig.maxInMemoryFileSize(1, io.javalin.config.SizeUnit.MB);
            // Requests Jetty refuses before they reach a route (a malformed address) get the same page too.
            var jettyErrors = new JettyErrorPages(errorPages);
            config.jetty.modifyServer(server -> server.setErrorHandler(jettyErrors));
            config.jetty.modifyServletContextHandler(context -> context.setErrorHandler(jettyErrors));
            config.routes.before(this::securityHeaders);
            config.routes.before(HttpServer::markWriters);
            routes.forEach(table -> table.accept(config.routes));
            config.routes.exception(NotFound.class, (e, ctx) -> ctx.status(404));
            config.routes.exception(Invalid.class, (e, ctx) -> refuse(ctx, 400, e.getMessage()));
            config.routes.exception(Forbidden.class, (e, ctx) -> refuse(ctx, 403, e.getMessage()));
            config.routes.exception(Conflict.class, (e, ctx) -> refuse(ctx, 409, e.getMessage()));
            config.routes.exception(org.masthead.common.TooLarge.class, (e, ctx) -> refuse(ctx, 413, e.getMessage()));
            config.routes.exception(org.masthead.common.TooMany.class, (e, ctx) -> {
                ctx.header("Retry-After", Long.toString(Math.max(1, e.retryAfter().toSeconds())));
                refuse(ctx, 429, e.getMessage());
            });
            config.routes.exception(org.masthead.common.Unavailable.class, (e, ctx) -> {
                log.warn("Request {} {} could not be answered: {}", ctx.method(), ctx.path(), e.getMessage(), e.getCause());
                ctx.header("Retry-After", "60");
                refuse(ctx, 503, e.getMessage());
            });
            config.routes.exception(Exception.class, (e, ctx) -> {
                if (unreadable(e, ctx)) {
                    return;
                }
                String id = UUID.randomUUID().toString().substring(0, 8);
                log.error("Request {} {} failed (error id {})", ctx.method(), ctx.path(), id, e);
                ctx.attribute(ERROR_ID, id);
                ctx.status(500);
            });
            for (int status : new int[] {400, 403, 404, 405, 409, 413, 429, 500, 503}) {
                config.routes.error(status, "*", ctx -> {
                    if (status == 404 && movedPermanently(ctx, oldAddresses)) {
                        return;
                    }
                    errorPage(ctx, errorPages);
                });
            }
            config.requestLogger.http((ctx, ms) -> {
                timed.handle(ctx, ms);
                if (log.isDebugEnabled()) {
                    log.debug("{} {} {} {}ms", ctx.method(), ctx.path(), ctx.statusCode(), Math.round(ms));
                }
            });
        });
    }

    /** Answers a request from what is kept ready, or says it cannot (see the readers' page cache). */
    @FunctionalInterface
    public interface KeptAnswers {
        boolean answer(jakarta.servlet.http.HttpServletRequest request, jakarta.servlet.http.HttpServletResponse response)
                throws java.io.IOException;
    }

    /** The filter in front of the routes: a kept answer gets the security headers every answer gets, and goes out. */
    private record KeptAnswersFilter(KeptAnswers kept, java.util.function.Supplier<String> policy) implements jakarta.servlet.Filter {
        @Override
        public void doFilter(jakarta.servlet.ServletRequest request, jakarta.servlet.ServletResponse response,
                jakarta.servlet.FilterChain chain) throws java.io.IOException, jakarta.servlet.ServletException {
            if (request instanceof jakarta.servlet.http.HttpServletRequest http
                    && response instanceof jakarta.servlet.http.HttpServletResponse answer) {
                answer.setHeader("X-Content-Type-Options", "nosniff");
                answer.setHeader("Referrer-Policy", "strict-origin-when-cross-origin");
                answer.setHeader("X-Frame-Options", "SAMEORIGIN");
                answer.setHeader("Content-Security-Policy", policy.get());
                if (kept.answer(http, answer)) {
                    return;
                }
            }
            chain.doFilter(request, response);
        }
    }

    /** Whoever sends a form or a change reads the primary for a few seconds after (see {@link PublicReads}). */
    private static void markWriters(Context ctx) {
        String method = ctx.method().name();
        if (!method.equals("GET") && !method.equals("HEAD") && !method.equals("OPTIONS")) {
            ctx.cookie(new io.javalin.http.Cookie(PublicReads.WROTE_COOKIE, "1", "/", (int) PublicReads.WROTE_FOR.toSeconds(),
                    false, true, null, io.javalin.http.SameSite.LAX));
        }
    }

    private void securityHeaders(Context ctx) {
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("Referrer-Policy", "strict-origin-when-cross-origin");
        ctx.header("X-Frame-Options", "SAMEORIGIN");
        ctx.header("Content-Security-Policy", CONTENT_SECURITY_POLICY);
    }

    /**
     * An answer given without reading the request's whole body ends its connection, and says so: a client that
     * sent its next request on the same connection would otherwise find it closed under it.
     */
    public static void unreadBody(Context ctx) {
        ctx.header("Connection", "close");
    }

    /** CASE: a request Jetty could not read is the client's doing, not ours: its 4xx, and no stack trace. */
    private static boolean unreadable(Exception e, Context ctx) {
        var unreadable = UnreadableRequest.of(e);
        if (unreadable.isEmpty()) {
            return false;
        }
        unreadBody(ctx);
        if (unreadable.get().hungUp()) {
            log.info("Request {} {} from {}: {}", ctx.method(), ctx.path(), ctx.ip(), unreadable.get().message());
            ctx.status(400);
        } else {
            refuse(ctx, unreadable.get().status(), unreadable.get().message());
        }
        return true;
    }

    private static void refuse(Context ctx, int status, String message) {
        ctx.attribute(ERROR_MESSAGE, message);
        ctx.status(status);
    }

    /**
     * CASE: an address that matched nothing may be an old permalink (a WordPress or Ghost address, a slug
     * changed since): send readers and search engines on, permanently. Never for the newsroom or the APIs.
     */
    private static boolean movedPermanently(Context ctx, OldAddresses oldAddresses) {
        String method = ctx.method().name();
        String path = ctx.path();
        if (!(method.equals("GET") || method.equals("HEAD")) || ctx.attribute(ERROR_ID) != null
                || path.startsWith("/admin") || path.startsWith("/api/") || path.startsWith("/ghost/")) {
            return false;
        }
        java.util.Optional<String> location;
        try {
            location = oldAddresses.locate(path, ctx.queryString());
        } catch (RuntimeException e) {
            log.warn("Looking up the old address {} failed", path, e);
            return false;
        }
        if (location.isEmpty() || location.get().equals(path)) {
            return false;
        }
        ctx.status(301).header("Location", location.get()).header("Cache-Control", "public, max-age=3600").result("");
        return true;
    }

    private static void errorPage(Context ctx, ErrorPages errorPages) {
        if (ctx.attribute(PAGE_RENDERED) != null) {
            return;
        }
        int status = ctx.statusCode() == 405 ? 404 : ctx.statusCode();
        ctx.status(status);
        ctx.header("Cache-Control", "no-store");
        ctx.contentType(errorPages.contentType(ctx.path()))
                .result(errorPages.render(ctx.path(), status, ctx.attribute(ERROR_ID), ctx.attribute(ERROR_MESSAGE)));
    }

    /**
     * Marks a response whose handler rendered its own page with an error status (a form shown again with
     * its errors, a sign-in refused with 429), so the generic error page does not replace it.
     */
    public static void keepPage(Context ctx) {
        ctx.attribute(PAGE_RENDERED, Boolean.TRUE);
    }

    /**
     * Refuses a multipart body larger than a picture and its form, from its Content-Length, before a byte of
     * it is read (Jetty's own limit, met while reading, says only "bad multipart").
     */
    public static void refuseOversizedUpload(Context ctx) {
        String type = ctx.contentType();
        if (type != null && type.startsWith("multipart/") && ctx.contentLength() > (MAX_UPLOAD_MB + 1) * 1024L * 1024L) {
            unreadBody(ctx);
            throw new org.masthead.common.TooLarge("the file is larger than " + MAX_UPLOAD_MB + " MB, the most Masthead takes; "
                    + "make the picture smaller and send it again");
        }
    }

    /** Starts listening; returns the port, which is chosen by the system when the configured one is 0. */
    public int start(String host, int port) {
        try {
            app.start(host, port);
        } catch (io.javalin.util.JavalinBindException e) {
            throw new Invalid("cannot listen on " + host + ":" + port + ": the port is in use, or not allowed; "
                    + "stop the other server or choose another port with --port");
        }
        return app.port();
    }

    public int port() {
        return app.port();
    }

    public void stop() {
        app.stop();
    }
}
