package org.masthead.webhook;

import java.net.URI;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Supplier;
import org.masthead.common.Actor;
import org.masthead.common.Role;
import org.masthead.article.Article;
import org.masthead.article.ArticleKind;
import org.masthead.article.ArticleService;
import org.masthead.article.ArticleStatus;
import org.masthead.article.Body;
import org.masthead.audit.AuditLog;
import org.masthead.common.Forbidden;
import org.masthead.common.Invalid;
import org.masthead.common.NotFound;
import org.masthead.common.Page;
import org.masthead.common.PageRequest;
import org.masthead.edition.EditionService;
import org.masthead.media.MediaService;
import org.masthead.platform.Database;
import org.masthead.topic.TopicService;

/**
 * The newsroom's webhooks: admins add and remove them, read a webhook's secret, send a test, and read what
 * was delivered. Once the server is serving ({@link #start}), every publication, edit of a published piece and
 * withdrawal is delivered to the webhooks of that event.
 */
public final class WebhookService implements AutoCloseable {
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Database db;
    private final ArticleService articles;
    private final WebhookStore store;
    private final PostPayloads payloads;
    private final Targets targets;
    private final Announcer announcer;
    private final DeliveryWorker worker;
    private final AuditLog audit;
    private final Clock clock;

    /** What webhooks are built from; {@code privateTargets} lets them reach addresses inside the server's network. */
    public record Wiring(Database db, WebhookStores stores, ArticleService articles, TopicService topics, MediaService media,
            EditionService editions, AuditLog audit, Clock clock, Supplier<URI> publicUrl, boolean privateTargets,
            String userAgent) {}

    public WebhookService(Wiring w) {
        this.db = w.db();
        this.articles = w.articles();
        this.store = w.stores().hooks;
        this.payloads = new PostPayloads(w.topics(), w.media(), w.editions(), w.publicUrl(), store::apiIdOf);
        this.targets = new Targets(w.privateTargets());
        this.audit = w.audit();
        this.clock = w.clock();
        // The worker takes in, now and then, what other processes wrote; the announcer wakes it for new deliveries.
        this.worker = new DeliveryWorker(store, targets, w.clock(), this::catchUp, w.userAgent());
        this.announcer = new Announcer(w.db(), w.articles(), payloads, w.stores(), w.clock(), worker::wake);
    }

    /**
     * Starts following changes and sending deliveries, resuming those left pending. Only the serving process
     * calls it: a command (an import) changes articles without announcing them.
     */
    public void start() {
        announcer.follow();
        worker.start();
    }

    /** An article changed (after commit): announces it if it was published, edited while out, or taken down. */
    public void articleChanged(long id) {
        announcer.articleChanged(id);
    }

    /** Sends what is due now on the caller's thread (the worker does this by itself; tests move the clock). */
    public int deliverDue() {
        return worker.deliverDue();
    }

    /** Whether webhooks may point inside the server's network (the operator's {@code webhooks.private-targets}). */
    public boolean privateTargetsAllowed() {
        return targets.privateAllowed();
    }

    /** Adds a webhook; the answer holds the secret its receiver will check signatures with. */
    public CreatedWebhook add(Actor actor, String name, String eventCode, String targetUrl) {
        requireAdmin(actor);
        String clean = name == null ? "" : name.strip();
        if (clean.isEmpty() || clean.length() > 100) {
            throw new Invalid("name", "a webhook needs a name of 1 to 100 characters, saying what it is for");
        }
        WebhookEvent event = WebhookEvent.fromCode(eventCode == null ? "" : eventCode.strip());
        String url = targets.check(targetUrl);
        byte[] random = new byte[32];
        RANDOM.nextBytes(random);
        String secret = HexFormat.of().formatHex(random);
        return db.write(h -> {
            long id = store.insert(clean, event, url, secret, clock.instant());
            audit.record(actor, "webhook.created", "webhook", id, clean + ": " + event.code() + " to " + url);
            return new CreatedWebhook(store.find(id).orElseThrow(), secret);
        });
    }

    public List<Webhook> list(Actor actor) {
        requireAdmin(actor);
        return store.list();
    }

    public Webhook find(Actor actor, long id) {
        requireAdmin(actor);
        return store.find(id).orElseThrow(() -> new NotFound("no webhook " + id));
    }

    /** The secret of a webhook, for an admin setting up its receiver again; each showing is in the audit log. */
    public String secretOf(Actor actor, long id) {
        Webhook hook = find(actor, id);
        String secret = store.secretOf(id).orElseThrow(() -> new NotFound("no webhook " + id));
        audit.record(actor, "webhook.secret-shown", "webhook", id, hook.name());
        return secret;
    }

    /** Removes a webhook with its delivery log; what was still waiting is not sent. */
    public void remove(Actor actor, long id) {
        Webhook hook = find(actor, id);
        db.inTransaction(() -> {
            store.delete(id);
            audit.record(actor, "webhook.removed", "webhook", id, hook.name() + " (" + hook.targetUrl() + ")");
        });
    }

    /**
     * Sends the webhook a delivery of its event at once, marked as a test ({@code X-Masthead-Test: true}): about
     * the piece most recently published, or an example when there is none.
     */
    public Delivery sendTest(Actor actor, long id) {
        Webhook hook = find(actor, id);
        ArticleKind kind = hook.event().aboutPage() ? ArticleKind.PAGE : ArticleKind.ARTICLE;
        Article about = store.latestPublished(kind).map(articles::find).orElseGet(() -> example(kind));
        var current = payloads.current(about);
        String body = PostPayloads.envelope(hook.event(), current, PostPayloads.JSON.createObjectNode());
        long deliveryId = db.write(h -> {
            long made = store.insertDelivery(id, hook.event(), about.id() == 0 ? null : about.id(), about.title(), body, true,
                    clock.instant());
            audit.record(actor, "webhook.tested", "webhook", id, hook.name());
            return made;
        });
        worker.wake();
        return store.findDelivery(deliveryId).orElseThrow();
    }

    /** A webhook's deliveries, newest first. */
    public Page<Delivery> deliveries(Actor actor, long id, PageRequest request) {
        find(actor, id);
        return Page.fromLookahead(store.deliveries(id, request), request);
    }

    /** What was sent (or will be) in one delivery, exactly. */
    public String payloadOf(Actor actor, long webhookId, long deliveryId) {
        find(actor, webhookId);
        Delivery delivery = store.findDelivery(deliveryId).filter(d -> d.webhookId() == webhookId)
                .orElseThrow(() -> new NotFound("no delivery " + deliveryId + " of webhook " + webhookId));
        return store.payloadOf(delivery.id()).orElseThrow();
    }

    private void catchUp() {
        announcer.catchUp();
    }

    /** As the worker's periodic pass, taking articles unchanged since {@code settled}; for tests, which cannot wait a minute. */
    int catchUp(Instant settled) {
        return announcer.catchUp(settled);
    }

    private Article example(ArticleKind kind) {
        Instant now = clock.instant();
        return new Article(0, "a-test-from-masthead", "A test from Masthead", null, "What a delivery looks like.",
                Body.markdown("Nothing is published yet, so this test carries an example."), null, ArticleStatus.PUBLISHED, now,
                now.atZone(ZoneOffset.UTC).toLocalDate(), null, null, List.of(), 1, null, null, kind, now, false, null, null);
    }

    private static void requireAdmin(Actor actor) {
        if (!actor.atLeast(Role.ADMIN)) {
            throw new Forbidden("only admins add, test and remove webhooks");
        }
    }

    @Override
    public void close() {
        announcer.stop();
        worker.close();
    }
}
