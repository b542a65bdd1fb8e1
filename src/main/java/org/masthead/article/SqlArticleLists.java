package org.masthead.article;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.StatementContext;
import org.masthead.author.Byline;
import org.masthead.platform.Database;

/** The newsroom's lists of articles, as plain SQL: filtered and paged, an edition's lineup, the unplaced, the counts. */
final class SqlArticleLists {
    private final Database db;

    SqlArticleLists(Database db) {
        this.db = db;
    }

    private static final String OWN = " AND (a.created_by = :own OR EXISTS (SELECT 1 FROM article_authors o"
            + " WHERE o.article_id = a.id AND o.author_id = :ownAuthor))";

    List<ArticleListItem> list(ArticleFilter filter, Long ownUserId, Long ownAuthorId, ListPage.Cursor after, int limit) {
        var where = new StringBuilder("a.kind = :kind");
        Map<String, Object> args = new LinkedHashMap<>();
        args.put("kind", filter.kind().code());
        if (filter.status() != null) {
            where.append(" AND a.status = :status");
            args.put("status", filter.status().code());
        }
        if (filter.ready() != null) {
            where.append(filter.ready() ? " AND a.ready_at IS NOT NULL" : " AND a.ready_at IS NULL");
        }
        if (filter.authorId() != null) {
            // From the author's index to their articles, not through every article looking for them.
            where.append(" AND a.id IN (SELECT f.article_id FROM article_authors f WHERE f.author_id = :author)");
            args.put("author", filter.authorId());
        }
        if (filter.editionId() != null) {
            where.append(" AND a.edition_id = :edition");
            args.put("edition", filter.editionId());
        }
        if (filter.from() != null) {
            where.append(" AND a.published_on >= :from");
            args.put("from", filter.from());
        }
        if (filter.to() != null) {
            where.append(" AND a.published_on <= :to");
            args.put("to", filter.to());
        }
        if (filter.titleWords() != null && !filter.titleWords().isBlank()) {
            var words = db.dialect().containsWords("a.title", "words", filter.titleWords());
            where.append(" AND ").append(words.condition());
            args.put("words", words.value());
        }
        if (after != null) {
            where.append(" AND (a.updated_at, a.id) < (:afterTime, :afterId)");
            args.put("afterTime", after.updatedAt());
            args.put("afterId", after.id());
        }
        if (ownUserId != null) {
            where.append(OWN);
            args.put("own", ownUserId);
            args.put("ownAuthor", ownAuthorId == null ? -1L : ownAuthorId);
        }
        return db.read(h -> {
            var query = h.createQuery("""
                    SELECT a.id, a.title, a.status, a.published_on, a.updated_at, a.scheduled_at, a.ready_at, e.starts_on AS edition_start
                    FROM articles a LEFT JOIN editions e ON e.id = a.edition_id""" + " WHERE " + where + " ORDER BY a.updated_at DESC, a.id DESC LIMIT :limit");
            args.forEach((name, value) -> {
                if (value instanceof LocalDate date) {
                    query.bindByType(name, date, LocalDate.class);
                } else if (value instanceof Instant instant) {
                    query.bindByType(name, instant, Instant.class);
                } else {
                    query.bind(name, value);
                }
            });
            List<ArticleListItem> rows = query.bind("limit", limit)
                    .map((rs, ctx) -> listItem(rs, ctx)).list();
            return withBylines(h, rows);
        });
    }

    List<ArticleListItem> inEdition(long editionId) {
        return items("a.edition_id = :edition", Map.of("edition", editionId),
                "COALESCE(a.lineup_position, 2147483647), a.id", Integer.MAX_VALUE);
    }

    List<ArticleListItem> unplaced(String matching, int limit) {
        var where = new StringBuilder("a.edition_id IS NULL AND a.kind = 'article' AND a.status IN ('draft', 'submitted', 'scheduled', 'unpublished')");
        Map<String, Object> args = new LinkedHashMap<>();
        // Every word somewhere in the title or an author's name, in any case: what the builder's script filters by too.
        List<String> words = matching == null ? List.of() : java.util.Arrays.stream(matching.strip().toLowerCase(java.util.Locale.ROOT)
                .split("\\s+")).filter(w -> !w.isEmpty()).limit(8).toList();
        for (int i = 0; i < words.size(); i++) {
            where.append(" AND (LOWER(a.title) LIKE :w").append(i).append(" ESCAPE '!' OR EXISTS (SELECT 1 FROM article_authors m")
                    .append(" JOIN authors n ON n.id = m.author_id WHERE m.article_id = a.id AND LOWER(n.name) LIKE :w").append(i)
                    .append(" ESCAPE '!'))");
            args.put("w" + i, "%" + words.get(i).replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%");
        }
        return items(where.toString(), args, "a.updated_at DESC, a.id DESC", limit);
    }

    private List<ArticleListItem> items(String where, Map<String, Object> args, String order, int limit) {
        return db.read(h -> {
            var query = h.createQuery("""
                    SELECT a.id, a.title, a.status, a.published_on, a.updated_at, a.scheduled_at, a.ready_at, e.starts_on AS edition_start
                    FROM articles a LEFT JOIN editions e ON e.id = a.edition_id""" + " WHERE " + where + " ORDER BY " + order
                    + " LIMIT :limit");
            args.forEach(query::bind);
            List<ArticleListItem> rows = query.bind("limit", limit).map((rs, ctx) -> listItem(rs, ctx)).list();
            return withBylines(h, rows);
        });
    }

    /** What waits for review (not yet marked ready), the piece waiting longest first. */
    List<ArticleListItem> awaitingReview(int limit) {
        return items("a.kind = 'article' AND a.status = 'submitted' AND a.ready_at IS NULL", Map.of(), "a.updated_at, a.id", limit);
    }

    /** The pieces marked ready and in no edition yet, the one marked first first: what waits to be placed or scheduled. */
    List<ArticleListItem> readyToPlace(int limit) {
        return items("a.kind = 'article' AND a.status = 'submitted' AND a.ready_at IS NOT NULL AND a.edition_id IS NULL", Map.of(),
                "a.ready_at, a.id", limit);
    }

    /**
     * One writer's drafts, the latest change first; with {@code sentBack}, only those on which someone else left a note
     * (as sending a piece back does) no earlier than its last save, and without, only the others.
     */
    List<ArticleListItem> drafts(long ownUserId, Long ownAuthorId, boolean sentBack, int limit) {
        return items("a.kind = 'article' AND a.status = 'draft'" + OWN + " AND " + (sentBack ? "" : "NOT ") + SENT_BACK,
                Map.of("own", ownUserId, "ownAuthor", ownAuthorId == null ? -1L : ownAuthorId), "a.updated_at DESC, a.id DESC", limit);
    }

    private static final String SENT_BACK = """
            EXISTS (SELECT 1 FROM article_notes n WHERE n.article_id = a.id AND (n.user_id IS NULL OR n.user_id <> :own)
                    AND n.created_at >= COALESCE((SELECT MAX(r.saved_at) FROM article_revisions r WHERE r.article_id = a.id),
                                                 n.created_at))""";

    /** The ids of one writer's articles, the latest changed first. */
    List<Long> ownIds(long ownUserId, Long ownAuthorId, int limit) {
        return db.read(h -> h.createQuery("SELECT a.id FROM articles a WHERE a.kind = 'article'" + OWN
                        + " ORDER BY a.updated_at DESC, a.id DESC LIMIT :limit")
                .bind("own", ownUserId).bind("ownAuthor", ownAuthorId == null ? -1L : ownAuthorId).bind("limit", limit)
                .mapTo(Long.class).list());
    }

    /** The titles of these articles (and pages), by id. */
    Map<Long, String> titles(java.util.Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        Map<Long, String> titles = new LinkedHashMap<>();
        db.read(h -> h.createQuery("SELECT id, title FROM articles WHERE id IN (<ids>)").bindList("ids", List.copyOf(ids))
                .map((rs, ctx) -> Map.entry(rs.getLong("id"), rs.getString("title"))).list())
                .forEach(e -> titles.put(e.getKey(), e.getValue()));
        return titles;
    }

    private static ArticleListItem listItem(java.sql.ResultSet rs, StatementContext ctx) throws java.sql.SQLException {
        return new ArticleListItem(rs.getLong("id"), rs.getString("title"), ArticleStatus.fromCode(rs.getString("status")),
                List.of(), SqlArticleStore.column(rs, "published_on", LocalDate.class, ctx), SqlArticleStore.column(rs, "updated_at", Instant.class, ctx),
                SqlArticleStore.column(rs, "scheduled_at", Instant.class, ctx), SqlArticleStore.column(rs, "edition_start", LocalDate.class, ctx),
                SqlArticleStore.column(rs, "ready_at", Instant.class, ctx) != null);
    }

    private static List<ArticleListItem> withBylines(Handle h, List<ArticleListItem> rows) {
        if (rows.isEmpty()) {
            return rows;
        }
        Map<Long, List<Byline>> bylines = ArticleLinks.bylines(h, rows.stream().map(ArticleListItem::id).toList());
        return rows.stream().map(r -> new ArticleListItem(r.id(), r.title(), r.status(), bylines.getOrDefault(r.id(), List.of()),
                r.publishedOn(), r.updatedAt(), r.scheduledAt(), r.editionStartsOn(), r.ready())).toList();
    }

    /** How many pieces in review are marked ready (of one writer's, or of all). */
    int countReady(Long ownUserId, Long ownAuthorId) {
        return db.read(h -> {
            var query = h.createQuery("SELECT COUNT(*) FROM articles a WHERE a.kind = 'article' AND a.status = 'submitted'"
                    + " AND a.ready_at IS NOT NULL" + (ownUserId == null ? "" : OWN));
            if (ownUserId != null) {
                query.bind("own", ownUserId).bind("ownAuthor", ownAuthorId == null ? -1L : ownAuthorId);
            }
            return query.mapTo(Integer.class).one();
        });
    }

    Map<ArticleStatus, Integer> countsByStatus(Long ownUserId, Long ownAuthorId) {
        Map<ArticleStatus, Integer> counts = new java.util.EnumMap<>(ArticleStatus.class);
        db.read(h -> {
            var query = h.createQuery("SELECT a.status, COUNT(*) AS n FROM articles a WHERE a.kind = 'article'"
                    + (ownUserId == null ? "" : OWN) + " GROUP BY a.status");
            if (ownUserId != null) {
                query.bind("own", ownUserId).bind("ownAuthor", ownAuthorId == null ? -1L : ownAuthorId);
            }
            return query.map((rs, ctx) -> Map.entry(ArticleStatus.fromCode(rs.getString("status")), rs.getInt("n"))).list();
        }).forEach(e -> counts.put(e.getKey(), e.getValue()));
        return counts;
    }
}
