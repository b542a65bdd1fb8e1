package org.masthead.admin;

import io.javalin.http.Context;
import io.javalin.http.Cookie;
import io.javalin.http.SameSite;
import java.net.URI;
import java.security.MessageDigest;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.Set;
import org.masthead.account.AccountService;
import org.masthead.common.Actor;
import org.masthead.account.Session;
import org.masthead.account.SignInService;
import org.masthead.common.Forbidden;
import org.masthead.platform.HttpServer;

/**
 * The door of every admin screen: finds the session from its cookie, sends the signed-out to the sign-in
 * page (and everyone to the first-run page while the magazine has no admin), holds back anyone who still
 * owes a one-time code, and refuses any form that does not carry the right CSRF token.
 */
final class AdminGate {
    static final String SESSION_COOKIE = "masthead_session";
    static final String CSRF_COOKIE = "masthead_csrf";
    private static final String SESSION = "masthead.session";
    private static final Set<String> OPEN = Set.of("/admin/sign-in", "/admin/first-run", "/admin/password-reset");

    private final SignInService signIn;
    private final AccountService accounts;
    private final boolean httpsOnly;

    AdminGate(SignInService signIn, AccountService accounts, URI publicUrl) {
        this.signIn = signIn;
        this.accounts = accounts;
        this.httpsOnly = "https".equals(publicUrl.getScheme());
    }

    void check(Context ctx) {
        ctx.header("Cache-Control", "no-store");
        ctx.header("X-Robots-Tag", "noindex, nofollow");
        String path = trimmed(ctx.path());
        boolean open = OPEN.stream().anyMatch(path::startsWith);
        if (accounts.needsFirstAdmin() && !path.equals("/admin/first-run")) {
            redirect(ctx, "/admin/first-run");
            return;
        }
        Optional<Session> session = signIn.resume(ctx.cookie(SESSION_COOKIE));
        session.ifPresent(s -> ctx.attribute(SESSION, s));
        if (isForm(ctx)) {
            checkCsrf(ctx, session);
        }
        if (open) {
            return;
        }
        if (session.isEmpty()) {
            redirect(ctx, "/admin/sign-in?next=" + java.net.URLEncoder.encode(path, StandardCharsets.UTF_8));
        } else if (session.get().secondFactorDue() && !path.startsWith("/admin/sign-out")) {
            redirect(ctx, "/admin/sign-in/code");
        } else if (session.get().user().twoFactorRequired() && !session.get().user().twoFactorEnabled()
                && !path.startsWith("/admin/account") && !path.startsWith("/admin/sign-out")) {
            redirect(ctx, "/admin/account/two-factor");
        }
    }

    /** The signed-in session of a request that passed the gate. */
    static Session session(Context ctx) {
        Session session = ctx.attribute(SESSION);
        if (session == null) {
            throw new IllegalStateException("no session: the route is not behind the admin gate");
        }
        return session;
    }

    static Optional<Session> maybeSession(Context ctx) {
        return Optional.ofNullable(ctx.attribute(SESSION));
    }

    static Actor actor(Context ctx) {
        return session(ctx).actor(ctx.ip());
    }

    /** The token forms must carry: the session's, or for signed-out forms one kept in a cookie. */
    String csrfToken(Context ctx) {
        Optional<Session> session = maybeSession(ctx);
        if (session.isPresent()) {
            return session.get().csrfToken();
        }
        String token = ctx.cookie(CSRF_COOKIE);
        if (token == null || token.length() < 20) {
            token = java.util.UUID.randomUUID().toString() + java.util.UUID.randomUUID();
            ctx.cookie(cookie(CSRF_COOKIE, token, -1, SameSite.STRICT));
        }
        return token;
    }

    void startSession(Context ctx, String token) {
        ctx.cookie(cookie(SESSION_COOKIE, token, (int) java.time.Duration.ofDays(14).toSeconds(), SameSite.LAX));
    }

    void endSession(Context ctx) {
        ctx.cookie(cookie(SESSION_COOKIE, "", 0, SameSite.LAX));
    }

    /** A local admin address to go to after signing in, never another site's. */
    static String safeNext(String next) {
        if (next != null && next.startsWith("/admin/") && !next.startsWith("//") && !next.contains("\\")
                && next.matches("[A-Za-z0-9/_.~%?=&-]*")) {
            return next;
        }
        return "/admin/";
    }

    private void checkCsrf(Context ctx, Optional<Session> session) {
        HttpServer.refuseOversizedUpload(ctx);
        String origin = ctx.header("Origin");
        if (origin != null && !origin.equals("null") && !org.masthead.platform.FormOrigin.sameSite(origin, ctx.header("Host"))) {
            throw new Forbidden("This form came from another site.");
        }
        String expected = session.map(Session::csrfToken).orElse(ctx.cookie(CSRF_COOKIE));
        String given = ctx.formParam("_csrf");
        if (expected == null || given == null || !MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8),
                given.getBytes(StandardCharsets.UTF_8))) {
            throw new Forbidden("This form has expired. Go back, reload the page and send it again.");
        }
    }

    private Cookie cookie(String name, String value, int maxAge, SameSite sameSite) {
        return new Cookie(name, value, "/admin", maxAge, httpsOnly, true, null, sameSite);
    }

    private static boolean isForm(Context ctx) {
        return !ctx.method().name().equals("GET") && !ctx.method().name().equals("HEAD");
    }

    private static void redirect(Context ctx, String location) {
        ctx.redirect(location, io.javalin.http.HttpStatus.SEE_OTHER);
        ctx.skipRemainingHandlers();
    }

    private static String trimmed(String path) {
        return path.length() > 7 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    }
}
