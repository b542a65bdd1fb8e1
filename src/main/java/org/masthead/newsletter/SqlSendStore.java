package org.masthead.newsletter;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.mapper.RowMapper;
import org.masthead.platform.Database;

/**
 * The sends and deliveries in SQL, the same on SQLite and PostgreSQL. Every change of a delivery is its own small
 * transaction, and every one is conditional on the status it expects, so two servers sending from one queue never
 * both take the same delivery.
 */
final class SqlSendStore implements SendStore {
    private static final String SEND = """
            SELECT id, edition_id, subject, status, created_at, started_at, finished_at, recipients, sent, failed
            FROM newsletter_sends""";

    private final Database db;

    SqlSendStore(Database db) {
        this.db = db;
    }

    @Override
    public Optional<Send> queueEdition(long editionId, String subject, Instant now) {
        return db.write(h -> {
            int queued = h.createUpdate("""
                    INSERT INTO newsletter_sends (edition_id, kind, subject, status, created_at)
                    VALUES (:edition, 'daily', :subject, 'queued', :now) ON CONFLICT DO NOTHING""")
                    .bind("edition", editionId).bind("subject", subject).bind("now", now).execute();
            if (queued == 0) {
                return Optional.empty();
            }
            return Optional.of(addDeliveries(h, findForEdition(editionId).orElseThrow().id(), "daily", now));
        });
    }

    @Override
    public Optional<Send> queueWeekly(DigestWeek week, String subject, Instant now) {
        return db.write(h -> {
            int queued = h.createUpdate("""
                    INSERT INTO newsletter_sends (kind, week_of, covers_from, covers_until, subject, status, created_at)
                    VALUES ('weekly', :week, :from, :until, :subject, 'queued', :now) ON CONFLICT DO NOTHING""")
                    .bind("week", week.weekOf()).bind("from", week.from()).bind("until", week.until())
                    .bind("subject", subject).bind("now", now).execute();
            if (queued == 0) {
                return Optional.empty();
            }
            long sendId = h.createQuery("SELECT id FROM newsletter_sends WHERE kind = 'weekly' AND week_of = :week")
                    .bind("week", week.weekOf()).mapTo(Long.class).one();
            return Optional.of(addDeliveries(h, sendId, "weekly", now));
        });
    }

    @Override
    public boolean hasWeekly(java.time.LocalDate weekOf) {
        return db.read(h -> h.createQuery("SELECT count(*) FROM newsletter_sends WHERE kind = 'weekly' AND week_of = :week")
                .bind("week", weekOf).mapTo(Integer.class).one()) > 0;
    }

    @Override
    public Optional<DigestWeek> weekOf(long sendId) {
        return db.read(h -> h.createQuery("""
                SELECT week_of, covers_from, covers_until FROM newsletter_sends WHERE id = :id AND kind = 'weekly'""")
                .bind("id", sendId).map((rs, ctx) -> new DigestWeek(
                        ctx.findColumnMapperFor(java.time.LocalDate.class).orElseThrow().map(rs, "week_of", ctx),
                        SqlSubscriberStore.instant(rs, "covers_from", ctx), SqlSubscriberStore.instant(rs, "covers_until", ctx)))
                .findOne());
    }

    /** One queued delivery per confirmed subscriber of the frequency; the send's recipients say how many. */
    private Send addDeliveries(Handle h, long sendId, String frequency, Instant now) {
        int recipients = h.createUpdate("""
                INSERT INTO newsletter_deliveries (send_id, subscriber_id, status, next_attempt_at)
                SELECT :send, id, 'queued', :now FROM subscribers WHERE status = 'confirmed' AND frequency = :frequency
                ON CONFLICT DO NOTHING""").bind("send", sendId).bind("now", now).bind("frequency", frequency).execute();
        h.createUpdate("UPDATE newsletter_sends SET recipients = :n WHERE id = :id").bind("n", recipients).bind("id", sendId).execute();
        return find(sendId).orElseThrow();
    }

    @Override
    public Optional<Send> find(long id) {
        return db.read(h -> h.createQuery(SEND + " WHERE id = :id").bind("id", id).map(send()).findOne());
    }

    @Override
    public Optional<Send> findForEdition(long editionId) {
        return db.read(h -> h.createQuery(SEND + " WHERE edition_id = :edition AND kind = 'daily'")
                .bind("edition", editionId).map(send()).findOne());
    }

    @Override
    public int skipDeparted() {
        return db.write(h -> h.createUpdate("""
                UPDATE newsletter_deliveries SET status = 'skipped'
                WHERE status = 'queued' AND subscriber_id IN (SELECT id FROM subscribers WHERE status <> 'confirmed')""").execute());
    }

    @Override
    public List<Delivery> due(Instant now, int limit) {
        return db.read(h -> h.createQuery("""
                SELECT d.id AS delivery_id, d.send_id, d.attempts, s.id, s.email, s.status, s.frequency, s.token, s.source,
                       s.created_at, s.confirmed_at, s.unsubscribed_at, s.failures
                FROM newsletter_deliveries d
                JOIN subscribers s ON s.id = d.subscriber_id
                JOIN newsletter_sends n ON n.id = d.send_id
                WHERE d.status = 'queued' AND d.next_attempt_at <= :now AND s.status = 'confirmed'
                  AND n.status IN ('queued', 'sending')
                ORDER BY d.id LIMIT :limit""").bind("now", now).bind("limit", limit)
                .map((rs, ctx) -> new Delivery(rs.getLong("delivery_id"), rs.getLong("send_id"),
                        SqlSubscriberStore.subscriber().map(rs, ctx), rs.getInt("attempts"))).list());
    }

    @Override
    public boolean claim(Delivery delivery, Instant now) {
        return db.write(h -> {
            int claimed = h.createUpdate("""
                    UPDATE newsletter_deliveries SET status = 'sending', claimed_at = :now, attempts = attempts + 1
                    WHERE id = :id AND status = 'queued'""").bind("now", now).bind("id", delivery.id()).execute();
            h.createUpdate("UPDATE newsletter_sends SET status = 'sending', started_at = :now WHERE id = :id AND status = 'queued'")
                    .bind("now", now).bind("id", delivery.sendId()).execute();
            return claimed == 1;
        });
    }

    @Override
    public void markSent(Delivery delivery, Instant now) {
        db.write(h -> {
            mark(h, delivery, "sent", null).bind("sent", now).execute();
            return h.createUpdate("UPDATE subscribers SET failures = 0 WHERE id = :id AND failures > 0")
                    .bind("id", delivery.subscriber().id()).execute();
        });
    }

    @Override
    public void markRefused(Delivery delivery, String error, int pauseAt) {
        db.write(h -> {
            mark(h, delivery, "failed", error).bind("sent", (Instant) null).execute();
            // The right-hand sides read the row as it was: failures + 1 is the count after this refusal.
            return h.createUpdate("""
                    UPDATE subscribers SET failures = failures + 1,
                           status = CASE WHEN failures + 1 >= :pauseAt AND status = 'confirmed' THEN 'paused' ELSE status END
                    WHERE id = :id""").bind("pauseAt", pauseAt).bind("id", delivery.subscriber().id()).execute();
        });
    }

    @Override
    public void giveUp(Delivery delivery, String error) {
        db.write(h -> mark(h, delivery, "failed", error).bind("sent", (Instant) null).execute());
    }

    private static org.jdbi.v3.core.statement.Update mark(Handle h, Delivery delivery, String status, String error) {
        return h.createUpdate("""
                UPDATE newsletter_deliveries SET status = :status, last_error = :error, sent_at = :sent
                WHERE id = :id AND status = 'sending'""").bind("status", status).bind("error", error).bind("id", delivery.id());
    }

    @Override
    public void retryLater(Delivery delivery, String error, Instant at) {
        db.write(h -> h.createUpdate("""
                UPDATE newsletter_deliveries SET status = 'queued', last_error = :error, next_attempt_at = :at, claimed_at = NULL
                WHERE id = :id AND status = 'sending'""").bind("error", error).bind("at", at).bind("id", delivery.id()).execute());
    }

    @Override
    public int giveUpInterrupted(Instant claimedBefore) {
        return db.write(h -> h.createUpdate("""
                UPDATE newsletter_deliveries SET status = 'failed',
                       last_error = 'interrupted while sending: it may have arrived, so it is not sent again'
                WHERE status = 'sending' AND claimed_at < :before""").bind("before", claimedBefore).execute());
    }

    @Override
    public int finishSends(Instant now) {
        return db.write(h -> h.createUpdate("""
                UPDATE newsletter_sends SET status = 'done', finished_at = :now,
                       sent = (SELECT count(*) FROM newsletter_deliveries d WHERE d.send_id = newsletter_sends.id AND d.status = 'sent'),
                       failed = (SELECT count(*) FROM newsletter_deliveries d WHERE d.send_id = newsletter_sends.id AND d.status = 'failed')
                WHERE status IN ('queued', 'sending') AND NOT EXISTS (SELECT 1 FROM newsletter_deliveries d
                      WHERE d.send_id = newsletter_sends.id AND d.status IN ('queued', 'sending'))""").bind("now", now).execute());
    }

    @Override
    public Map<String, Integer> countByStatus(long sendId) {
        return db.read(h -> {
            Map<String, Integer> counts = new LinkedHashMap<>();
            h.createQuery("SELECT status, count(*) AS n FROM newsletter_deliveries WHERE send_id = :id GROUP BY status ORDER BY status")
                    .bind("id", sendId).map((rs, ctx) -> Map.entry(rs.getString("status"), rs.getInt("n")))
                    .forEach(e -> counts.put(e.getKey(), e.getValue()));
            return counts;
        });
    }

    private static RowMapper<Send> send() {
        return (rs, ctx) -> new Send(rs.getLong("id"), rs.getObject("edition_id") == null ? null : rs.getLong("edition_id"),
                rs.getString("subject"), Send.Status.fromCode(rs.getString("status")),
                SqlSubscriberStore.instant(rs, "created_at", ctx), SqlSubscriberStore.instant(rs, "started_at", ctx),
                SqlSubscriberStore.instant(rs, "finished_at", ctx), rs.getInt("recipients"), rs.getInt("sent"), rs.getInt("failed"));
    }
}
