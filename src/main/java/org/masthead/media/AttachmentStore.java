package org.masthead.media;

import java.time.Clock;
import java.util.Optional;
import org.jdbi.v3.core.mapper.RowMapper;
import org.masthead.platform.Database;

final class AttachmentStore {
    private static final RowMapper<Attachment> ATTACHMENT = (rs, ctx) -> new Attachment(rs.getLong("id"), rs.getString("file_name"),
            rs.getString("source_url"), rs.getString("title"), rs.getString("media_type"), rs.getLong("byte_size"));

    private final Database db;
    private final Clock clock;

    AttachmentStore(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    long insert(String fileName, String sourceUrl, String title, String mediaType, long byteSize) {
        return db.write(h -> h.createQuery("""
                INSERT INTO attachments (file_name, source_url, title, media_type, byte_size, created_at)
                VALUES (:file, :url, :title, :type, :size, :now) RETURNING id""")
                .bind("file", fileName).bind("url", sourceUrl).bind("title", title).bind("type", mediaType)
                .bind("size", byteSize).bind("now", clock.instant()).mapTo(Long.class).one());
    }

    void describe(long id, String title, String mediaType) {
        db.write(h -> h.createUpdate("UPDATE attachments SET title = :title, media_type = :type WHERE id = :id")
                .bind("title", title).bind("type", mediaType).bind("id", id).execute());
    }

    Optional<Attachment> find(long id) {
        return db.read(h -> h.createQuery("SELECT * FROM attachments WHERE id = :id").bind("id", id).map(ATTACHMENT).findOne());
    }
}
