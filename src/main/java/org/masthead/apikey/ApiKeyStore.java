package org.masthead.apikey;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.mapper.RowMapper;
import org.masthead.platform.Database;

final class ApiKeyStore {
    private static final String COLUMNS = "id, kind, name, public_id, created_at, last_used_at, revoked_at";

    private final Database db;

    ApiKeyStore(Database db) {
        this.db = db;
    }

    private static RowMapper<ApiKey> key() {
        return (rs, ctx) -> new ApiKey(rs.getLong("id"), ApiKey.Kind.fromCode(rs.getString("kind")), rs.getString("name"),
                rs.getString("public_id"), instant(rs, "created_at", ctx), instant(rs, "last_used_at", ctx),
                instant(rs, "revoked_at", ctx));
    }

    private static Instant instant(java.sql.ResultSet rs, String column, org.jdbi.v3.core.statement.StatementContext ctx)
            throws java.sql.SQLException {
        return ctx.findColumnMapperFor(Instant.class).orElseThrow().map(rs, column, ctx);
    }

    long insert(ApiKey.Kind kind, String name, String publicId, String secret, Instant now) {
        return db.write(h -> h.createQuery("""
                INSERT INTO api_keys (kind, name, public_id, secret, created_at) VALUES (:kind, :name, :publicId, :secret, :now)
                RETURNING id""")
                .bind("kind", kind.code()).bind("name", name).bind("publicId", publicId).bind("secret", secret).bind("now", now)
                .mapTo(Long.class).one());
    }

    Optional<ApiKey> find(long id) {
        return db.read(h -> h.createQuery("SELECT " + COLUMNS + " FROM api_keys WHERE id = :id").bind("id", id)
                .map(key()).findOne());
    }

    Optional<ApiKey> findByPublicId(String publicId) {
        return db.read(h -> h.createQuery("SELECT " + COLUMNS + " FROM api_keys WHERE public_id = :publicId")
                .bind("publicId", publicId).map(key()).findOne());
    }

    Optional<String> secretOf(long id) {
        return db.read(h -> h.createQuery("SELECT secret FROM api_keys WHERE id = :id").bind("id", id)
                .mapTo(String.class).findOne());
    }

    List<ApiKey> list() {
        return db.read(h -> h.createQuery("SELECT " + COLUMNS + " FROM api_keys ORDER BY revoked_at IS NOT NULL, id")
                .map(key()).list());
    }

    void revoke(long id, Instant now) {
        db.write(h -> h.createUpdate("UPDATE api_keys SET revoked_at = :now WHERE id = :id AND revoked_at IS NULL")
                .bind("now", now).bind("id", id).execute());
    }

    void used(long id, Instant now) {
        db.write(h -> h.createUpdate("UPDATE api_keys SET last_used_at = :now WHERE id = :id").bind("now", now).bind("id", id)
                .execute());
    }
}
