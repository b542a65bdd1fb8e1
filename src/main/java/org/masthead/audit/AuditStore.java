package org.masthead.audit;

import java.time.Instant;
import java.util.List;
import org.jdbi.v3.core.mapper.RowMapper;
import org.masthead.common.Actor;
import org.masthead.common.PageRequest;
import org.masthead.platform.Database;
import org.masthead.platform.Rows;

final class AuditStore {
    private static final RowMapper<AuditEntry> ENTRY = (rs, ctx) -> new AuditEntry(rs.getLong("id"),
            ctx.findColumnMapperFor(Instant.class).orElseThrow().map(rs, "at", ctx), Rows.longOrNull(rs, "user_id"),
            rs.getString("actor"), rs.getString("action"), rs.getString("subject_type"), Rows.longOrNull(rs, "subject_id"),
            rs.getString("detail"), rs.getString("address"));

    private final Database db;

    AuditStore(Database db) {
        this.db = db;
    }

    void insert(Instant at, Actor actor, String action, String subjectType, Long subjectId, String detail) {
        db.write(h -> h.createUpdate("""
                INSERT INTO audit_log (at, user_id, actor, action, subject_type, subject_id, detail, address)
                VALUES (:at, :user, :actor, :action, :type, :subject, :detail, :address)""")
                .bind("at", at).bind("user", actor.userId()).bind("actor", actor.name()).bind("action", action)
                .bind("type", subjectType).bind("subject", subjectId).bind("detail", detail)
                .bind("address", actor.address() == null ? "" : actor.address())
                .execute());
    }

    List<AuditEntry> recent(PageRequest page) {
        return db.read(h -> h.createQuery("SELECT * FROM audit_log ORDER BY id DESC LIMIT :limit OFFSET :offset")
                .bind("limit", page.limitWithLookahead()).bind("offset", page.offset()).map(ENTRY).list());
    }

    /**
     * The newest entries about things of these types, leaving out these actions; only about {@code subjectIds} (of the
     * first type) when they are given.
     */
    List<AuditEntry> latest(List<String> types, List<String> leftOut, List<Long> subjectIds, int limit) {
        return db.read(h -> {
            var query = h.createQuery("SELECT * FROM audit_log WHERE subject_type IN (<types>) AND action NOT IN (<leftOut>)"
                    + (subjectIds == null ? "" : " AND subject_id IN (<ids>)") + " ORDER BY id DESC LIMIT :limit")
                    .bindList("types", types).bindList("leftOut", leftOut).bind("limit", limit);
            if (subjectIds != null) {
                query.bindList("ids", subjectIds);
            }
            return query.map(ENTRY).list();
        });
    }

    List<AuditEntry> about(String subjectType, long subjectId) {
        return db.read(h -> h.createQuery("SELECT * FROM audit_log WHERE subject_type = :type AND subject_id = :id ORDER BY id")
                .bind("type", subjectType).bind("id", subjectId).map(ENTRY).list());
    }
}
