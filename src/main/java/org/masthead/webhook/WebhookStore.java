package org.masthead.webhook;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.StatementContext;
import org.masthead.common.PageRequest;
import org.masthead.platform.Database;
import org.masthead.platform.Rows;

/** The webhooks and their deliveries, in plain SQL shared by SQLite and PostgreSQL. */
final class WebhookStore {
    private static final String HOOK_COLUMNS = "id, name, event, target_url, active, created_at, last_triggered_at, stopped_reason";
    private static final String DELIVERY_COLUMNS = "id, webhook_id, event, article_id, title, test, attempts, status, "
            + "next_attempt_at, last_attempt_at, last_status_code, last_error, created_at, delivered_at";

    /** A delivery as the worker sends it: the row, its body, and where and with what secret it goes. */
    record Outgoing(Delivery delivery, String payload, String targetUrl, String secret) {
        @Override
        public String toString() {
            return "Outgoing[" + delivery + " to " + targetUrl + "]";
        }
    }

    private final Database db;

    WebhookStore(Database db) {
        this.db = db;
    }

    private static Instant instant(ResultSet rs, String column, StatementContext ctx) throws SQLException {
        return ctx.findColumnMapperFor(Instant.class).orElseThrow().map(rs, column, ctx);
    }

    private static RowMapper<Webhook> webhook() {
        return (rs, ctx) -> new Webhook(rs.getLong("id"), rs.getString("name"), WebhookEvent.fromCode(rs.getString("event")),
                rs.getString("target_url"), rs.getBoolean("active"), instant(rs, "created_at", ctx),
                instant(rs, "last_triggered_at", ctx), rs.getString("stopped_reason"));
    }

    private static RowMapper<Delivery> delivery() {
        return (rs, ctx) -> new Delivery(rs.getLong("id"), rs.getLong("webhook_id"), rs.getString("event"),
                Rows.longOrNull(rs, "article_id"), rs.getString("title"), rs.getBoolean("test"), rs.getInt("attempts"),
                Delivery.Status.fromCode(rs.getString("status")), instant(rs, "next_attempt_at", ctx),
                instant(rs, "last_attempt_at", ctx), Rows.intOrNull(rs, "last_status_code"), rs.getString("last_error"),
                instant(rs, "created_at", ctx), instant(rs, "delivered_at", ctx));
    }

    long insert(String name, WebhookEvent event, String targetUrl, String secret, Instant now) {
        return db.write(h -> h.createQuery("""
                INSERT INTO webhooks (name, event, target_url, secret, active, created_at)
                VALUES (:name, :event, :url, :secret, :active, :now) RETURNING id""")
                .bind("name", name).bind("event", event.code()).bind("url", targetUrl).bind("secret", secret)
                .bind("active", true).bind("now", now).mapTo(Long.class).one());
    }

    /** The article's id as the Content API gives it: the one it came with (a Ghost post's), else one made from its row id. */
    String apiIdOf(long articleId) {
        return db.read(h -> h.createQuery("SELECT api_id FROM articles WHERE id = :id").bind("id", articleId)
                .mapTo(String.class).findOne()).orElse(org.masthead.catalog.Ids.of(articleId));
    }

    Optional<Webhook> find(long id) {
        return db.read(h -> h.createQuery("SELECT " + HOOK_COLUMNS + " FROM webhooks WHERE id = :id").bind("id", id)
                .map(webhook()).findOne());
    }

    List<Webhook> list() {
        return db.read(h -> h.createQuery("SELECT " + HOOK_COLUMNS + " FROM webhooks ORDER BY id").map(webhook()).list());
    }

    Optional<String> secretOf(long id) {
        return db.read(h -> h.createQuery("SELECT secret FROM webhooks WHERE id = :id").bind("id", id)
                .mapTo(String.class).findOne());
    }

    void delete(long id) {
        db.write(h -> h.createUpdate("DELETE FROM webhooks WHERE id = :id").bind("id", id).execute());
    }

    List<Webhook> activeFor(WebhookEvent event) {
        return db.read(h -> h.createQuery("SELECT " + HOOK_COLUMNS + " FROM webhooks WHERE event = :event AND active = :active"
                + " ORDER BY id").bind("event", event.code()).bind("active", true).map(webhook()).list());
    }

    /** Stops a webhook (its receiver said it is gone for good) and gives up its waiting deliveries. */
    void stop(long id, String reason, Instant now) {
        db.write(h -> {
            h.createUpdate("UPDATE webhooks SET active = :active, stopped_reason = :reason WHERE id = :id")
                    .bind("active", false).bind("reason", reason).bind("id", id).execute();
            return h.createUpdate("""
                    UPDATE webhook_deliveries SET status = 'failed', next_attempt_at = NULL, last_error = :reason
                    WHERE webhook_id = :id AND status = 'pending'""").bind("reason", reason).bind("id", id).execute();
        });
    }

    long insertDelivery(long webhookId, WebhookEvent event, Long articleId, String title, String payload, boolean test,
            Instant now) {
        return db.write(h -> {
            h.createUpdate("UPDATE webhooks SET last_triggered_at = :now WHERE id = :id").bind("now", now).bind("id", webhookId)
                    .execute();
            return h.createQuery("""
                    INSERT INTO webhook_deliveries (webhook_id, event, article_id, title, payload, test, status, next_attempt_at, created_at)
                    VALUES (:webhook, :event, :article, :title, :payload, :test, 'pending', :now, :now) RETURNING id""")
                    .bind("webhook", webhookId).bind("event", event.code()).bindByType("article", articleId, Long.class)
                    .bind("title", title).bind("payload", payload).bind("test", test).bind("now", now)
                    .mapTo(Long.class).one();
        });
    }

    /** The ids of deliveries due by now, the longest waiting first. */
    List<Long> due(Instant now, int limit) {
        return db.read(h -> h.createQuery("""
                SELECT id FROM webhook_deliveries WHERE status = 'pending' AND next_attempt_at <= :now
                ORDER BY next_attempt_at, id LIMIT :limit""").bind("now", now).bind("limit", limit).mapTo(Long.class).list());
    }

    Optional<Instant> nextDue() {
        return db.read(h -> h.createQuery("SELECT MIN(next_attempt_at) AS next FROM webhook_deliveries WHERE status = 'pending'")
                .map((rs, ctx) -> instant(rs, "next", ctx)).findOne().flatMap(Optional::ofNullable));
    }

    /**
     * Takes a due delivery for sending until {@code leaseUntil}: no other worker (a second server) sends it
     * meanwhile, and if this one dies mid-send the delivery is due again when the lease runs out.
     */
    Optional<Outgoing> claim(long id, Instant now, Instant leaseUntil) {
        return db.write(h -> {
            int taken = h.createUpdate("""
                    UPDATE webhook_deliveries SET next_attempt_at = :lease
                    WHERE id = :id AND status = 'pending' AND next_attempt_at <= :now""")
                    .bind("lease", leaseUntil).bind("id", id).bind("now", now).execute();
            if (taken == 0) {
                return Optional.<Outgoing>empty();
            }
            return h.createQuery("""
                    SELECT d.*, w.target_url AS hook_url, w.secret AS hook_secret
                    FROM webhook_deliveries d JOIN webhooks w ON w.id = d.webhook_id WHERE d.id = :id""").bind("id", id)
                    .map((rs, ctx) -> new Outgoing(delivery().map(rs, ctx), rs.getString("payload"), rs.getString("hook_url"),
                            rs.getString("hook_secret"))).findOne();
        });
    }

    /** What one try came to: delivered, failed for good, or pending again at {@code next}. */
    void recordAttempt(long id, int attempts, Delivery.Status status, Instant next, Integer statusCode, String error,
            Instant at) {
        db.write(h -> h.createUpdate("""
                UPDATE webhook_deliveries SET attempts = :attempts, status = :status, next_attempt_at = :next,
                    last_attempt_at = :at, last_status_code = :code, last_error = :error,
                    delivered_at = CASE WHEN :delivered THEN :at ELSE delivered_at END
                WHERE id = :id""")
                .bind("attempts", attempts).bind("status", status.code()).bindByType("next", next, Instant.class)
                .bind("at", at).bindByType("code", statusCode, Integer.class).bindByType("error", error, String.class)
                .bind("delivered", status == Delivery.Status.DELIVERED).bind("id", id).execute());
    }

    /** A webhook's deliveries, newest first. */
    List<Delivery> deliveries(long webhookId, PageRequest page) {
        return db.read(h -> h.createQuery("SELECT " + DELIVERY_COLUMNS + " FROM webhook_deliveries WHERE webhook_id = :id"
                + " ORDER BY id DESC LIMIT :limit OFFSET :offset").bind("id", webhookId)
                .bind("limit", page.limitWithLookahead()).bind("offset", page.offset()).map(delivery()).list());
    }

    Optional<Delivery> findDelivery(long id) {
        return db.read(h -> h.createQuery("SELECT " + DELIVERY_COLUMNS + " FROM webhook_deliveries WHERE id = :id")
                .bind("id", id).map(delivery()).findOne());
    }

    Optional<String> payloadOf(long deliveryId) {
        return db.read(h -> h.createQuery("SELECT payload FROM webhook_deliveries WHERE id = :id").bind("id", deliveryId)
                .mapTo(String.class).findOne());
    }

    /** The article or page most recently published, for a test delivery that shows a real one. */
    Optional<Long> latestPublished(org.masthead.article.ArticleKind kind) {
        return db.read(h -> h.createQuery("""
                SELECT id FROM articles WHERE status = 'published' AND kind = :kind ORDER BY published_at DESC, id DESC LIMIT 1""")
                .bind("kind", kind.code()).mapTo(Long.class).findOne());
    }
}
