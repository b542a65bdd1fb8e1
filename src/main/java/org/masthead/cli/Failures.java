package org.masthead.cli;

import org.masthead.common.Invalid;
import org.masthead.common.NotFound;
import org.masthead.importer.ImportFailed;
import org.masthead.platform.StartupFailure;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;

/** Turns a command's failure into one clear line on standard error and a non-zero exit status. */
final class Failures implements CommandLine.IExecutionExceptionHandler {
    private static final Logger log = LoggerFactory.getLogger(Failures.class);

    @Override
    public int handleExecutionException(Exception e, CommandLine command, CommandLine.ParseResult parsed) {
        var err = command.getErr();
        if (e instanceof ImportFailed failed) {
            err.println("import failed: " + failed.describe() + " (nothing was imported)");
            return 1;
        }
        if (e instanceof Invalid || e instanceof NotFound) {
            err.println(command.getCommandName() + ": " + e.getMessage());
            return 2;
        }
        if (e instanceof StartupFailure || e instanceof java.io.UncheckedIOException
                || e instanceof org.masthead.search.SearchUnavailable || e instanceof org.masthead.common.Unavailable) {
            log.debug("{} failed", command.getCommandName(), e);
            err.println(command.getCommandName() + ": " + e.getMessage());
            return 1;
        }
        log.error("{} failed", command.getCommandName(), e);
        err.println(command.getCommandName() + " failed: " + firstLine(e) + " (details are in the log above)");
        return 1;
    }

    private static String firstLine(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        return message.lines().findFirst().orElse(message);
    }
}
