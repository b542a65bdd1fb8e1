package org.masthead.admin;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import org.masthead.common.Actor;
import org.masthead.apikey.ApiKey;
import org.masthead.apikey.ApiKeyService;
import org.masthead.apikey.CreatedKey;
import org.masthead.common.Invalid;
import org.masthead.common.NotFound;
import org.masthead.common.Page;
import org.masthead.common.PageRequest;
import org.masthead.webhook.CreatedWebhook;
import org.masthead.webhook.Delivery;
import org.masthead.webhook.Webhook;
import org.masthead.webhook.WebhookEvent;
import org.masthead.webhook.WebhookService;

/**
 * The admin's integrations: API keys for programs, webhooks for receivers, and what each webhook delivered.
 * A secret is shown on the answer to the form that made it (never in an address), and the services check
 * that only an admin does any of this.
 */
final class IntegrationScreens {
    static final int DELIVERIES_PER_PAGE = 25;
    private static final FormState NEW_KEY = FormState.of(java.util.Map.of("kind", "content"));
    private static final FormState NEW_HOOK = FormState.of(java.util.Map.of("event", "post.published"));

    private final ApiKeyService keys;
    private final WebhookService webhooks;
    private final AdminScreens screens;
    private final ZoneId zone;

    IntegrationScreens(ApiKeyService keys, WebhookService webhooks, AdminScreens screens, ZoneId zone) {
        this.keys = keys;
        this.webhooks = webhooks;
        this.screens = screens;
        this.zone = zone;
    }

    void show(Context ctx) {
        String notice = switch (ctx.queryParam("done") == null ? "" : ctx.queryParam("done")) {
            case "revoked" -> "The key is revoked: calls made with it are refused from now on.";
            case "removed" -> "The webhook is removed, with its delivery log.";
            default -> null;
        };
        show(ctx, 200, NEW_KEY, NEW_HOOK, null, notice);
    }

    void createKey(Context ctx) {
        var values = AdminScreens.fields(ctx, "name", "kind");
        try {
            CreatedKey created = keys.create(AdminGate.actor(ctx), ApiKey.Kind.fromCode(values.get("kind")), values.get("name"));
            boolean admin = created.key().kind() == ApiKey.Kind.ADMIN;
            show(ctx, 200, NEW_KEY, NEW_HOOK, new IntegrationViews.Secret("The key for " + created.key().name(), created.printable(),
                    admin ? "An admin key: the program signs its tokens with it (id:secret). Copy it now: it is not shown again."
                            : "A content key: the program sends it as ?key=. Copy it now: it is not shown again."), null);
        } catch (Invalid refused) {
            show(ctx, 400, FormState.refused(values, refused), NEW_HOOK, null, null);
        }
    }

    void revokeKey(Context ctx) {
        keys.revoke(AdminGate.actor(ctx), AdminRoutes.id(ctx));
        ctx.redirect("/admin/integrations/?done=revoked", HttpStatus.SEE_OTHER);
    }

    void addWebhook(Context ctx) {
        var values = AdminScreens.fields(ctx, "name", "event", "target_url");
        try {
            CreatedWebhook created = webhooks.add(AdminGate.actor(ctx), values.get("name"), values.get("event"), values.get("target_url"));
            show(ctx, 200, NEW_KEY, NEW_HOOK, secret(created.webhook(), created.secret()), null);
        } catch (Invalid refused) {
            show(ctx, 400, NEW_KEY, FormState.refused(values, refused), null, null);
        }
    }

    void removeWebhook(Context ctx) {
        webhooks.remove(AdminGate.actor(ctx), AdminRoutes.id(ctx));
        ctx.redirect("/admin/integrations/?done=removed", HttpStatus.SEE_OTHER);
    }

    void testWebhook(Context ctx) {
        long id = AdminRoutes.id(ctx);
        webhooks.sendTest(AdminGate.actor(ctx), id);
        ctx.redirect("/admin/integrations/webhooks/" + id + "?done=test", HttpStatus.SEE_OTHER);
    }

    /** The webhook's secret, asked for again; on the answer to a form, so it stays out of addresses and history. */
    void showSecret(Context ctx) {
        Actor actor = AdminGate.actor(ctx);
        long id = AdminRoutes.id(ctx);
        Webhook hook = webhooks.find(actor, id);
        log(ctx, hook, 1, secret(hook, webhooks.secretOf(actor, id)), null);
    }

    void deliveries(Context ctx) {
        Webhook hook = webhooks.find(AdminGate.actor(ctx), AdminRoutes.id(ctx));
        String notice = "test".equals(ctx.queryParam("done"))
                ? "A test delivery is on its way; it appears below once it is sent (reload the page)." : null;
        log(ctx, hook, PeopleScreens.pageNumber(ctx), null, notice);
    }

    private void log(Context ctx, Webhook hook, int number, IntegrationViews.Secret shown, String notice) {
        Page<Delivery> page = webhooks.deliveries(AdminGate.actor(ctx), hook.id(), new PageRequest(number, DELIVERIES_PER_PAGE));
        if (page.isEmpty() && number > 1) {
            throw new NotFound("no page " + number + " of deliveries");
        }
        String path = "/admin/integrations/webhooks/" + hook.id() + "?page=";
        screens.render(ctx, "webhook.jte", new IntegrationViews.DeliveryLog(hook(hook),
                page.items().stream().map(this::delivery).toList(), number > 1 ? path + (number - 1) : null,
                page.hasNext() ? path + (number + 1) : null, shown, notice));
    }

    private void show(Context ctx, int status, FormState keyForm, FormState hookForm, IntegrationViews.Secret shown, String notice) {
        Actor actor = AdminGate.actor(ctx);
        List<IntegrationViews.Key> keyRows = keys.list(actor).stream().map(k -> new IntegrationViews.Key(k.id(), k.kind().code(),
                k.name(), k.publicId(), time(k.createdAt()), time(k.lastUsedAt()), time(k.revokedAt()))).toList();
        List<IntegrationViews.Event> events = Arrays.stream(WebhookEvent.values())
                .map(e -> new IntegrationViews.Event(e.code(), e.meaning())).toList();
        screens.render(ctx, status, "integrations.jte", new IntegrationViews.Integrations(keyRows,
                webhooks.list(actor).stream().map(this::hook).toList(), events, keyForm, hookForm, shown, notice,
                webhooks.privateTargetsAllowed()));
    }

    private static IntegrationViews.Secret secret(Webhook hook, String secret) {
        return new IntegrationViews.Secret("The secret of " + hook.name(), secret, "Each delivery is signed with it: X-Ghost-Signature"
                + " is sha256=HMAC-SHA256(secret, body followed by t), t=the time in milliseconds, as Ghost sends it;"
                + " X-Masthead-Signature is sha256=HMAC-SHA256(secret, body).");
    }

    private IntegrationViews.Hook hook(Webhook hook) {
        return new IntegrationViews.Hook(hook.id(), hook.name(), hook.event().code(), hook.event().meaning(), hook.targetUrl(),
                hook.active(), hook.stoppedReason(), time(hook.lastTriggeredAt()));
    }

    private IntegrationViews.Delivery delivery(Delivery d) {
        String result = d.lastStatusCode() != null && d.lastError() == null ? "answered " + d.lastStatusCode()
                : d.lastError() != null ? d.lastError() : d.attempts() == 0 ? "not sent yet" : "";
        return new IntegrationViews.Delivery(d.id(), time(d.createdAt()), d.event(), d.title().isBlank() ? "an example" : d.title(),
                d.articleId() == null ? null : "/admin/articles/" + d.articleId(), d.test(), d.attempts(), d.status().code(),
                result, d.status() == Delivery.Status.PENDING ? time(d.nextAttemptAt()) : "");
    }

    private String time(Instant instant) {
        return instant == null ? "" : AdminFormat.dateTime(instant, zone);
    }
}
