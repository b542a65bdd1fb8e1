package org.masthead.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.masthead.boot.Masthead;
import org.masthead.platform.Config;

/**
 * Several servers of one magazine, as behind a load balancer: each with its own data directory, all on one new
 * PostgreSQL database, each served on a port of its own. Close it when done; the data directories go with it.
 */
public final class Cluster implements AutoCloseable {
    private final List<Masthead> servers = new ArrayList<>();
    private final List<Http> http = new ArrayList<>();
    private final List<Path> dataDirs = new ArrayList<>();

    private Cluster() {}

    /** {@code count} servers with these settings besides the database's, every service reading {@code clock}. */
    public static Cluster of(int count, Map<String, String> settings, Clock clock) {
        var cluster = new Cluster();
        var env = new HashMap<>(settings);
        // A test may bring its own database (a replicated one); else a new one on the shared server.
        env.computeIfAbsent("MASTHEAD_DATABASE_URL", key -> TestPostgres.newDatabaseUrl());
        for (int i = 0; i < count; i++) {
            Path dataDir = RunningSite.tempDir();
            cluster.dataDirs.add(dataDir);
            Masthead server = Masthead.open(Config.load(dataDir, env, new Config.Overrides("127.0.0.1", 0)), clock);
            cluster.servers.add(server);
            cluster.http.add(new Http(URI.create("http://localhost:" + server.serve() + "/")));
        }
        return cluster;
    }

    /** The servers, in order; a test that stops one itself removes it here, and {@link #close} leaves it alone. */
    public List<Masthead> servers() {
        return servers;
    }

    /** A client of each server, in the same order. */
    public List<Http> http() {
        return http;
    }

    public List<Path> dataDirs() {
        return dataDirs;
    }

    /**
     * An edition of three pieces went out exactly once: each piece published, and the audit log holds the edition's
     * publishing and each piece's once, however many servers ran at its minute and whichever of them died.
     */
    public static void assertWentOutOnce(Masthead any, long editionId) {
        List<String> states = any.database().read(h -> h.createQuery("SELECT status FROM articles WHERE edition_id = :id")
                .bind("id", editionId).mapTo(String.class).list());
        assertThat(states).containsExactly("published", "published", "published");
        List<String> done = any.database().read(h -> h.createQuery("SELECT action FROM audit_log WHERE (subject_type = 'edition'"
                + " AND subject_id = :id) OR (action = 'article.published' AND detail = 'with its edition')")
                .bind("id", editionId).mapTo(String.class).list());
        assertThat(done)
                .as("the edition went out once, and each of its pieces once")
                .containsExactlyInAnyOrder("edition.opened", "edition.article_added", "edition.article_added",
                        "edition.article_added", "edition.scheduled", "edition.published",
                        "article.published", "article.published", "article.published");
    }

    @Override
    public void close() {
        servers.forEach(Masthead::close);
        dataDirs.forEach(RunningSite::deleteAll);
    }
}
