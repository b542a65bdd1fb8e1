package org.masthead.article;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jdbi.v3.core.mapper.RowMapper;
import org.masthead.platform.Database;
import org.masthead.platform.Rows;

/** Every save's snapshot of an article, and the editors' notes on it. */
final class RevisionStore {
    private static final RowMapper<Revision> REVISION = (rs, ctx) -> new Revision(rs.getInt("number"), rs.getString("title"),
            rs.getString("slug"), rs.getString("dek"), BodyFormat.fromCode(rs.getString("body_format")),
            rs.getString("body_source"), Rows.longOrNull(rs, "lead_image_id"), ids(rs.getString("author_ids")),
            ids(rs.getString("topic_ids")), rs.getString("saved_by"),
            ctx.findColumnMapperFor(Instant.class).orElseThrow().map(rs, "saved_at", ctx));

    /** How an autosaved revision's saver is named: "Ann Writer (autosave)". */
    static final String AUTOSAVE = " (autosave)";
    private final Database db;

    RevisionStore(Database db) {
        this.db = db;
    }

    /** Keeps the article as it now stands as its next revision; returns the revision's number. */
    int keep(Article article, List<Long> topicIds, String savedBy, Instant at) {
        return db.write(h -> {
            int number = h.createQuery("SELECT COALESCE(MAX(number), 0) + 1 FROM article_revisions WHERE article_id = :id")
                    .bind("id", article.id()).mapTo(Integer.class).one();
            h.createUpdate("""
                    INSERT INTO article_revisions (article_id, number, title, slug, dek, body_format, body_source,
                                                   lead_image_id, author_ids, topic_ids, saved_by, saved_at)
                    VALUES (:article, :number, :title, :slug, :dek, :format, :source, :image, :authors, :topics, :by, :at)""")
                    .bind("article", article.id()).bind("number", number).bind("title", article.title())
                    .bind("slug", article.slug()).bind("dek", article.dek()).bind("format", article.body().format().code())
                    .bind("source", article.body().source()).bind("image", article.leadImageId())
                    .bind("authors", text(article.authorIds())).bind("topics", text(topicIds))
                    .bind("by", savedBy).bind("at", at).execute();
            return number;
        });
    }

    /**
     * Keeps an autosave: as a new revision named "NAME (autosave)", or, when the newest revision is that person's
     * autosave of less than ten minutes ago, in its place. Returns the number of a new revision, empty when one was
     * replaced.
     */
    Optional<Integer> keepAutosave(Article article, List<Long> topicIds, String savedBy, Instant at) {
        String label = savedBy + AUTOSAVE;
        return db.write(h -> {
            Optional<Revision> newest = list(article.id()).stream().findFirst();
            if (newest.isPresent() && newest.get().savedBy().equals(label)
                    && newest.get().savedAt().isAfter(at.minus(java.time.Duration.ofMinutes(10)))) {
                h.createUpdate("""
                        UPDATE article_revisions SET title = :title, slug = :slug, dek = :dek, body_format = :format,
                               body_source = :source, lead_image_id = :image, author_ids = :authors, topic_ids = :topics,
                               saved_at = :at
                        WHERE article_id = :article AND number = :number""")
                        .bind("article", article.id()).bind("number", newest.get().number()).bind("title", article.title())
                        .bind("slug", article.slug()).bind("dek", article.dek()).bind("format", article.body().format().code())
                        .bind("source", article.body().source()).bind("image", article.leadImageId())
                        .bind("authors", text(article.authorIds())).bind("topics", text(topicIds)).bind("at", at).execute();
                return Optional.<Integer>empty();
            }
            return Optional.of(keep(article, topicIds, label, at));
        });
    }

    /** The revisions of an article, newest first. */
    List<Revision> list(long articleId) {
        return db.read(h -> h.createQuery("SELECT * FROM article_revisions WHERE article_id = :id ORDER BY number DESC")
                .bind("id", articleId).map(REVISION).list());
    }

    Optional<Revision> find(long articleId, int number) {
        return db.read(h -> h.createQuery("SELECT * FROM article_revisions WHERE article_id = :id AND number = :number")
                .bind("id", articleId).bind("number", number).map(REVISION).findOne());
    }

    void addNote(long articleId, Long userId, String writtenBy, String body, Instant at) {
        db.write(h -> h.createUpdate("""
                INSERT INTO article_notes (article_id, user_id, written_by, body, created_at)
                VALUES (:article, :user, :by, :body, :at)""")
                .bind("article", articleId).bind("user", userId).bind("by", writtenBy).bind("body", body).bind("at", at)
                .execute());
    }

    List<Note> notes(long articleId) {
        return db.read(h -> h.createQuery("SELECT * FROM article_notes WHERE article_id = :id ORDER BY id")
                .bind("id", articleId)
                .map((rs, ctx) -> new Note(rs.getLong("id"), rs.getString("written_by"), rs.getString("body"),
                        ctx.findColumnMapperFor(Instant.class).orElseThrow().map(rs, "created_at", ctx)))
                .list());
    }

    private static String text(List<Long> ids) {
        return ids.stream().map(String::valueOf).collect(Collectors.joining(","));
    }

    private static List<Long> ids(String text) {
        return text == null || text.isBlank() ? List.of() : Arrays.stream(text.split(",")).map(Long::valueOf).toList();
    }
}
