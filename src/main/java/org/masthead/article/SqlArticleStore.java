package org.masthead.article;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.StatementContext;
import org.masthead.author.Byline;
import org.masthead.common.PageRequest;
import org.masthead.platform.Database;
import org.masthead.platform.Rows;

final class SqlArticleStore implements ArticleStore {
    private static final String SUMMARY_COLUMNS =
            "a.id, a.slug, a.title, a.title_html, a.dek, a.published_on, a.edition_id, a.body_format";

    private final Database db;
    private final SqlArticleLists lists;
    private final Clock clock;

    SqlArticleStore(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
        this.lists = new SqlArticleLists(db);
    }

    @Override
    public long insert(String slug, ArticleDraft draft, Long createdBy, ArticleKind kind) {
        return db.write(h -> {
            long id = h.createQuery("""
                INSERT INTO articles (slug, title, dek, body_format, body_source, body_html, lead_image_id, status,
                                      created_by, kind, created_at, updated_at)
                VALUES (:slug, :title, :dek, :format, :source, :html, :image, 'draft', :createdBy, :kind, :now, :now)
                RETURNING id""")
                .bind("createdBy", createdBy).bind("kind", kind.code())
                .bind("slug", slug).bind("title", draft.title()).bind("dek", draft.dek())
                .bind("format", draft.body().format().code()).bind("source", draft.body().source())
                .bind("html", draft.body().html()).bind("image", draft.leadImageId()).bind("now", clock.instant())
                .mapTo(Long.class).one();
            Footprints.created(db, id);
            return id;
        });
    }

    @Override
    public boolean updateContent(long id, String slug, ArticleDraft draft, int expectedVersion) {
        return db.write(h -> {
            Footprints.touching(db, h, id);
            return h.createUpdate("""
                UPDATE articles SET slug = :slug, title = :title, dek = :dek, body_format = :format,
                       title_html = CASE WHEN title = :title THEN title_html END,
                       body_source = :source, body_html = :html, lead_image_id = :image, updated_at = :now,
                       version = version + 1
                WHERE id = :id AND version = :expected""")
                .bind("slug", slug).bind("title", draft.title()).bind("dek", draft.dek())
                .bind("format", draft.body().format().code()).bind("source", draft.body().source())
                .bind("html", draft.body().html()).bind("image", draft.leadImageId()).bind("now", clock.instant())
                .bind("id", id).bind("expected", expectedVersion).execute() == 1;
        });
    }

    @Override
    public void setStatus(long id, ArticleStatus status, Instant scheduledAt) {
        db.write(h -> {
            Footprints.touching(db, h, id);
            return h.createUpdate("""
                UPDATE articles SET status = :status, scheduled_at = :at, ready_at = NULL, ready_by = NULL, updated_at = :now
                WHERE id = :id""")
                .bind("status", status.code()).bindByType("at", scheduledAt, Instant.class).bind("now", clock.instant())
                .bind("id", id).execute();
        });
    }

    @Override
    public void setReady(long id, ReadyMark mark) {
        db.write(h -> {
            Footprints.touching(db, h, id);
            return h.createUpdate("UPDATE articles SET ready_at = :at, ready_by = :by, updated_at = :now WHERE id = :id")
                    .bindByType("at", mark == null ? null : mark.at(), Instant.class).bind("by", mark == null ? null : mark.by())
                    .bind("now", clock.instant()).bind("id", id).execute();
        });
    }

    @Override
    public void setFeatured(long id, boolean featured) {
        db.write(h -> {
            Footprints.touching(db, h, id);
            return h.createUpdate("UPDATE articles SET featured = :featured, updated_at = :now WHERE id = :id")
                .bind("featured", featured).bind("now", clock.instant()).bind("id", id).execute();
        });
    }

    @Override
    public void setSeo(long id, Seo seo) {
        db.write(h -> {
            Footprints.touching(db, h, id);
            return h.createUpdate("""
                UPDATE articles SET meta_title = :title, meta_description = :description, canonical_url = :canonical,
                       og_title = :ogTitle, og_description = :ogDescription, x_title = :xTitle,
                       x_description = :xDescription, updated_at = :now
                WHERE id = :id""")
                .bind("title", seo.title()).bind("description", seo.description()).bind("canonical", seo.canonicalUrl())
                .bind("ogTitle", seo.social().ogTitle()).bind("ogDescription", seo.social().ogDescription())
                .bind("xTitle", seo.social().xTitle()).bind("xDescription", seo.social().xDescription())
                .bind("now", clock.instant()).bind("id", id).execute();
        });
    }

    @Override
    public void setTitleMarkup(long id, String titleHtml) {
        db.write(h -> {
            Footprints.touching(db, h, id);
            return h.createUpdate("UPDATE articles SET title_html = :html, updated_at = :now WHERE id = :id")
                .bind("html", titleHtml).bind("now", clock.instant()).bind("id", id).execute();
        });
    }

    @Override
    public void setCreatedAt(long id, Instant createdAt) {
        db.write(h -> {
            Footprints.touching(db, h, id);
            return h.createUpdate("UPDATE articles SET created_at = :created WHERE id = :id")
                .bind("created", createdAt).bind("id", id).execute();
        });
    }

    @Override
    public void setAuthors(long id, List<Long> authorIds) {
        replaceLinks(id, "article_authors", "author_id", authorIds);
    }

    @Override
    public void setTopics(long id, List<Long> topicIds) {
        replaceLinks(id, "article_topics", "topic_id", topicIds);
    }

    private void replaceLinks(long id, String table, String column, List<Long> ids) {
        db.write(h -> {
            Footprints.touching(db, h, id);
            h.createUpdate("DELETE FROM " + table + " WHERE article_id = :id").bind("id", id).execute();
            var batch = h.prepareBatch("INSERT INTO " + table + " (article_id, " + column + ", position) VALUES (:id, :other, :position)");
            for (int i = 0; i < ids.size(); i++) {
                batch.bind("id", id).bind("other", ids.get(i)).bind("position", i).add();
            }
            return ids.isEmpty() ? null : batch.execute();
        });
    }

    @Override
    public void setPublication(long id, ArticleStatus status, Instant publishedAt, LocalDate publishedOn,
            Long editionId, Integer lineupPosition) {
        db.write(h -> {
            Footprints.touching(db, h, id);
            return h.createUpdate("""
                UPDATE articles SET status = :status, published_at = :at, published_on = :on,
                       edition_id = :edition, lineup_position = :position, scheduled_at = NULL, ready_at = NULL, ready_by = NULL,
                       updated_at = :now
                WHERE id = :id""")
                .bind("status", status.code()).bindByType("at", publishedAt, Instant.class)
                .bindByType("on", publishedOn, LocalDate.class).bind("edition", editionId)
                .bind("position", lineupPosition).bind("now", clock.instant()).bind("id", id).execute();
        });
    }

    @Override
    public Optional<Article> find(long id) {
        return findWhere("id = :key", id);
    }

    @Override
    public Optional<Article> findBySlug(String slug) {
        return findWhere("slug = :key", slug);
    }

    private Optional<Article> findWhere(String condition, Object key) {
        return db.read(h -> h.createQuery("SELECT * FROM articles WHERE " + condition).bind("key", key)
                .map((rs, ctx) -> new Article(rs.getLong("id"), rs.getString("slug"), rs.getString("title"),
                        rs.getString("title_html"), rs.getString("dek"),
                        new Body(BodyFormat.fromCode(rs.getString("body_format")), rs.getString("body_source"),
                                rs.getString("body_html")),
                        Rows.longOrNull(rs, "lead_image_id"), ArticleStatus.fromCode(rs.getString("status")),
                        column(rs, "published_at", Instant.class, ctx), column(rs, "published_on", LocalDate.class, ctx),
                        Rows.longOrNull(rs, "edition_id"), Rows.intOrNull(rs, "lineup_position"),
                        List.of(), rs.getInt("version"), Rows.longOrNull(rs, "created_by"),
                        column(rs, "scheduled_at", Instant.class, ctx), ArticleKind.fromCode(rs.getString("kind")),
                        column(rs, "updated_at", Instant.class, ctx), rs.getBoolean("featured"),
                        seo(rs), readyMark(rs, ctx)))
                .findOne()
                .map(article -> withBylines(h, article)));
    }

    /** An article's search-engine and sharing texts, from a row that has every column of articles. */
    private static Seo seo(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new Seo(rs.getString("meta_title"), rs.getString("meta_description"), rs.getString("canonical_url"),
                new Seo.Social(rs.getString("og_title"), rs.getString("og_description"), rs.getString("x_title"),
                        rs.getString("x_description")));
    }

    private static ReadyMark readyMark(java.sql.ResultSet rs, StatementContext ctx) throws java.sql.SQLException {
        Instant at = column(rs, "ready_at", Instant.class, ctx);
        return at == null ? null : new ReadyMark(at, rs.getString("ready_by"));
    }

    private static Article withBylines(Handle h, Article a) {
        List<Byline> authors = ArticleLinks.bylines(h, List.of(a.id())).getOrDefault(a.id(), List.of());
        return new Article(a.id(), a.slug(), a.title(), a.titleMarkup(), a.dek(), a.body(), a.leadImageId(), a.status(),
                a.publishedAt(), a.publishedOn(), a.editionId(), a.lineupPosition(), authors, a.version(),
                a.createdBy(), a.scheduledAt(), a.kind(), a.updatedAt(), a.featured(), a.seo(), a.ready());
    }

    @Override
    public boolean slugTaken(String slug, long exceptId) {
        return db.read(h -> h.createQuery("SELECT COUNT(*) FROM articles WHERE slug = :slug AND id <> :id")
                .bind("slug", slug).bind("id", exceptId).mapTo(Integer.class).one() > 0);
    }

    @Override
    public int nextLineupPosition(long editionId) {
        return db.read(h -> h.createQuery("SELECT COALESCE(MAX(lineup_position), 0) + 1 FROM articles WHERE edition_id = :e")
                .bind("e", editionId).mapTo(Integer.class).one());
    }

    @Override
    public List<Long> idsInEdition(long editionId) {
        return db.read(h -> h.createQuery("""
                SELECT id FROM articles WHERE edition_id = :e
                ORDER BY COALESCE(lineup_position, 2147483647), published_at, id""")
                .bind("e", editionId).mapTo(Long.class).list());
    }

    @Override
    public void setLineupPosition(long id, int position) {
        db.write(h -> {
            Footprints.touching(db, h, id);
            return h.createUpdate("UPDATE articles SET lineup_position = :position WHERE id = :id")
                .bind("position", position).bind("id", id).execute();
        });
    }

    @Override
    public List<ArticleSummary> publishedInEditions(List<Long> editionIds, LocalDate from, LocalDate to) {
        if (editionIds.isEmpty()) {
            return List.of();
        }
        return db.read(h -> {
            var query = h.createQuery("SELECT " + SUMMARY_COLUMNS + " FROM articles a "
                    + "WHERE a.status = 'published' AND a.edition_id IN (<editions>)"
                    + (from != null ? " AND a.published_on >= :from" : "")
                    + (to != null ? " AND a.published_on <= :to" : "")
                    // NULLs sort first in SQLite and last in PostgreSQL; unplaced articles go last in both.
                    + " ORDER BY a.edition_id, COALESCE(a.lineup_position, 2147483647), a.published_at, a.id")
                    .bindList("editions", editionIds);
            if (from != null) {
                query.bind("from", from);
            }
            if (to != null) {
                query.bind("to", to);
            }
            return summaries(h, query.map((rs, ctx) -> summaryRow(rs, ctx)).list());
        });
    }

    @Override
    public List<ArticleSummary> publishedByAuthor(long authorId, PageRequest page) {
        return db.read(h -> summaries(h, h.createQuery("SELECT " + SUMMARY_COLUMNS + """
                 FROM articles a JOIN article_authors aa ON aa.article_id = a.id
                WHERE aa.author_id = :author AND a.status = 'published' AND a.kind = 'article'
                ORDER BY a.published_at DESC, a.id DESC LIMIT :limit OFFSET :offset""")
                .bind("author", authorId).bind("limit", page.limitWithLookahead()).bind("offset", page.offset())
                .map((rs, ctx) -> summaryRow(rs, ctx)).list()));
    }

    @Override
    public List<ArticleSummary> publishedFeatured(int limit) {
        return db.read(h -> summaries(h, h.createQuery("SELECT " + SUMMARY_COLUMNS + """
                 FROM articles a
                WHERE a.featured = :yes AND a.status = 'published' AND a.kind = 'article'
                ORDER BY a.published_at DESC, a.id DESC LIMIT :limit""")
                .bind("yes", true).bind("limit", limit)
                .map((rs, ctx) -> summaryRow(rs, ctx)).list()));
    }

    @Override
    public Optional<Long> newestPublishedWithPicture() {
        return db.read(h -> h.createQuery("""
                SELECT a.id FROM articles a JOIN images i ON i.id = a.lead_image_id
                WHERE a.status = 'published' AND a.kind = 'article' AND (i.file_name IS NOT NULL OR i.source_url IS NOT NULL)
                ORDER BY a.published_at DESC, a.id DESC LIMIT 1""").mapTo(Long.class).findOne());
    }

    @Override
    public List<ArticleSummary> publishedByTopic(long topicId, PageRequest page) {
        return db.read(h -> summaries(h, h.createQuery("SELECT " + SUMMARY_COLUMNS + """
                 FROM articles a JOIN article_topics at ON at.article_id = a.id
                WHERE at.topic_id = :topic AND a.status = 'published' AND a.kind = 'article'
                ORDER BY a.published_at DESC, a.id DESC LIMIT :limit OFFSET :offset""")
                .bind("topic", topicId).bind("limit", page.limitWithLookahead()).bind("offset", page.offset())
                .map((rs, ctx) -> summaryRow(rs, ctx)).list()));
    }

    // A writer's own: what they created, or what carries their byline.
    @Override
    public List<ArticleListItem> list(ArticleFilter filter, Long ownUserId, Long ownAuthorId, ListPage.Cursor after, int limit) {
        return lists.list(filter, ownUserId, ownAuthorId, after, limit);
    }

    @Override
    public void setPlacement(long id, Long editionId, Integer position) {
        db.write(h -> {
            Footprints.touching(db, h, id);
            return h.createUpdate("UPDATE articles SET edition_id = :edition, lineup_position = :position, updated_at = :now WHERE id = :id")
                .bind("edition", editionId).bind("position", position).bind("now", clock.instant()).bind("id", id).execute();
        });
    }

    @Override
    public List<ArticleListItem> inEdition(long editionId) {
        return lists.inEdition(editionId);
    }

    @Override
    public List<ArticleListItem> unplaced(String matching, int limit) {
        return lists.unplaced(matching, limit);
    }

    @Override
    public List<Long> dueBy(Instant now) {
        // Articles of an edition scheduled as a whole go out with their edition, in one transaction.
        return db.read(h -> h.createQuery("""
                SELECT a.id FROM articles a LEFT JOIN editions e ON e.id = a.edition_id
                WHERE a.status = 'scheduled' AND a.scheduled_at <= :now AND (e.id IS NULL OR e.status <> 'scheduled')
                ORDER BY a.scheduled_at, a.id""")
                .bind("now", now).mapTo(Long.class).list());
    }

    @Override
    public Optional<Instant> nextScheduled() {
        return db.read(h -> h.createQuery("SELECT MIN(scheduled_at) AS next FROM articles WHERE status = 'scheduled'")
                .map((rs, ctx) -> column(rs, "next", Instant.class, ctx)).findOne().map(java.util.Optional::ofNullable)
                .flatMap(o -> o));
    }

    @Override
    public Map<ArticleStatus, Integer> countsByStatus(Long ownUserId, Long ownAuthorId) {
        return lists.countsByStatus(ownUserId, ownAuthorId);
    }

    @Override
    public int countPublished() {
        return db.read(h -> h.createQuery("SELECT COUNT(*) FROM articles WHERE status = 'published'")
                .mapTo(Integer.class).one());
    }

    @Override
    public Optional<Instant> lastPublicChange() {
        // Unpublishing keeps published_at: a withdrawn article's change counts too.
        return db.read(h -> h.createQuery("""
                SELECT MAX(t) AS t FROM (SELECT MAX(updated_at) AS t FROM articles WHERE published_at IS NOT NULL
                UNION ALL SELECT MAX(updated_at) AS t FROM authors) changes""")
                .map((rs, ctx) -> column(rs, "t", Instant.class, ctx)).findOne().flatMap(Optional::ofNullable));
    }

    private static ArticleSummary summaryRow(java.sql.ResultSet rs, StatementContext ctx) throws java.sql.SQLException {
        return new ArticleSummary(rs.getLong("id"), rs.getString("slug"), rs.getString("title"), rs.getString("title_html"),
                rs.getString("dek"),
                column(rs, "published_on", LocalDate.class, ctx), Rows.longOrNull(rs, "edition_id"),
                !"none".equals(rs.getString("body_format")), List.of());
    }

    /** Attaches bylines to summaries with one query for all of them. */
    private static List<ArticleSummary> summaries(Handle h, List<ArticleSummary> rows) {
        if (rows.isEmpty()) {
            return rows;
        }
        Map<Long, List<Byline>> bylines = ArticleLinks.bylines(h, rows.stream().map(ArticleSummary::id).toList());
        List<ArticleSummary> result = new ArrayList<>(rows.size());
        for (ArticleSummary s : rows) {
            result.add(new ArticleSummary(s.id(), s.slug(), s.title(), s.titleMarkup(), s.dek(), s.publishedOn(), s.editionId(),
                    s.hasBody(), bylines.getOrDefault(s.id(), List.of())));
        }
        return result;
    }

    static <T> T column(java.sql.ResultSet rs, String name, Class<T> type, StatementContext ctx)
            throws java.sql.SQLException {
        return ctx.findColumnMapperFor(type).orElseThrow().map(rs, name, ctx);
    }
}
