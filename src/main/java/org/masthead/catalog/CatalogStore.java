package org.masthead.catalog;

import static org.masthead.catalog.SqlFilter.Field;
import static org.masthead.catalog.SqlFilter.Type;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.StatementContext;
import org.masthead.article.ArticleKind;
import org.masthead.article.ArticleLinks;
import org.masthead.article.Permalink;
import org.masthead.article.Seo;
import org.masthead.author.Author;
import org.masthead.author.AuthorProfile;
import org.masthead.common.Invalid;
import org.masthead.platform.Database;
import org.masthead.platform.Rows;
import org.masthead.topic.Topic;

/**
 * Plain SQL over what is published. A page of articles is found in two steps, as the feeds do: the ids
 * through the filter and the order (an index walk for the usual newest-first order, so page 1 of 100,000
 * articles reads one page of index entries), then those few rows whole, with their bylines, topics and
 * pictures in one query each.
 */
final class CatalogStore {
    static final String PUBLISHED = "a.status = 'published' AND a.kind = :kind";
    private static final String ANY_STATUS = "a.kind = :kind";
    /** The newsroom's states as a program names them: submitted and unpublished pieces are drafts to it. */
    static final String STATUS = "(CASE a.status WHEN 'published' THEN 'published' WHEN 'scheduled' THEN 'scheduled' ELSE 'draft' END)";

    private static final String TOPIC_LINKS = "SELECT l.article_id FROM article_topics l JOIN topics t ON t.id = l.topic_id WHERE %s";
    private static final String PRIMARY_TOPIC = TOPIC_LINKS.replace("WHERE", "WHERE l.position = 0 AND");
    private static final String AUTHOR_LINKS = "SELECT l.article_id FROM article_authors l JOIN authors w ON w.id = l.author_id WHERE %s";
    private static final String PRIMARY_AUTHOR = AUTHOR_LINKS.replace("WHERE", "WHERE l.position = 0 AND");

    static final Map<String, Field> POST_FIELDS = fields(
            "id", Field.of(Type.ID, "a.id"), "slug", Field.of(Type.TEXT, "a.slug"), "title", Field.of(Type.TEXT, "a.title"),
            "featured", Field.of(Type.BOOLEAN, "a.featured"), "published_at", Field.of(Type.INSTANT, "a.published_at"),
            "updated_at", Field.of(Type.INSTANT, "a.updated_at"), "created_at", Field.of(Type.INSTANT, "a.created_at"),
            "visibility", Field.of(Type.CONSTANT, "'public'"), "status", Field.of(Type.TEXT, STATUS),
            "tag", new Field(Type.LINK, TOPIC_LINKS, "t.slug"), "tags", new Field(Type.LINK, TOPIC_LINKS, "t.slug"),
            "tags.slug", new Field(Type.LINK, TOPIC_LINKS, "t.slug"), "tags.id", new Field(Type.LINK, TOPIC_LINKS, "t.id"),
            "primary_tag", new Field(Type.LINK, PRIMARY_TOPIC, "t.slug"), "primary_tag.slug", new Field(Type.LINK, PRIMARY_TOPIC, "t.slug"),
            "author", new Field(Type.LINK, AUTHOR_LINKS, "w.slug"), "authors", new Field(Type.LINK, AUTHOR_LINKS, "w.slug"),
            "authors.slug", new Field(Type.LINK, AUTHOR_LINKS, "w.slug"), "authors.id", new Field(Type.LINK, AUTHOR_LINKS, "w.id"),
            "primary_author", new Field(Type.LINK, PRIMARY_AUTHOR, "w.slug"),
            "primary_author.slug", new Field(Type.LINK, PRIMARY_AUTHOR, "w.slug"));
    static final Map<String, String> POST_ORDER = Map.of("published_at", "a.published_at", "updated_at", "a.updated_at",
            "created_at", "a.created_at", "title", "a.title", "slug", "a.slug", "featured", "a.featured", "id", "a.id");

    static final Map<String, Field> TOPIC_FIELDS = fields("id", Field.of(Type.ID, "t.id"), "slug", Field.of(Type.TEXT, "t.slug"),
            "name", Field.of(Type.TEXT, "t.name"), "visibility", Field.of(Type.CONSTANT, "'public'"));
    static final Map<String, String> TOPIC_ORDER = Map.of("name", "t.name", "slug", "t.slug", "id", "t.id",
            "count.posts", "(SELECT COUNT(*) FROM article_topics l JOIN articles a ON a.id = l.article_id"
                    + " WHERE l.topic_id = t.id AND a.status = 'published' AND a.kind = 'article')");

    static final Map<String, Field> AUTHOR_FIELDS = fields("id", Field.of(Type.ID, "w.id"), "slug", Field.of(Type.TEXT, "w.slug"),
            "name", Field.of(Type.TEXT, "w.name"), "location", Field.of(Type.TEXT, "w.location"));
    static final Map<String, String> AUTHOR_ORDER = Map.of("name", "w.name", "slug", "w.slug", "id", "w.id",
            "count.posts", "(SELECT COUNT(*) FROM article_authors l JOIN articles a ON a.id = l.article_id"
                    + " WHERE l.author_id = w.id AND a.status = 'published' AND a.kind = 'article')");

    /** Authors and topics appear once something published carries them, as Ghost's Content API shows them. */
    private static final String TOPIC_IN_USE = "EXISTS (SELECT 1 FROM article_topics l JOIN articles a ON a.id = l.article_id"
            + " WHERE l.topic_id = t.id AND a.status = 'published')";
    private static final String AUTHOR_IN_USE = "EXISTS (SELECT 1 FROM article_authors l JOIN articles a ON a.id = l.article_id"
            + " WHERE l.author_id = w.id AND a.status = 'published')";
    private static final String AUTHOR_COLUMNS = "w.id, w.slug, w.name, w.bio_source, w.bio_html, w.email, w.website, w.location,"
            + " w.twitter, w.facebook, w.profile_image_id, i.file_name, i.source_url";

    private final Database db;

    CatalogStore(Database db) {
        this.db = db;
    }

    /** The ids of one page of articles or pages (published ones only, unless {@code everything}), and their total. */
    Listing<Long> postIds(ArticleKind kind, Browse browse, boolean everything) {
        SqlFilter filter = SqlFilter.of(browse.filter(), POST_FIELDS, "a.id", this::articleIdOf);
        String where = " FROM articles a WHERE " + (everything ? ANY_STATUS : PUBLISHED) + " AND " + filter.sql();
        return db.read(h -> {
            var ids = h.createQuery("SELECT a.id" + where + orderBy(browse, POST_ORDER, "a.id") + " LIMIT :limit OFFSET :offset")
                    .bind("kind", kind.code()).bind("limit", browse.limit()).bind("offset", browse.offset());
            filter.bindTo(ids);
            var count = h.createQuery("SELECT COUNT(*)" + where).bind("kind", kind.code());
            filter.bindTo(count);
            return new Listing<>(ids.mapTo(Long.class).list(), browse.page(), browse.limit(), count.mapTo(Long.class).one());
        });
    }

    /** The articles or pages with these ids, in the order given, each with what was asked for. */
    List<Post> posts(List<Long> ids, boolean withHtml, boolean withAuthors, boolean withTopics) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return db.read(h -> {
            Map<Long, List<Writer>> writers = withAuthors ? writersOf(h, ids) : Map.of();
            Map<Long, List<Topic>> topics = withTopics ? topicsOf(h, ids) : Map.of();
            Map<Long, Post> byId = new HashMap<>();
            h.createQuery("SELECT a.id, a.api_id, a.kind, a.slug, a.title, a.dek, a.body_format, "
                    + (withHtml ? "a.body_html" : "'' AS body_html") + ", a.featured, a.meta_title, a.meta_description,"
                    + " a.canonical_url, a.og_title, a.og_description, a.x_title, a.x_description, a.published_at, a.scheduled_at, a.published_on, a.created_at, a.updated_at, " + STATUS + " AS ghost_status, "
                    + PICTURE_COLUMNS
                    + " FROM articles a LEFT JOIN images i ON i.id = a.lead_image_id"
                    + " WHERE a.id IN (<ids>)")
                    .bindList("ids", ids)
                    .map((rs, ctx) -> post(rs, ctx, writers, topics))
                    .forEach(post -> byId.put(post.id(), post));
            return ids.stream().filter(byId::containsKey).map(byId::get).toList();
        });
    }

    /**
     * The article an API id names: ours (see {@link Ids}), or one an article brought with it (a Ghost post's id,
     * kept by the import); empty when it names none.
     */
    java.util.Optional<Long> articleIdOf(String apiId) {
        java.util.Optional<Long> own = Ids.parse(apiId);
        if (own.isPresent() || apiId == null || !apiId.matches("[0-9a-fA-F]{24}")) {
            return own;
        }
        return db.read(h -> h.createQuery("SELECT id FROM articles WHERE api_id = :api")
                .bind("api", apiId.toLowerCase(java.util.Locale.ROOT)).mapTo(Long.class).findOne());
    }

    /** The id of the published article or page with this slug, if there is one. */
    java.util.Optional<Long> postIdBySlug(ArticleKind kind, String slug, boolean everything) {
        return db.read(h -> h.createQuery("SELECT a.id FROM articles a WHERE a.slug = :slug AND " + (everything ? ANY_STATUS : PUBLISHED))
                .bind("slug", slug).bind("kind", kind.code()).mapTo(Long.class).findOne());
    }

    java.util.Optional<Long> postId(ArticleKind kind, long id, boolean everything) {
        return db.read(h -> h.createQuery("SELECT a.id FROM articles a WHERE a.id = :id AND " + (everything ? ANY_STATUS : PUBLISHED))
                .bind("id", id).bind("kind", kind.code()).mapTo(Long.class).findOne());
    }

    Listing<Topic> topics(Browse browse) {
        SqlFilter filter = SqlFilter.of(browse.filter(), TOPIC_FIELDS, "t.id");
        String where = " FROM topics t WHERE " + TOPIC_IN_USE + " AND " + filter.sql();
        return db.read(h -> {
            var rows = h.createQuery("SELECT t.id, t.slug, t.name, t.description" + where + orderBy(browse, TOPIC_ORDER, "t.id")
                    + " LIMIT :limit OFFSET :offset").bind("limit", browse.limit()).bind("offset", browse.offset());
            filter.bindTo(rows);
            var count = h.createQuery("SELECT COUNT(*)" + where);
            filter.bindTo(count);
            return new Listing<>(rows.map((rs, ctx) -> topic(rs)).list(), browse.page(), browse.limit(), count.mapTo(Long.class).one());
        });
    }

    java.util.Optional<Topic> topic(String column, Object key) {
        return db.read(h -> h.createQuery("SELECT t.id, t.slug, t.name, t.description FROM topics t WHERE t." + column
                + " = :key AND " + TOPIC_IN_USE).bind("key", key).map((rs, ctx) -> topic(rs)).findOne());
    }

    Listing<Writer> writers(Browse browse) {
        SqlFilter filter = SqlFilter.of(browse.filter(), AUTHOR_FIELDS, "w.id");
        String where = " FROM authors w LEFT JOIN images i ON i.id = w.profile_image_id WHERE " + AUTHOR_IN_USE + " AND " + filter.sql();
        return db.read(h -> {
            var rows = h.createQuery("SELECT " + AUTHOR_COLUMNS + where + orderBy(browse, AUTHOR_ORDER, "w.id")
                    + " LIMIT :limit OFFSET :offset").bind("limit", browse.limit()).bind("offset", browse.offset());
            filter.bindTo(rows);
            var count = h.createQuery("SELECT COUNT(*)" + where);
            filter.bindTo(count);
            return new Listing<>(rows.map((rs, ctx) -> writer(rs)).list(), browse.page(), browse.limit(), count.mapTo(Long.class).one());
        });
    }

    java.util.Optional<Writer> writer(String column, Object key) {
        return db.read(h -> h.createQuery("SELECT " + AUTHOR_COLUMNS + " FROM authors w LEFT JOIN images i ON i.id = w.profile_image_id"
                + " WHERE w." + column + " = :key AND " + AUTHOR_IN_USE).bind("key", key).map((rs, ctx) -> writer(rs)).findOne());
    }

    java.util.Optional<Long> pictureByFile(String fileName) {
        return db.read(h -> h.createQuery("SELECT id FROM images WHERE file_name = :file").bind("file", fileName)
                .mapTo(Long.class).findFirst());
    }

    /** How many published articles each of these authors or topics carries. */
    Map<Long, Long> postCounts(String links, String column, List<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return db.read(h -> h.createQuery("SELECT l." + column + " AS owner, COUNT(*) AS n FROM " + links
                + " l JOIN articles a ON a.id = l.article_id WHERE l." + column + " IN (<ids>)"
                + " AND a.status = 'published' AND a.kind = 'article' GROUP BY l." + column)
                .bindList("ids", ids).map((rs, ctx) -> Map.entry(rs.getLong("owner"), rs.getLong("n")))
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue)));
    }

    /** The order asked for, on the fields this list sorts by, with the id last so that pages never overlap. */
    private static String orderBy(Browse browse, Map<String, String> columns, String id) {
        List<String> parts = new ArrayList<>();
        for (Browse.Sort sort : browse.order()) {
            String column = columns.get(sort.field());
            if (column == null) {
                throw new Invalid("order", "cannot order by '" + sort.field() + "'; this list orders by "
                        + String.join(", ", new java.util.TreeSet<>(columns.keySet())));
            }
            parts.add(column + (sort.descending() ? " DESC" : " ASC"));
        }
        boolean idLast = browse.order().stream().anyMatch(s -> s.field().equals("id"));
        boolean descending = !browse.order().isEmpty() && browse.order().getLast().descending();
        if (!idLast) {
            parts.add(id + (descending ? " DESC" : " ASC"));
        }
        return " ORDER BY " + String.join(", ", parts);
    }

    private static final String PICTURE_COLUMNS = "i.file_name, i.source_url, i.alt, i.caption, i.credit_kind, i.credit_name,"
            + " i.credit_url, i.licence";

    private static Post post(ResultSet rs, StatementContext ctx, Map<Long, List<Writer>> writers,
            Map<Long, List<Topic>> topics) throws SQLException {
        long id = rs.getLong("id");
        ArticleKind kind = ArticleKind.fromCode(rs.getString("kind"));
        String slug = rs.getString("slug");
        LocalDate on = ctx.findColumnMapperFor(LocalDate.class).orElseThrow().map(rs, "published_on", ctx);
        String status = rs.getString("ghost_status");
        boolean out = status.equals("published");
        String path = !out ? null : kind == ArticleKind.PAGE ? "/" + org.masthead.common.Slugs.inPath(slug) + "/" : Permalink.of(on, slug);
        String html = "none".equals(rs.getString("body_format")) ? null : rs.getString("body_html");
        Instant when = status.equals("scheduled") ? instant(rs, "scheduled_at", ctx) : out ? instant(rs, "published_at", ctx) : null;
        String apiId = rs.getString("api_id");
        return new Post(id, apiId != null ? apiId : Ids.of(id), kind, status, slug, rs.getString("title"), rs.getString("dek"), html, rs.getBoolean("featured"),
                new Seo(rs.getString("meta_title"), rs.getString("meta_description"), rs.getString("canonical_url"),
                        new Seo.Social(rs.getString("og_title"), rs.getString("og_description"), rs.getString("x_title"),
                                rs.getString("x_description"))),
                when, instant(rs, "created_at", ctx), instant(rs, "updated_at", ctx), path,
                picture(rs), writers.getOrDefault(id, List.of()), topics.getOrDefault(id, List.of()));
    }

    private static Picture picture(ResultSet rs) throws SQLException {
        String src = src(rs);
        if (src == null) {
            return null;
        }
        // Stored as the enum's name, as the media library writes it.
        String stored = rs.getString("licence");
        var licence = java.util.Arrays.stream(org.masthead.media.Licence.values()).filter(l -> l.name().equals(stored)).findFirst();
        return new Picture(src, rs.getString("alt"), rs.getString("caption"), rs.getString("credit_kind"),
                rs.getString("credit_name"), rs.getString("credit_url"), licence.map(org.masthead.media.Licence::label).orElse(null),
                licence.flatMap(org.masthead.media.Licence::deedUrl).orElse(null));
    }

    private static String src(ResultSet rs) throws SQLException {
        String file = rs.getString("file_name");
        return file != null ? org.masthead.media.MediaService.PUBLIC_PATH + file : rs.getString("source_url");
    }

    private static Map<Long, List<Writer>> writersOf(Handle h, List<Long> ids) {
        return ArticleLinks.authors(h, ids, AUTHOR_COLUMNS, " LEFT JOIN images i ON i.id = w.profile_image_id",
                (rs, ctx) -> writer(rs));
    }

    private static Map<Long, List<Topic>> topicsOf(Handle h, List<Long> ids) {
        return ArticleLinks.topics(h, ids, "t.id, t.slug, t.name, t.description", (rs, ctx) -> topic(rs));
    }

    private static Topic topic(ResultSet rs) throws SQLException {
        return new Topic(rs.getLong("id"), rs.getString("slug"), rs.getString("name"), rs.getString("description"));
    }

    private static Writer writer(ResultSet rs) throws SQLException {
        var profile = new AuthorProfile(rs.getString("email"), rs.getString("website"), rs.getString("location"),
                rs.getString("twitter"), rs.getString("facebook"), Rows.longOrNull(rs, "profile_image_id"));
        return new Writer(new Author(rs.getLong("id"), rs.getString("slug"), rs.getString("name"), rs.getString("bio_source"),
                rs.getString("bio_html"), profile), src(rs));
    }

    private static Instant instant(ResultSet rs, String column, StatementContext ctx) throws SQLException {
        return ctx.findColumnMapperFor(Instant.class).orElseThrow().map(rs, column, ctx);
    }

    private static Map<String, Field> fields(Object... pairs) {
        Map<String, Field> fields = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            fields.put((String) pairs[i], (Field) pairs[i + 1]);
        }
        return fields;
    }
}
