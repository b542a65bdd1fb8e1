package org.masthead.media;

import java.time.Clock;
import java.util.Optional;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.SqlStatement;
import org.masthead.platform.Database;
import org.masthead.platform.Rows;

final class SqlImageStore implements ImageStore {
    private static final RowMapper<Image> IMAGE = (rs, ctx) -> new Image(
            rs.getLong("id"), rs.getString("file_name"), rs.getString("source_url"), rs.getString("alt"),
            rs.getString("caption"), CreditKind.fromCode(rs.getString("credit_kind")), rs.getString("credit_name"),
            rs.getString("credit_url"), Licence.valueOf(rs.getString("licence")),
            Rows.intOrNull(rs, "width"), Rows.intOrNull(rs, "height"), widths(rs.getString("variants")),
            rs.getString("media_type"), rs.getLong("byte_size"), Rows.longOrNull(rs, "uploaded_by"), focus(rs),
            rs.getBoolean("webp"));

    private static FocalPoint focus(java.sql.ResultSet rs) throws java.sql.SQLException {
        Integer x = Rows.intOrNull(rs, "focal_x");
        Integer y = Rows.intOrNull(rs, "focal_y");
        return x == null || y == null ? null : new FocalPoint(x, y);
    }

    private static java.util.List<Integer> widths(String text) {
        return text == null || text.isBlank() ? java.util.List.of()
                : java.util.Arrays.stream(text.split(",")).map(Integer::valueOf).toList();
    }

    private final Database db;
    private final Clock clock;

    SqlImageStore(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    @Override
    public long insert(NewImage image) {
        return db.write(h -> touched(bind(h.createQuery("""
                INSERT INTO images (file_name, source_url, alt, caption, credit_kind, credit_name, credit_url,
                                    licence, width, height, created_at)
                VALUES (:fileName, :sourceUrl, :alt, :caption, :creditKind, :creditName, :creditUrl,
                        :licence, :width, :height, :now)
                RETURNING id"""), image)
                .bind("now", clock.instant())
                .mapTo(Long.class).one()));
    }

    /** Names the picture a write changes, so that the pages showing it are forgotten after it (see Database#touch). */
    private long touched(long id) {
        db.touch("picture:" + id);
        return id;
    }

    @Override
    public void update(long id, NewImage image) {
        db.write(h -> {
            touched(id);
            return bind(h.createUpdate("""
                    UPDATE images SET file_name = :fileName, source_url = :sourceUrl, alt = :alt, caption = :caption,
                           credit_kind = :creditKind, credit_name = :creditName, credit_url = :creditUrl,
                           licence = :licence, width = :width, height = :height
                    WHERE id = :id"""), image).bind("id", id).execute();
        });
    }

    @Override
    public long insertUploaded(String fileName, String originalName, ImageDetails details, int width, int height,
            java.util.List<Integer> variants, String mediaType, long byteSize, Long uploadedBy, boolean webp) {
        return db.write(h -> touched(h.createQuery("""
                INSERT INTO images (file_name, original_name, alt, caption, credit_kind, credit_name, credit_url, licence,
                                    width, height, variants, media_type, byte_size, uploaded_by, created_at, webp)
                VALUES (:file, :original, :alt, :caption, :kind, :credit, :creditUrl, :licence,
                        :width, :height, :variants, :type, :size, :by, :now, :webp)
                RETURNING id""")
                .bind("file", fileName).bind("original", originalName).bind("alt", details.alt())
                .bind("caption", details.caption()).bind("kind", details.creditKind().code())
                .bind("credit", details.creditName()).bind("creditUrl", details.creditUrl())
                .bind("licence", details.licence().name()).bind("width", width).bind("height", height)
                .bind("variants", String.join(",", variants.stream().map(String::valueOf).toList()))
                .bind("type", mediaType).bind("size", byteSize).bind("by", uploadedBy).bind("now", clock.instant())
                .bind("webp", webp)
                .mapTo(Long.class).one()));
    }

    @Override
    public void describe(long id, ImageDetails details) {
        db.write(h -> {
            touched(id);
            return h.createUpdate("""
                    UPDATE images SET alt = :alt, caption = :caption, credit_kind = :kind, credit_name = :credit,
                           credit_url = :creditUrl, licence = :licence
                    WHERE id = :id""")
                    .bind("alt", details.alt()).bind("caption", details.caption()).bind("kind", details.creditKind().code())
                    .bind("credit", details.creditName()).bind("creditUrl", details.creditUrl())
                    .bind("licence", details.licence().name()).bind("id", id).execute();
        });
    }

    @Override
    public void focus(long id, FocalPoint point) {
        db.write(h -> {
            touched(id);
            return h.createUpdate("UPDATE images SET focal_x = :x, focal_y = :y WHERE id = :id")
                    .bind("x", point == null ? null : point.x()).bind("y", point == null ? null : point.y())
                    .bind("id", id).execute();
        });
    }

    @Override
    public int leadsGoingOut(long id) {
        return db.read(h -> h.createQuery("""
                SELECT COUNT(*) FROM articles WHERE lead_image_id = :id AND status IN ('published', 'scheduled')""")
                .bind("id", id).mapTo(Integer.class).one());
    }

    @Override
    public java.util.List<Image> newestFirst(org.masthead.common.PageRequest page) {
        return db.read(h -> h.createQuery("SELECT * FROM images ORDER BY id DESC LIMIT :limit OFFSET :offset")
                .bind("limit", page.limitWithLookahead()).bind("offset", page.offset()).map(IMAGE).list());
    }

    @Override
    public Optional<Image> find(long id) {
        return db.read(h -> h.createQuery("SELECT * FROM images WHERE id = :id").bind("id", id).map(IMAGE).findOne());
    }

    private static <S extends SqlStatement<S>> S bind(S statement, NewImage image) {
        return statement.bind("fileName", image.fileName())
                .bind("sourceUrl", image.sourceUrl())
                .bind("alt", image.alt())
                .bind("caption", image.caption())
                .bind("creditKind", image.creditKind().code())
                .bind("creditName", image.creditName())
                .bind("creditUrl", image.creditUrl())
                .bind("licence", image.licence().name())
                .bind("width", image.width())
                .bind("height", image.height());
    }
}
