package org.masthead.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.DriverManager;
import org.junit.jupiter.api.Test;
import org.masthead.support.TestReplica;

/** The fixture itself: what is written on its primary is read on its standby, which is one. */
class TestReplicaTest {
    @Test
    void a_table_made_on_the_primary_is_read_on_the_standby() throws Exception {
        var urls = TestReplica.newDatabase();
        try (var c = DriverManager.getConnection(urls.primary()); var s = c.createStatement()) {
            s.execute("CREATE TABLE t (x int); INSERT INTO t VALUES (42)");
        }
        org.awaitility.Awaitility.await().ignoreExceptions().until(() -> {
            try (var c = DriverManager.getConnection(urls.replica()); var s = c.createStatement();
                    var r = s.executeQuery("SELECT x FROM t")) {
                return r.next() && r.getInt(1) == 42;
            }
        });
        try (var c = DriverManager.getConnection(urls.replica()); var s = c.createStatement();
                var r = s.executeQuery("SELECT pg_is_in_recovery()")) {
            r.next();
            assertThat(r.getBoolean(1)).isTrue();
        }
    }
}
