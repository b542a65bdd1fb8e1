package org.masthead.article;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.masthead.platform.Database;
import org.masthead.platform.Rows;

/**
 * Reads an article's {@link ArticleFootprint}, and tells the database, before a store changes an article, which
 * article it is and how it stood: after the commit, the readers' page cache forgets exactly what the change reached.
 */
public final class Footprints {
    private final Database db;

    public Footprints(Database db) {
        this.db = db;
    }

    /** Article {@code id}'s footprint as committed; empty when there is no such article. */
    public Optional<ArticleFootprint> of(long id) {
        return db.read(h -> read(h, id));
    }

    /** The articles author {@code id} is on the byline of, out or not, as committed. */
    public List<Long> articlesBy(long authorId) {
        return db.read(h -> h.createQuery("SELECT article_id FROM article_authors WHERE author_id = :id")
                .bind("id", authorId).mapTo(Long.class).list());
    }

    /** Before changing article {@code id} in the current write: names it, with its footprint as it stands. */
    static void touching(Database db, Handle h, long id) {
        db.touch(key(id), () -> read(h, id).orElse(null));
    }

    /** After creating article {@code id} in the current write: it had no footprint before. */
    static void created(Database db, long id) {
        db.touch(key(id), () -> null);
    }

    static String key(long id) {
        return "article:" + id;
    }

    static Optional<ArticleFootprint> read(Handle h, long id) {
        return h.createQuery("""
                SELECT status, kind, slug, published_at, published_on, edition_id, lineup_position, featured
                FROM articles WHERE id = :id""").bind("id", id)
                .map((rs, ctx) -> new ArticleFootprint(ArticleStatus.fromCode(rs.getString("status")) == ArticleStatus.PUBLISHED,
                        ArticleKind.fromCode(rs.getString("kind")), rs.getString("slug"),
                        ctx.findColumnMapperFor(Instant.class).orElseThrow().map(rs, "published_at", ctx),
                        ctx.findColumnMapperFor(LocalDate.class).orElseThrow().map(rs, "published_on", ctx),
                        Rows.longOrNull(rs, "edition_id"), Rows.intOrNull(rs, "lineup_position"), rs.getBoolean("featured"),
                        List.of(), List.of()))
                .findOne()
                .map(row -> new ArticleFootprint(row.shown(), row.kind(), row.slug(), row.publishedAt(), row.publishedOn(),
                        row.editionId(), row.lineupPosition(), row.featured(), links(h, "author_id", "article_authors", id),
                        links(h, "topic_id", "article_topics", id)));
    }

    private static List<Long> links(Handle h, String column, String table, long id) {
        return h.createQuery("SELECT " + column + " FROM " + table + " WHERE article_id = :id ORDER BY position")
                .bind("id", id).mapTo(Long.class).list();
    }
}
