package org.masthead.cli;

import org.masthead.platform.Config;
import org.masthead.boot.Masthead;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Serve the magazine. A new data directory starts with demo content.")
final class ServeCommand implements Runnable {
    private static final Logger log = LoggerFactory.getLogger(ServeCommand.class);

    @Mixin
    DataOptions data;

    @Option(names = "--port", paramLabel = "N", description = "the port to listen on (default 8080, or MASTHEAD_PORT)")
    Integer port;

    @Option(names = "--host", paramLabel = "ADDRESS", description = "the address to listen on (default 0.0.0.0, all)")
    String host;

    @Option(names = "--no-demo", description = "start a new magazine empty instead of with demo content")
    boolean noDemo;

    @Override
    public void run() {
        Config config = data.config(new Config.Overrides(host, port));
        // CASE: a mistyped --data is not a missing magazine: say so, so an operator who meant another folder notices.
        if (!config.database().isPostgres() && !java.nio.file.Files.exists(config.dataDir().resolve(org.masthead.platform.Database.SQLITE_FILE))) {
            log.info("{} holds no magazine yet: creating a new one there", config.dataDir().toAbsolutePath().normalize());
        }
        Masthead masthead = Masthead.open(config);
        try {
            if (masthead.seedDemoOnFirstServe(!noDemo)) {
                log.info("New magazine: added the demo content");
            }
            int bound = masthead.serve();
            log.info("Masthead is serving {} (data: {}, database: {})", config.publicUrl(bound), config.dataDir(),
                    config.database().describe(config.dataDir()));
        } catch (RuntimeException e) {
            masthead.close();
            throw e;
        }
        // The server's threads keep the process alive; stopping it (Ctrl-C, SIGTERM) closes the database cleanly.
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            log.info("Stopping");
            masthead.close();
        }));
    }
}
