package org.masthead.search;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.statement.StatementContext;
import org.masthead.article.ArticleLinks;
import org.masthead.article.Permalink;
import org.masthead.platform.Database;

/**
 * Reads published articles from the database as the index wants them. Plain SQL, read only. Only articles with a
 * text are searchable: one known only from a lineup (a title and writers) would be a result with nothing to read.
 */
final class SearchDocuments {
    private static final String SEARCHABLE = "status = 'published' AND kind = 'article' AND body_format <> 'none'";

    private final Database db;

    SearchDocuments(Database db) {
        this.db = db;
    }

    /**
     * The ids of all published articles (not pages), in id order, for a rebuild. Read in one query: a page of
     * them at a time (id > last, LIMIT n) made SQLite walk every published row through its status index and
     * sort them again for each page, half a second a page at 100,000 articles.
     */
    List<Long> publishedIds() {
        return db.read(h -> h.createQuery("SELECT id FROM articles WHERE " + SEARCHABLE + " ORDER BY id")
                .mapTo(Long.class).list());
    }

    long countPublished() {
        return db.read(h -> h.createQuery("SELECT COUNT(*) FROM articles WHERE " + SEARCHABLE)
                .mapTo(Long.class).one());
    }

    /** Articles changed since a moment, and those whose authors were. */
    List<Long> changedSince(Instant since) {
        return db.read(h -> h.createQuery("""
                SELECT id FROM articles WHERE updated_at >= :since
                UNION SELECT aa.article_id FROM article_authors aa JOIN authors au ON au.id = aa.author_id
                WHERE au.updated_at >= :since""").bindByType("since", since, Instant.class).mapTo(Long.class).list());
    }

    List<Long> ofAuthor(long authorId) {
        return db.read(h -> h.createQuery("SELECT article_id FROM article_authors WHERE author_id = :author")
                .bind("author", authorId).mapTo(Long.class).list());
    }

    /** The documents of those of these articles that readers can search; the others are missing from the map. */
    Map<Long, SearchDocument> load(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return db.read(h -> {
            Map<Long, List<SearchDocument.Label>> authors = ArticleLinks.authors(h, ids, "w.slug, w.name", "", SearchDocuments::label);
            Map<Long, List<SearchDocument.Label>> topics = ArticleLinks.topics(h, ids, "t.slug, t.name", SearchDocuments::label);
            Map<Long, SearchDocument> documents = new LinkedHashMap<>();
            h.createQuery("""
                    SELECT id, slug, title, dek, body_html, published_at, published_on FROM articles
                    WHERE id IN (<ids>)""" + " AND " + SEARCHABLE).bindList("ids", List.copyOf(ids))
                    .map((rs, ctx) -> {
                        long id = rs.getLong("id");
                        LocalDate on = ctx.findColumnMapperFor(LocalDate.class).orElseThrow().map(rs, "published_on", ctx);
                        Instant at = ctx.findColumnMapperFor(Instant.class).orElseThrow().map(rs, "published_at", ctx);
                        return new SearchDocument(id, Permalink.of(on, rs.getString("slug")), rs.getString("title"),
                                rs.getString("dek"), org.masthead.markup.Markup.plainText(rs.getString("body_html")),
                                authors.getOrDefault(id, List.of()), topics.getOrDefault(id, List.of()), on, at);
                    }).forEach(doc -> documents.put(doc.id(), doc));
            return documents;
        });
    }

    private static SearchDocument.Label label(java.sql.ResultSet rs, StatementContext ctx) throws java.sql.SQLException {
        return new SearchDocument.Label(rs.getString("slug"), rs.getString("name"));
    }
}
