package org.masthead.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The write log tells from a statement's SQL which table it writes, and counts what it cannot tell as unknown. */
class WriteLogTest {
    @Test
    void reads_write_nothing() {
        assertThat(WriteLog.writtenTable("SELECT * FROM articles")).isNull();
        assertThat(WriteLog.writtenTable("  -- a note\n select 1")).isNull();
        assertThat(WriteLog.writtenTable("WITH x AS (SELECT 1) SELECT * FROM x")).isNull();
        assertThat(WriteLog.writtenTable("SELECT pg_advisory_xact_lock(:key)")).isNull();
    }

    @Test
    void inserts_updates_and_deletes_name_their_table() {
        assertThat(WriteLog.writtenTable("INSERT INTO sessions (id) VALUES (:id)")).isEqualTo("sessions");
        assertThat(WriteLog.writtenTable("insert or replace into \"Settings\" (k) values (1)")).isEqualTo("settings");
        assertThat(WriteLog.writtenTable("/* why */ UPDATE articles SET title = :t")).isEqualTo("articles");
        assertThat(WriteLog.writtenTable("DELETE FROM article_topics WHERE article_id = :id")).isEqualTo("article_topics");
        assertThat(WriteLog.writtenTable("REPLACE INTO audit_log VALUES (1)")).isEqualTo("audit_log");
    }

    @Test
    void anything_else_is_a_write_to_an_unknown_table() {
        assertThat(WriteLog.writtenTable("CREATE TABLE x (y INT)")).isEqualTo(Changes.UNKNOWN_TABLE);
        assertThat(WriteLog.writtenTable("WITH gone AS (DELETE FROM articles RETURNING id) SELECT 1")).isEqualTo(Changes.UNKNOWN_TABLE);
        assertThat(WriteLog.writtenTable("PRAGMA optimize")).isEqualTo(Changes.UNKNOWN_TABLE);
    }

    @Test
    void a_transaction_reports_the_tables_its_statements_and_batches_wrote_and_what_it_touched(@TempDir Path dir) {
        List<Changes> committed = new ArrayList<>();
        try (Database db = Database.openSqlite(dir)) {
            db.afterEveryCommit(committed::add);
            db.readBeforeWhen(() -> true);
            db.write(h -> {
                db.touch("thing:1", () -> "as it was");
                db.touch("thing:1", () -> "read twice");
                var batch = h.prepareBatch("INSERT INTO settings (key, value) VALUES (:key, :value)");
                batch.bind("key", "a").bind("value", "1").add();
                batch.bind("key", "b").bind("value", "2").add();
                return batch.execute();
            });
            db.write(h -> h.createQuery("SELECT COUNT(*) FROM settings").mapTo(Integer.class).one());
        }
        assertThat(committed).hasSize(2);
        assertThat(committed.get(0).tables()).containsExactly("settings");
        assertThat(committed.get(0).touched()).containsExactly(java.util.Map.entry("thing:1", "as it was"));
        assertThat(committed.get(1).tables()).isEmpty();
    }
}
