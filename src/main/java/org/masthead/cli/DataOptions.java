package org.masthead.cli;

import java.nio.file.Path;
import java.util.Map;
import org.masthead.platform.Config;
import picocli.CommandLine.Option;

/** The option every command shares: where the magazine's data lives. */
final class DataOptions {
    @Option(names = "--data", paramLabel = "DIR", defaultValue = "${env:MASTHEAD_DATA:-data}",
            description = "the data directory (database, media, masthead.properties); default: ${DEFAULT-VALUE}")
    Path dataDir;

    Config config(Config.Overrides overrides) {
        return Config.load(dataDir, Map.copyOf(System.getenv()), overrides);
    }
}
