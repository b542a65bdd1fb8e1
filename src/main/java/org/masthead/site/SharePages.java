package org.masthead.site;

import io.javalin.http.Context;
import io.javalin.http.Cookie;
import io.javalin.http.HttpStatus;
import io.javalin.http.SameSite;
import java.net.URI;
import java.util.Optional;
import java.util.function.Supplier;
import org.masthead.common.Invalid;
import org.masthead.platform.HttpServer;
import org.masthead.platform.Templates;
import org.masthead.sharing.MastodonInstance;

/**
 * Sharing to Mastodon, which has no one share page for everyone: a form asks the reader for their server,
 * then sends them to that server's own share page. It works without JavaScript. It shares only this
 * magazine's published articles and pages, under their own titles (whatever text the address carries), and
 * sends only to {@code https://HOST/share}, and only when the reader sent the form from this site (a link
 * from elsewhere that names a server just fills in the form): no one can use it to send readers elsewhere or
 * to put words in the magazine's mouth. The server typed last is kept in a cookie on the reader's browser, for next time;
 * nothing else.
 */
final class SharePages {
    static final String MASTODON_PATH = "/share/mastodon/";
    private static final String INSTANCE_COOKIE = "mastodon-instance";
    private static final int A_YEAR = 365 * 24 * 3600;
    private static final int MAX_URL = 2000;

    private final PublicPages pages;
    private final Templates templates;
    private final Supplier<URI> publicUrl;

    SharePages(PublicPages pages, Templates templates, Supplier<URI> publicUrl) {
        this.pages = pages;
        this.templates = templates;
        this.publicUrl = publicUrl;
    }

    /** GET /share/mastodon/?url=&text=, and with instance= once the reader has named their server. */
    void mastodon(Context ctx) {
        String url = ctx.queryParam("url");
        String title = ownArticle(url).orElseThrow(() -> new Invalid("this page shares only the articles of this magazine"));
        ctx.header("Cache-Control", "private, no-store");
        String typed = ctx.queryParam("instance");
        String error = null;
        String remembered = MastodonInstance.parse(ctx.cookie(INSTANCE_COOKIE)).map(MastodonInstance::host).orElse("");
        if (typed != null) {
            Optional<MastodonInstance> instance = MastodonInstance.parse(typed);
            if (instance.isPresent() && fromOurForm(ctx)) {
                ctx.cookie(new Cookie(INSTANCE_COOKIE, instance.get().host(), MASTODON_PATH, A_YEAR,
                        publicUrl.get().getScheme().equals("https"), true, null, SameSite.LAX));
                ctx.redirect(instance.get().shareUrl(title, url).toString(), HttpStatus.SEE_OTHER);
                return;
            } else if (instance.isPresent()) {
                // CASE: a link from another site names a server: the reader confirms it on our form first, so
                // no one can use the magazine's address as the first hop of a redirect to a server they chose.
                remembered = instance.get().host();
            } else {
                error = typed.isBlank() ? "Type the name of your Mastodon server, such as mastodon.social."
                        : "That is not the name of a server. Type only its name, such as mastodon.social.";
                remembered = typed;
                ctx.status(HttpStatus.BAD_REQUEST);
                HttpServer.keepPage(ctx);
            }
        }
        // CASE: the form leads, by a redirect, to the reader's own server; a browser applies form-action to it.
        String policy = ctx.res().getHeader("Content-Security-Policy");
        if (policy != null) {
            ctx.header("Content-Security-Policy", policy.replace("form-action 'self'", "form-action 'self' https:"));
        }
        var view = new ShareView(pages.plainHead("Share on Mastodon",
                "Share an article of this magazine on your Mastodon server."), url, title, remembered, error);
        ctx.contentType("text/html; charset=utf-8").result(templates.render("share-mastodon.jte", pages.chrome(), view));
    }

    /**
     * Whether the reader sent our own form: the browser says the request came from this site (Sec-Fetch-Site,
     * sent by every current browser), or, from an older one, its Referer is a page of this site.
     */
    private boolean fromOurForm(Context ctx) {
        String site = ctx.header("Sec-Fetch-Site");
        if (site != null) {
            return site.equals("same-origin");
        }
        String referer = ctx.header("Referer");
        return referer != null && referer.startsWith(publicUrl.get().toString() + "/");
    }

    /** The title of the magazine's published article or page at this address (as readers reach it), if it is one. */
    private Optional<String> ownArticle(String url) {
        String base = publicUrl.get().toString();
        if (url == null || url.length() > MAX_URL || !url.startsWith(base + "/")) {
            return Optional.empty();
        }
        return pages.titleAt(url.substring(base.length()));
    }
}
