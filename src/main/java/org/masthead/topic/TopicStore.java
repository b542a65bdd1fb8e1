package org.masthead.topic;

import java.util.List;
import org.jdbi.v3.core.mapper.RowMapper;
import org.masthead.platform.Database;

final class TopicStore {
    private static final RowMapper<Topic> TOPIC = (rs, ctx) -> new Topic(rs.getLong("id"), rs.getString("slug"), rs.getString("name"),
            rs.getString("description"));

    private final Database db;

    TopicStore(Database db) {
        this.db = db;
    }

    /** The topic with this slug, inserted first if it is new. */
    Topic upsert(String slug, String name) {
        // CASE: most topics named exist already: found without a write, a save that names them forgets no page.
        return findBySlug(slug).orElseGet(() -> db.write(h -> {
            h.createUpdate("INSERT INTO topics (slug, name) VALUES (:slug, :name) ON CONFLICT (slug) DO NOTHING")
                    .bind("slug", slug).bind("name", name).execute();
            Topic topic = h.createQuery("SELECT id, slug, name, description FROM topics WHERE slug = :slug").bind("slug", slug)
                    .map(TOPIC).one();
            db.touch(key(topic.id()));
            return topic;
        }));
    }

    /** The name a write gives the topic it changes, so that the pages showing it are forgotten after it. */
    static String key(long id) {
        return "topic:" + id;
    }

    List<Topic> ofArticle(long articleId) {
        return db.read(h -> h.createQuery("""
                SELECT t.id, t.slug, t.name, t.description FROM article_topics at JOIN topics t ON t.id = at.topic_id
                WHERE at.article_id = :article ORDER BY at.position""")
                .bind("article", articleId).map(TOPIC).list());
    }

    java.util.Optional<Topic> findBySlug(String slug) {
        return db.read(h -> h.createQuery("SELECT id, slug, name, description FROM topics WHERE slug = :slug").bind("slug", slug).map(TOPIC).findOne());
    }

    java.util.Optional<Topic> find(long id) {
        return db.read(h -> h.createQuery("SELECT id, slug, name, description FROM topics WHERE id = :id").bind("id", id).map(TOPIC).findOne());
    }

    void describe(long id, String description, Long parentId) {
        db.write(h -> {
            db.touch(key(id));
            return h.createUpdate("UPDATE topics SET description = :description, parent_id = :parent WHERE id = :id")
                    .bind("description", description).bind("parent", parentId).bind("id", id).execute();
        });
    }

    java.util.Optional<Long> parentOf(long id) {
        return db.read(h -> h.createQuery("SELECT parent_id FROM topics WHERE id = :id").bind("id", id)
                .mapTo(Long.class).findOne());
    }

    java.util.Set<String> existingSlugs(List<String> slugs) {
        if (slugs.isEmpty()) {
            return java.util.Set.of();
        }
        return db.read(h -> java.util.Set.copyOf(h.createQuery("SELECT slug FROM topics WHERE slug IN (<slugs>)")
                .bindList("slugs", slugs).mapTo(String.class).list()));
    }
}
