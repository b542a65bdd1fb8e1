package org.masthead.edition;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.mapper.RowMapper;
import org.masthead.common.PageRequest;
import org.masthead.platform.Database;

final class SqlEditionStore implements EditionStore {
    private static final RowMapper<Edition> EDITION = (rs, ctx) -> {
        var dates = ctx.findColumnMapperFor(LocalDate.class).orElseThrow();
        return new Edition(rs.getLong("id"), dates.map(rs, "starts_on", ctx), dates.map(rs, "ends_on", ctx),
                rs.getString("label"), EditionStatus.fromCode(rs.getString("status")),
                ctx.findColumnMapperFor(java.time.Instant.class).orElseThrow().map(rs, "scheduled_at", ctx));
    };

    private static final String HAS_PUBLISHED = """
            EXISTS (SELECT 1 FROM articles a WHERE a.edition_id = e.id AND a.status = 'published'""";

    private final Database db;
    private final Clock clock;

    SqlEditionStore(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    @Override
    public <T> T exclusively(java.util.function.Supplier<T> work) {
        return db.write(h -> {
            db.serializeWrites("editions");
            return work.get();
        });
    }

    @Override
    public int articlesOutside(long editionId, LocalDate from, LocalDate to) {
        return db.read(h -> h.createQuery("""
                SELECT COUNT(*) FROM articles WHERE edition_id = :id AND (published_on < :from OR published_on > :to)""")
                .bind("id", editionId).bind("from", from).bind("to", to).mapTo(Integer.class).one());
    }

    @Override
    public long insert(EditionSpan span) {
        return db.write(h -> touched(h.createQuery("""
                INSERT INTO editions (starts_on, ends_on, label, created_at) VALUES (:start, :end, :label, :now)
                RETURNING id""")
                .bind("start", span.startsOn()).bind("end", span.endsOn()).bind("label", span.label())
                .bind("now", clock.instant())
                .mapTo(Long.class).one()));
    }

    /** Names the edition a write changes, so that the pages showing editions are forgotten after it. */
    private long touched(long id) {
        db.touch("edition:" + id);
        return id;
    }

    @Override
    public void update(long id, EditionSpan span) {
        db.write(h -> h.createUpdate("UPDATE editions SET starts_on = :start, ends_on = :end, label = :label WHERE id = :id")
                .bind("start", span.startsOn()).bind("end", span.endsOn()).bind("label", span.label()).bind("id", touched(id))
                .execute());
    }

    @Override
    public void setSchedule(long id, EditionStatus status, java.time.Instant at) {
        db.write(h -> h.createUpdate("UPDATE editions SET status = :status, scheduled_at = :at WHERE id = :id")
                .bind("status", status.code()).bindByType("at", at, java.time.Instant.class).bind("id", touched(id)).execute());
    }

    @Override
    public boolean markPublished(long id) {
        return db.write(h -> h.createUpdate("UPDATE editions SET status = 'published' WHERE id = :id AND status = 'scheduled'")
                .bind("id", touched(id)).execute() == 1);
    }

    @Override
    public List<Edition> publishedBetween(java.time.Instant from, java.time.Instant until) {
        return db.read(h -> h.createQuery("""
                SELECT * FROM editions WHERE status = 'published' AND scheduled_at >= :from AND scheduled_at < :until
                ORDER BY scheduled_at, starts_on""").bind("from", from).bind("until", until).map(EDITION).list());
    }

    @Override
    public List<Edition> dueBy(java.time.Instant now) {
        return db.read(h -> h.createQuery("SELECT * FROM editions WHERE status = 'scheduled' AND scheduled_at <= :now ORDER BY scheduled_at")
                .bind("now", now).map(EDITION).list());
    }

    @Override
    public Optional<java.time.Instant> nextScheduled() {
        return db.read(h -> h.createQuery("SELECT MIN(scheduled_at) AS next FROM editions WHERE status = 'scheduled'")
                .map((rs, ctx) -> Optional.ofNullable(ctx.findColumnMapperFor(java.time.Instant.class).orElseThrow()
                        .map(rs, "next", ctx))).one());
    }

    @Override
    public List<Edition> newestFirst(PageRequest page) {
        return db.read(h -> h.createQuery("SELECT * FROM editions ORDER BY starts_on DESC LIMIT :limit OFFSET :offset")
                .bind("limit", page.limitWithLookahead()).bind("offset", page.offset()).map(EDITION).list());
    }

    @Override
    public List<Edition> upcoming(LocalDate today, int limit) {
        return db.read(h -> h.createQuery("""
                SELECT * FROM editions WHERE status IN ('open', 'scheduled') AND ends_on >= :today
                ORDER BY starts_on, id LIMIT :limit""").bind("today", today).bind("limit", limit)
                .map(EDITION).list());
    }

    @Override
    public int count() {
        return db.read(h -> h.createQuery("SELECT COUNT(*) FROM editions").mapTo(Integer.class).one());
    }


    @Override
    public List<Edition> findOverlapping(LocalDate from, LocalDate to) {
        return db.read(h -> h.createQuery("SELECT * FROM editions WHERE starts_on <= :to AND ends_on >= :from ORDER BY starts_on")
                .bind("from", from).bind("to", to).map(EDITION).list());
    }

    @Override
    public List<Edition> findByIds(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return db.read(h -> h.createQuery("SELECT * FROM editions WHERE id IN (<ids>) ORDER BY starts_on DESC")
                .bindList("ids", ids).map(EDITION).list());
    }

    @Override
    public List<Edition> withPublishedArticles(LocalDate from, LocalDate to, PageRequest page) {
        return db.read(h -> {
            var query = h.createQuery("SELECT * FROM editions e WHERE " + HAS_PUBLISHED
                    + (from != null ? " AND a.published_on >= :from" : "")
                    + (to != null ? " AND a.published_on <= :to" : "")
                    + ") ORDER BY e.starts_on DESC LIMIT :limit OFFSET :offset");
            if (from != null) {
                query.bind("from", from);
            }
            if (to != null) {
                query.bind("to", to);
            }
            return query.bind("limit", page.limitWithLookahead()).bind("offset", page.offset()).map(EDITION).list();
        });
    }

    @Override
    public Optional<Edition> previousWithPublished(LocalDate before) {
        return db.read(h -> h.createQuery("SELECT * FROM editions e WHERE e.starts_on < :d AND " + HAS_PUBLISHED
                        + ") ORDER BY e.starts_on DESC LIMIT 1")
                .bind("d", before).map(EDITION).findOne());
    }

    @Override
    public Optional<Edition> nextWithPublished(LocalDate after) {
        return db.read(h -> h.createQuery("SELECT * FROM editions e WHERE e.starts_on > :d AND " + HAS_PUBLISHED
                        + ") ORDER BY e.starts_on ASC LIMIT 1")
                .bind("d", after).map(EDITION).findOne());
    }
}
