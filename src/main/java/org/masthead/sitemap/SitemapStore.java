package org.masthead.sitemap;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.jdbi.v3.core.statement.StatementContext;
import org.masthead.platform.Database;

/**
 * Reads what sitemaps list: plain SQL, read only. The month, edition and page queries read the index by
 * month alone (V7); the author and topic ones go from that index to the links, never through the articles'
 * rows, which in SQLite hold the whole text before the columns wanted here.
 */
final class SitemapStore {
    private static final String PUBLISHED = "a.status = 'published' AND a.kind = 'article'";
    /**
     * The article pages worth a crawler's visit: published, with a text. One known only from a lineup (a title and
     * writers) stays out; its edition's, author's and topics' pages, which list it, stay in.
     */
    private static final String WITH_TEXT = PUBLISHED + " AND a.body_format <> 'none'";

    /** A month of the archive: how many articles it has and when the last of them changed. */
    record Month(YearMonth month, int count, Instant lastModified) {}

    /** A dated article's slug, or a page's, with its last change. */
    record Dated(LocalDate publishedOn, String slug, Instant lastModified) {}

    private final Database db;

    SitemapStore(Database db) {
        this.db = db;
    }

    /** The months' counts, read from the {@code articles_by_month} index alone (a test asks SQLite's planner). */
    String monthsQuery() {
        String month = db.dialect().yearMonth("a.published_on");
        return "SELECT " + month + " AS month, COUNT(*) AS n, MAX(a.updated_at) AS modified, MAX(a.published_at) AS published FROM "
                + articles("articles_by_month") + " WHERE " + WITH_TEXT + " GROUP BY " + month + " ORDER BY 1";
    }

    /** Articles read through an index named for SQLite, whose planner has no statistics and would pick another. */
    private String articles(String index) {
        return "articles a" + db.dialect().indexedBy(index);
    }

    List<Month> months() {
        return db.read(h -> h.createQuery(monthsQuery())
                .map((rs, ctx) -> new Month(YearMonth.parse(rs.getString("month")), rs.getInt("n"), latest(rs, ctx)))
                .list());
    }

    /** The articles published within the days, oldest first. */
    List<Dated> articles(LocalDate from, LocalDate to, int offset, int limit) {
        return db.read(h -> h.createQuery("SELECT a.published_on, a.slug, a.updated_at AS modified, a.published_at AS published "
                + "FROM " + articles("articles_by_month") + " WHERE " + WITH_TEXT + " AND a.published_on >= :from AND a.published_on <= :to "
                + "ORDER BY a.published_on, a.id LIMIT :limit OFFSET :offset")
                .bindByType("from", from, LocalDate.class).bindByType("to", to, LocalDate.class)
                .bind("limit", limit).bind("offset", offset)
                .map((rs, ctx) -> new Dated(date(rs, ctx), rs.getString("slug"), latest(rs, ctx))).list());
    }

    /** The magazine's published pages (About, Donate), by slug. */
    List<Dated> pages() {
        return db.read(h -> h.createQuery("SELECT a.published_on, a.slug, a.updated_at AS modified, a.published_at AS published "
                + "FROM " + articles("articles_by_month") + " WHERE a.status = 'published' AND a.kind = 'page' ORDER BY a.slug")
                .map((rs, ctx) -> new Dated(date(rs, ctx), rs.getString("slug"), latest(rs, ctx))).list());
    }

    /** Slugs of authors with published articles, each with the last change to them or to their articles. */
    List<Dated> authors(int offset, int limit) {
        return db.read(h -> h.createQuery("SELECT au.slug, au.updated_at AS own, x.modified, x.published FROM "
                + "(SELECT aa.author_id, MAX(a.updated_at) AS modified, MAX(a.published_at) AS published "
                // CROSS JOIN keeps SQLite reading from the articles' index to the links, not the other way round.
                + "FROM " + articles("articles_by_month") + " CROSS JOIN article_authors aa WHERE aa.article_id = a.id AND " + PUBLISHED
                + " GROUP BY aa.author_id) x JOIN authors au ON au.id = x.author_id ORDER BY au.id LIMIT :limit OFFSET :offset")
                .bind("limit", limit).bind("offset", offset)
                .map((rs, ctx) -> {
                    Instant own = instant(rs, "own", ctx);
                    Instant articles = latest(rs, ctx);
                    return new Dated(null, rs.getString("slug"), own.isAfter(articles) ? own : articles);
                }).list());
    }

    /** Slugs of topics that published articles are filed under, each with the last change to those articles. */
    List<Dated> topics(int offset, int limit) {
        return db.read(h -> h.createQuery("SELECT t.slug, x.modified, x.published FROM "
                + "(SELECT at.topic_id, MAX(a.updated_at) AS modified, MAX(a.published_at) AS published "
                + "FROM " + articles("articles_by_month") + " CROSS JOIN article_topics at WHERE at.article_id = a.id AND " + PUBLISHED
                + " GROUP BY at.topic_id) x JOIN topics t ON t.id = x.topic_id ORDER BY t.id LIMIT :limit OFFSET :offset")
                .bind("limit", limit).bind("offset", offset)
                .map((rs, ctx) -> new Dated(null, rs.getString("slug"), latest(rs, ctx))).list());
    }

    /** The first days of editions with published articles, oldest first, each with its articles' last change. */
    List<Dated> editions(int offset, int limit) {
        return db.read(h -> h.createQuery("SELECT e.starts_on, x.modified, x.published FROM "
                + "(SELECT a.edition_id, MAX(a.updated_at) AS modified, MAX(a.published_at) AS published FROM "
                + articles("articles_by_month") + " WHERE " + PUBLISHED + " AND a.edition_id IS NOT NULL GROUP BY a.edition_id) x JOIN editions e ON e.id = x.edition_id "
                + "ORDER BY e.starts_on LIMIT :limit OFFSET :offset")
                .bind("limit", limit).bind("offset", offset)
                .map((rs, ctx) -> new Dated(ctx.findColumnMapperFor(LocalDate.class).orElseThrow().map(rs, "starts_on", ctx),
                        null, latest(rs, ctx))).list());
    }

    /** How many authors, topics and editions there are: at least as many as the sitemaps list, cheaply counted. */
    int count(String table) {
        return db.read(h -> h.createQuery("SELECT COUNT(*) FROM " + switch (table) {
            case "authors", "topics", "editions" -> table;
            default -> throw new IllegalArgumentException(table);
        }).mapTo(Integer.class).one());
    }

    /** Articles published at or after a moment, newest first. */
    List<NewsRow> since(Instant since, int limit) {
        return db.read(h -> h.createQuery("SELECT a.published_on, a.slug, a.title, a.published_at FROM " + articles("articles_by_publication") + " WHERE "
                + WITH_TEXT + " AND a.published_at >= :since ORDER BY a.published_at DESC, a.id DESC LIMIT :limit")
                .bindByType("since", since, Instant.class).bind("limit", limit)
                .map((rs, ctx) -> new NewsRow(date(rs, ctx), rs.getString("slug"), rs.getString("title"),
                        instant(rs, "published_at", ctx))).list());
    }

    record NewsRow(LocalDate publishedOn, String slug, String title, Instant publishedAt) {}

    /** The later of a row's "modified" and "published": an article can be dated after it was last saved. */
    private static Instant latest(java.sql.ResultSet rs, StatementContext ctx) throws java.sql.SQLException {
        Instant modified = instant(rs, "modified", ctx);
        Instant published = instant(rs, "published", ctx);
        return published != null && published.isAfter(modified) ? published : modified;
    }

    private static LocalDate date(java.sql.ResultSet rs, StatementContext ctx) throws java.sql.SQLException {
        return ctx.findColumnMapperFor(LocalDate.class).orElseThrow().map(rs, "published_on", ctx);
    }

    private static Instant instant(java.sql.ResultSet rs, String column, StatementContext ctx) throws java.sql.SQLException {
        return ctx.findColumnMapperFor(Instant.class).orElseThrow().map(rs, column, ctx);
    }
}
