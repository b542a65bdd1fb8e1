package org.masthead.site;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import org.masthead.common.Invalid;
import org.masthead.common.NotFound;
import org.masthead.newsletter.Subscriber;
import org.masthead.newsletter.SubscriptionService;
import org.masthead.platform.FormOrigin;
import org.masthead.platform.HttpServer;
import org.masthead.platform.Templates;

/**
 * The newsletter's public pages: subscribing, confirming, choosing daily or weekly, leaving. None of them is kept in
 * the page cache nor by any other cache ({@code no-store}): each answers one reader, most by the token in their link.
 * Forms are refused when another site sent them, all but RFC 8058's one-click unsubscribe, which mail clients post.
 */
final class NewsletterPages {
    private final SubscriptionService subscriptions;
    private final PublicPages pages;
    private final Templates templates;

    NewsletterPages(SubscriptionService subscriptions, PublicPages pages, Templates templates) {
        this.subscriptions = subscriptions;
        this.pages = pages;
        this.templates = templates;
    }

    void register(RoutesConfig routes) {
        routes.get("/subscribe", ctx -> render(ctx, 200, "subscribe.jte", subscribeView("", null)));
        routes.post("/subscribe", this::subscribe);
        routes.get("/subscribe/confirm", ctx -> subscriptions.toConfirm(ctx.queryParam("token")).ifPresentOrElse(subscriber ->
                render(ctx, 200, "subscribe-confirm.jte", new ConfirmView(pages.plainHead("Confirm your subscription", ""),
                        subscriber.token(), subscriber.email())), () -> expired(ctx)));
        routes.post("/subscribe/confirm", ctx -> {
            FormOrigin.requireOwnSite(ctx);
            subscriptions.confirm(ctx.formParam("token")).ifPresentOrElse(subscriber -> notice(ctx, 200, "You are subscribed",
                    "You will receive each edition at " + subscriber.email() + ".", subscriptions.manageLink(subscriber).toString(),
                    "Choose daily or weekly"), () -> expired(ctx));
        });
        routes.get("/unsubscribe", ctx -> manage(ctx, subscriber(ctx.queryParam("token")), null));
        routes.post("/unsubscribe", this::oneClick);
        routes.get("/newsletter/manage", ctx -> manage(ctx, subscriber(ctx.queryParam("token")), null));
        routes.post("/newsletter/manage", ctx -> {
            FormOrigin.requireOwnSite(ctx);
            var frequency = Subscriber.Frequency.fromCode(ctx.formParam("frequency"))
                    .orElseThrow(() -> new Invalid("choose daily or weekly"));
            manage(ctx, subscriptions.chooseFrequency(ctx.formParam("token"), frequency), "Saved.");
        });
        routes.post("/newsletter/leave", ctx -> {
            FormOrigin.requireOwnSite(ctx);
            left(ctx, subscriptions.unsubscribe(ctx.formParam("token")));
        });
    }

    /** The same answer for every address that is one: no one learns from it whether an address is subscribed. */
    private void subscribe(Context ctx) {
        FormOrigin.requireOwnSite(ctx);
        String typed = ctx.formParam("email");
        try {
            subscriptions.subscribe(typed, ctx.ip());
        } catch (Invalid refused) {
            String kept = typed == null ? "" : typed.length() > 300 ? typed.substring(0, 300) : typed;
            render(ctx, 400, "subscribe.jte", subscribeView(kept, refused.getMessage()));
            return;
        }
        notice(ctx, "Check your inbox", "If this address can receive our mail, a message is on its way to it. "
                + "Open the link in it to confirm; until then we send nothing else.", null, null);
    }

    /** RFC 8058: a mail client posts List-Unsubscribe=One-Click to the link, with nothing else to prove. */
    private void oneClick(Context ctx) {
        if (!"One-Click".equals(ctx.formParam("List-Unsubscribe"))) {
            throw new Invalid("this address takes the one-click unsubscribe of mail clients; open the link in a browser instead");
        }
        left(ctx, subscriptions.unsubscribe(ctx.queryParam("token")));
    }

    private void left(Context ctx, Subscriber subscriber) {
        notice(ctx, "You have left", "We send nothing more to " + subscriber.email() + ". Changed your mind? Subscribe again "
                + "with the form below.", null, null);
    }

    private void manage(Context ctx, Subscriber subscriber, String notice) {
        String standing = switch (subscriber.status()) {
            case CONFIRMED -> "You receive " + pages.chrome().title() + " at " + subscriber.email() + ".";
            case PENDING -> "Your subscription at " + subscriber.email() + " waits for you to open the link in the mail we sent.";
            case PAUSED -> "We stopped sending to " + subscriber.email() + " because mail to it kept failing.";
            case UNSUBSCRIBED -> "You have left: we send nothing to " + subscriber.email() + ".";
        };
        render(ctx, 200, "newsletter-manage.jte", new ManageView(pages.plainHead("Your subscription", ""), subscriber.token(),
                subscriber.email(), standing, subscriber.frequency() == Subscriber.Frequency.WEEKLY,
                subscriber.status() != Subscriber.Status.UNSUBSCRIBED, notice));
    }

    private Subscriber subscriber(String token) {
        return subscriptions.find(token).orElseThrow(() -> new NotFound("this link names no subscription"));
    }

    private SubscribeView subscribeView(String email, String error) {
        return new SubscribeView(pages.plainHead("Subscribe", "Each edition of the magazine by email."), email, error);
    }

    /** CASE: a subscription not confirmed within a week was forgotten, or the link names nobody: the same words. */
    private void expired(Context ctx) {
        notice(ctx, 410, "This link has expired", "A subscription not confirmed within 7 days is forgotten, address and all. "
                + "Subscribe again, and open the link in the new mail within a week.", "/subscribe/", "Subscribe again");
    }

    private void notice(Context ctx, String heading, String text, String href, String linkText) {
        notice(ctx, 200, heading, text, href, linkText);
    }

    private void notice(Context ctx, int status, String heading, String text, String href, String linkText) {
        render(ctx, status, "newsletter-notice.jte", new NewsletterNotice(pages.plainHead(heading, ""), heading, text, href, linkText));
    }

    private void render(Context ctx, int status, String template, Object view) {
        if (status != 200) {
            HttpServer.keepPage(ctx);
        }
        ctx.status(status).header("Cache-Control", "no-store").contentType("text/html; charset=utf-8")
                .result(templates.render(template, pages.chrome(), view));
    }
}
