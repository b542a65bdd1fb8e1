package org.masthead.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/** One run of the command line as a person would type it: its exit status and what it printed on each stream. */
record CommandRun(int status, String out, String err) {
    static CommandRun of(String... args) {
        var out = new StringWriter();
        var err = new StringWriter();
        int status = Main.commandLine().setOut(new PrintWriter(out)).setErr(new PrintWriter(err)).execute(args);
        return new CommandRun(status, out.toString(), err.toString());
    }
}
