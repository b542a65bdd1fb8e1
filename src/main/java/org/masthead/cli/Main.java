package org.masthead.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code java -jar masthead.jar COMMAND}: the command line of a Masthead server. */
@Command(name = "masthead", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "A self-hosted publishing platform for independent magazines.",
        subcommands = {ServeCommand.class, ImportCommand.class, ExportCommand.class, ReindexCommand.class, SettingsCommand.class, UserCommand.class, ApiKeyCommand.class,
            CommandLine.HelpCommand.class})
public final class Main implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.setProperty("java.awt.headless", "true");
        int status = commandLine().execute(args);
        if (status != 0 || !isServe(args)) {
            System.exit(status);
        }
    }

    /** The command line with its error handling, shared by {@link #main} and the tests. */
    public static CommandLine commandLine() {
        return new CommandLine(new Main())
                .registerConverter(java.time.LocalDate.class, Main::date)
                .setExecutionExceptionHandler(new Failures());
    }

    private static java.time.LocalDate date(String text) {
        try {
            return java.time.LocalDate.parse(text);
        } catch (java.time.format.DateTimeParseException e) {
            throw new CommandLine.TypeConversionException("expected a date as YYYY-MM-DD, such as 2018-11-09, not '" + text + "'");
        }
    }

    private static boolean isServe(String[] args) {
        for (String arg : args) {
            if (!arg.startsWith("-")) {
                return arg.equals("serve");
            }
        }
        return false;
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "say which command to run: serve, import, export, reindex, settings, user or apikey");
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String version = Main.class.getPackage().getImplementationVersion();
            return new String[] {"Masthead " + (version == null ? "(development build)" : version)};
        }
    }
}
