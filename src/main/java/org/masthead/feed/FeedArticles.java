package org.masthead.feed;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.statement.StatementContext;
import org.masthead.article.ArticleLinks;
import org.masthead.author.Byline;
import org.masthead.platform.Database;
import org.masthead.platform.Rows;
import org.masthead.topic.Topic;

/**
 * Reads published articles as feeds want them: text, bylines and topics, and when each was created and last
 * changed. Plain SQL, read only. Each list first picks the ids (through an index, without touching the text),
 * then reads those few rows whole.
 */
final class FeedArticles {
    /**
     * Published articles with a text. One known only from a lineup (its title and writers, no text) has a page
     * and a place in its edition and its author's archive, but an entry without content is nothing to subscribe to.
     */
    private static final String ANY_PUBLISHED = "a.status = 'published' AND a.kind = 'article'";
    private static final String PUBLISHED = ANY_PUBLISHED + " AND a.body_format <> 'none'";
    /** Past this many articles, an author's or topic's latest are found by walking the archive newest first. */
    private static final int MANY_LINKS = 1_000;
    private static final String NEWEST_FIRST = " ORDER BY a.published_at DESC, a.id DESC LIMIT :limit";

    /** A published article with what its feed entry needs; {@code bodyHtml} is null when the text is not known. */
    record Row(long id, String slug, String title, String dek, String bodyHtml, Long leadImageId, Instant publishedAt,
            LocalDate publishedOn, Instant createdAt, Instant updatedAt, List<Byline> authors, List<Topic> topics) {}

    private final Database db;
    private final int manyLinks;

    FeedArticles(Database db) {
        this(db, MANY_LINKS);
    }

    /** With another threshold, so that tests reach both ways of finding an author's or topic's latest. */
    FeedArticles(Database db, int manyLinks) {
        this.db = db;
        this.manyLinks = manyLinks;
    }

    List<Row> latest(int limit) {
        return rows("SELECT a.id FROM articles a" + using("articles_by_publication") + " WHERE " + PUBLISHED + NEWEST_FIRST,
                Map.of("limit", limit));
    }

    List<Row> latestByAuthor(long authorId, int limit) {
        return latestLinked("article_authors", "author_id", authorId, limit);
    }

    List<Row> latestByTopic(long topicId, int limit) {
        return latestLinked("article_topics", "topic_id", topicId, limit);
    }

    /**
     * The latest articles linked to an author or a topic. Few links: read those articles and keep the newest.
     * Many (a topic filed under a fifth of the archive): walk the archive newest first until enough are found,
     * rather than read thousands of rows to keep twenty.
     */
    private List<Row> latestLinked(String links, String column, long id, int limit) {
        int count = db.read(h -> h.createQuery("SELECT COUNT(*) FROM " + links + " WHERE " + column + " = :id")
                .bind("id", id).mapTo(Integer.class).one());
        if (count <= manyLinks) {
            return rows("SELECT a.id FROM articles a JOIN " + links + " l ON l.article_id = a.id WHERE l." + column + " = :id AND "
                    + PUBLISHED + NEWEST_FIRST, Map.of("id", id, "limit", limit));
        }
        return rows("SELECT a.id FROM articles a" + using("articles_by_publication") + " WHERE " + PUBLISHED
                + " AND EXISTS (SELECT 1 FROM " + links + " l WHERE l.article_id = a.id AND l." + column + " = :id)"
                + NEWEST_FIRST, Map.of("id", id, "limit", limit));
    }

    /** The published articles of an edition in lineup order (unplaced ones last, as on its page). */
    List<Row> lineup(long editionId) {
        return rows("SELECT a.id FROM articles a" + using("articles_by_edition") + " WHERE a.edition_id = :edition AND " + PUBLISHED
                + " ORDER BY COALESCE(a.lineup_position, 2147483647), a.published_at, a.id", Map.of("edition", editionId));
    }

    /** Whether an edition has a published article, with a text or without: then readers have its page. */
    boolean anyPublishedIn(long editionId) {
        return db.read(h -> h.createQuery("SELECT EXISTS (SELECT 1 FROM articles a WHERE a.edition_id = :edition AND "
                + ANY_PUBLISHED + ")").bind("edition", editionId).mapTo(Boolean.class).one());
    }

    /** Whether a published article, with a text or without, is linked to the author or topic: then readers have its page. */
    boolean anyPublished(String links, String column, long id) {
        return db.read(h -> h.createQuery("SELECT EXISTS (SELECT 1 FROM articles a JOIN " + links + " l ON l.article_id = a.id WHERE l."
                + column + " = :id AND " + ANY_PUBLISHED + ")").bind("id", id).mapTo(Boolean.class).one());
    }

    /**
     * Names the index for SQLite, whose planner, before a database's first analysis (see Database), takes
     * "status = 'published'" for a rare condition and would read every published row. These lists must walk
     * the index in the order they return whatever the statistics say. PostgreSQL's planner knows better.
     */
    private String using(String index) {
        return db.dialect().indexedBy(index);
    }

    private List<Row> rows(String idQuery, Map<String, Object> args) {
        return db.read(h -> {
            var query = h.createQuery(idQuery);
            args.forEach(query::bind);
            List<Long> ids = query.mapTo(Long.class).list();
            if (ids.isEmpty()) {
                return List.of();
            }
            Map<Long, List<Byline>> bylines = ArticleLinks.bylines(h, ids);
            Map<Long, List<Topic>> topics = ArticleLinks.topics(h, ids, "t.id, t.slug, t.name",
                    (rs, ctx) -> new Topic(rs.getLong("id"), rs.getString("slug"), rs.getString("name")));
            Map<Long, Row> byId = new LinkedHashMap<>();
            h.createQuery("""
                    SELECT id, slug, title, dek, body_format, body_html, lead_image_id, published_at, published_on, created_at,
                           updated_at FROM articles WHERE id IN (<ids>)""").bindList("ids", ids)
                    .map((rs, ctx) -> row(rs, ctx, bylines, topics))
                    .forEach(row -> byId.put(row.id(), row));
            return ids.stream().map(byId::get).toList();
        });
    }

    private static Row row(java.sql.ResultSet rs, StatementContext ctx, Map<Long, List<Byline>> bylines,
            Map<Long, List<Topic>> topics) throws java.sql.SQLException {
        long id = rs.getLong("id");
        boolean hasBody = !"none".equals(rs.getString("body_format"));
        return new Row(id, rs.getString("slug"), rs.getString("title"), rs.getString("dek"),
                hasBody ? rs.getString("body_html") : null, Rows.longOrNull(rs, "lead_image_id"),
                instant(rs, "published_at", ctx), ctx.findColumnMapperFor(LocalDate.class).orElseThrow().map(rs, "published_on", ctx),
                instant(rs, "created_at", ctx), instant(rs, "updated_at", ctx),
                bylines.getOrDefault(id, List.of()), topics.getOrDefault(id, List.of()));
    }

    private static Instant instant(java.sql.ResultSet rs, String column, StatementContext ctx) throws java.sql.SQLException {
        return ctx.findColumnMapperFor(Instant.class).orElseThrow().map(rs, column, ctx);
    }
}
