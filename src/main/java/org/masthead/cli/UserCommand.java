package org.masthead.cli;

import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.masthead.common.Actor;
import org.masthead.common.Role;
import org.masthead.account.User;
import org.masthead.common.Invalid;
import org.masthead.platform.Config;
import org.masthead.boot.Masthead;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "user", mixinStandardHelpOptions = true, description = "Manage the people who sign in.",
        subcommands = {UserCommand.Add.class, UserCommand.SetPassword.class})
final class UserCommand {

    @Command(name = "add", mixinStandardHelpOptions = true,
            description = {"Add a person who signs in. The password is read from standard input:",
                "typed twice at a terminal (not shown), or the first line of what is piped in."})
    static final class Add implements Runnable {
        @Spec
        picocli.CommandLine.Model.CommandSpec spec;

        @Mixin
        DataOptions data;

        @Option(names = "--email", required = true, paramLabel = "ADDRESS", description = "their email address")
        String email;

        @Option(names = "--role", required = true, paramLabel = "ROLE", description = "admin, editor, author or contributor")
        String role;

        @Option(names = "--name", paramLabel = "NAME", description = "their name as shown (default: the email's first part)")
        String name;

        @Override
        public void run() {
            Role wanted = Role.fromCode(role);
            String password = readPassword("add");
            String shownName = name != null ? name : email.contains("@") ? email.substring(0, email.indexOf('@')) : email;
            try (Masthead masthead = Masthead.open(data.config(Config.Overrides.none()))) {
                User user = masthead.accounts().add(Actor.system("command line"), shownName, email, wanted, password);
                spec.commandLine().getOut().println("Added " + user.role().label().toLowerCase(java.util.Locale.ROOT)
                        + " " + user.email() + "; they can sign in at /admin/sign-in");
                spec.commandLine().getOut().flush();
            }
        }
    }

    @Command(name = "password", mixinStandardHelpOptions = true,
            description = {"Set a new password for someone who signs in, e.g. an admin locked out. Every browser",
                "signed in to that account is signed out. The password is read from standard input as for add."})
    static final class SetPassword implements Runnable {
        @Spec
        picocli.CommandLine.Model.CommandSpec spec;

        @Mixin
        DataOptions data;

        @Option(names = "--email", required = true, paramLabel = "ADDRESS", description = "the email they sign in with")
        String email;

        @Override
        public void run() {
            String password = readPassword("password");
            try (Masthead masthead = Masthead.open(data.config(Config.Overrides.none()))) {
                User user = masthead.accounts().setPassword(Actor.system("command line"), email, password);
                spec.commandLine().getOut().println("New password set for " + user.email() + "; they can sign in at /admin/sign-in");
                spec.commandLine().getOut().flush();
            }
        }
    }

    /**
     * Whether a person is typing: Java 22 and later hand out a Console even when input is piped, and say
     * with isTerminal() whether it is one; this code is compiled for Java 21, hence the reflection.
     */
    private static boolean interactive(Console console) {
        if (console == null) {
            return false;
        }
        try {
            return (boolean) Console.class.getMethod("isTerminal").invoke(console);
        } catch (ReflectiveOperationException olderJava) {
            return true;
        }
    }

    private static String readPassword(String command) {
        Console console = System.console();
        if (interactive(console)) {
            char[] first = console.readPassword("Password: ");
            char[] second = console.readPassword("Password again: ");
            if (first == null || second == null || !Arrays.equals(first, second)) {
                throw new Invalid("the two passwords differ");
            }
            return new String(first);
        }
        try {
            String line = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
            if (line == null) {
                throw new Invalid("give the password on standard input, e.g. printf '%s\\n' \"$PASSWORD\" | ... user " + command + " ...");
            }
            return line;
        } catch (IOException e) {
            throw new Invalid("cannot read the password from standard input: " + e.getMessage());
        }
    }
}
