package org.masthead.author;

import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.mapper.RowMapper;
import org.masthead.platform.Database;

final class SqlAuthorStore implements AuthorStore {
    private static final RowMapper<Author> AUTHOR = (rs, ctx) -> new Author(rs.getLong("id"), rs.getString("slug"),
            rs.getString("name"), rs.getString("bio_source"), rs.getString("bio_html"),
            new AuthorProfile(rs.getString("email"), rs.getString("website"), rs.getString("location"), rs.getString("twitter"),
                    rs.getString("facebook"), org.masthead.platform.Rows.longOrNull(rs, "profile_image_id")));

    private final Database db;
    private final Clock clock;

    SqlAuthorStore(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    @Override
    public long insert(String slug, String name, String bioSource, String bioHtml) {
        return db.write(h -> touched(h.createQuery("""
                INSERT INTO authors (slug, name, bio_source, bio_html, created_at, updated_at)
                VALUES (:slug, :name, :bioSource, :bioHtml, :now, :now)
                RETURNING id""")
                .bind("slug", slug).bind("name", name).bind("bioSource", bioSource).bind("bioHtml", bioHtml)
                .bind("now", clock.instant())
                .mapTo(Long.class).one()));
    }

    /** Names the author a write changes, so that the pages showing them are forgotten after it (see Database#touch). */
    private long touched(long id) {
        db.touch(key(id));
        return id;
    }

    static String key(long id) {
        return "author:" + id;
    }

    @Override
    public void updateBio(long id, String bioSource, String bioHtml) {
        db.write(h -> {
            touched(id);
            return h.createUpdate("UPDATE authors SET bio_source = :source, bio_html = :html, updated_at = :now WHERE id = :id")
                    .bind("source", bioSource).bind("html", bioHtml).bind("now", clock.instant()).bind("id", id).execute();
        });
    }

    @Override
    public void updateProfile(long id, AuthorProfile profile) {
        db.write(h -> {
            touched(id);
            return h.createUpdate("""
                    UPDATE authors SET email = :email, website = :website, location = :location, twitter = :twitter,
                           facebook = :facebook, profile_image_id = :image, updated_at = :now
                    WHERE id = :id""")
                    .bind("email", profile.email()).bind("website", profile.website()).bind("location", profile.location())
                    .bind("twitter", profile.twitter()).bind("facebook", profile.facebook()).bind("image", profile.profileImageId())
                    .bind("now", clock.instant()).bind("id", id).execute();
        });
    }

    @Override
    public Optional<Author> findBySlug(String slug) {
        return db.read(h -> h.createQuery("SELECT * FROM authors WHERE slug = :slug").bind("slug", slug)
                .map(AUTHOR).findOne());
    }

    @Override
    public Optional<Author> findByName(String name) {
        return db.read(h -> h.createQuery("SELECT * FROM authors WHERE name = :name ORDER BY id LIMIT 1").bind("name", name)
                .map(AUTHOR).findOne());
    }

    @Override
    public List<Author> findByIds(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        List<Author> found = db.read(h -> h.createQuery("SELECT * FROM authors WHERE id IN (<ids>)")
                .bindList("ids", ids).map(AUTHOR).list());
        return found.stream().sorted(Comparator.comparingInt(author -> ids.indexOf(author.id()))).toList();
    }

    @Override
    public int count() {
        return db.read(h -> h.createQuery("SELECT COUNT(*) FROM authors").mapTo(Integer.class).one());
    }

    @Override
    public Optional<Author> find(long id) {
        return db.read(h -> h.createQuery("SELECT * FROM authors WHERE id = :id").bind("id", id).map(AUTHOR).findOne());
    }

    @Override
    public void rename(long id, String name) {
        db.write(h -> {
            touched(id);
            return h.createUpdate("UPDATE authors SET name = :name, updated_at = :now WHERE id = :id")
                    .bind("name", name).bind("now", clock.instant()).bind("id", id).execute();
        });
    }

    @Override
    public List<Author> search(String words, org.masthead.common.PageRequest page) {
        return db.read(h -> {
            var query = h.createQuery("SELECT * FROM authors"
                    + (words == null ? "" : " WHERE LOWER(name) LIKE :words ESCAPE '!'")
                    + " ORDER BY name, id LIMIT :limit OFFSET :offset");
            if (words != null) {
                query.bind("words", "%" + words.toLowerCase(java.util.Locale.ROOT).replace("!", "!!").replace("%", "!%")
                        .replace("_", "!_") + "%");
            }
            return query.bind("limit", page.limitWithLookahead()).bind("offset", page.offset()).map(AUTHOR).list();
        });
    }
}
