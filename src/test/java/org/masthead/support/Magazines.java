package org.masthead.support;

import java.nio.file.Path;
import java.util.Map;
import org.masthead.platform.Config;
import org.masthead.platform.Database;
import org.masthead.boot.Masthead;

/** Opens a real magazine for a test: SQLite in a temporary data directory, or a new PostgreSQL database. */
public final class Magazines {
    private Magazines() {}

    public static Masthead open(Database.Kind kind, Path dataDir) {
        return Masthead.open(config(kind, dataDir));
    }

    public static Masthead open(Database.Kind kind, Path dataDir, java.time.Clock clock) {
        return Masthead.open(config(kind, dataDir), clock);
    }

    public static Config config(Database.Kind kind, Path dataDir) {
        Map<String, String> env = kind == Database.Kind.POSTGRESQL
                ? Map.of("MASTHEAD_DATABASE_URL", TestPostgres.newDatabaseUrl())
                : Map.of();
        return Config.load(dataDir, env, new Config.Overrides("127.0.0.1", 0));
    }
}
