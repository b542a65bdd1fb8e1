package org.masthead.cli;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.masthead.common.Actor;
import org.masthead.apikey.ApiKey;
import org.masthead.apikey.CreatedKey;
import org.masthead.platform.Config;
import org.masthead.boot.Masthead;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "apikey", mixinStandardHelpOptions = true,
        description = {"Make, list and revoke the keys programs call the APIs with.",
            "A content key reads published content (/ghost/api/content/, /api/); an admin key writes",
            "articles and uploads images (/ghost/api/admin/). Both work with Ghost's own client libraries."},
        subcommands = {ApiKeyCommand.Create.class, ApiKeyCommand.ListKeys.class, ApiKeyCommand.Revoke.class})
final class ApiKeyCommand {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

    @Command(name = "create", mixinStandardHelpOptions = true,
            description = {"Make a key and print it: a content key is 26 hex characters; an admin key is printed as",
                "id:secret. Keep it as you would a password: it is not shown again."})
    static final class Create implements Runnable {
        @Spec
        picocli.CommandLine.Model.CommandSpec spec;

        @Mixin
        DataOptions data;

        @Option(names = "--name", required = true, paramLabel = "NAME", description = "who or what will use it, e.g. Zapier")
        String name;

        @Option(names = "--kind", required = true, paramLabel = "KIND", description = "content or admin")
        String kind;

        @Override
        public void run() {
            ApiKey.Kind wanted = ApiKey.Kind.fromCode(kind);
            try (Masthead masthead = Masthead.open(data.config(Config.Overrides.none()))) {
                CreatedKey created = masthead.apiKeys().create(Actor.system("command line"), wanted, name);
                var out = spec.commandLine().getOut();
                out.println(created.printable());
                out.flush();
            }
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "List the keys (never their secrets).")
    static final class ListKeys implements Runnable {
        @Spec
        picocli.CommandLine.Model.CommandSpec spec;

        @Mixin
        DataOptions data;

        @Override
        public void run() {
            try (Masthead masthead = Masthead.open(data.config(Config.Overrides.none()))) {
                var out = spec.commandLine().getOut();
                var keys = masthead.apiKeys().list(Actor.system("command line"));
                if (keys.isEmpty()) {
                    out.println("No API keys yet; make one with: apikey create --name NAME --kind content|admin");
                }
                for (ApiKey key : keys) {
                    out.printf("%-4d %-8s %-26s %-30s made %s%s%n", key.id(), key.kind().code(), key.publicId(), key.name(),
                            WHEN.format(key.createdAt()),
                            key.isRevoked() ? ", revoked " + WHEN.format(key.revokedAt())
                                    : key.lastUsedAt() == null ? ", never used" : ", last used " + WHEN.format(key.lastUsedAt()));
                }
                out.flush();
            }
        }
    }

    @Command(name = "revoke", mixinStandardHelpOptions = true, description = "Stop a key working, at once.")
    static final class Revoke implements Runnable {
        @Spec
        picocli.CommandLine.Model.CommandSpec spec;

        @Mixin
        DataOptions data;

        @Parameters(paramLabel = "ID", description = "the key's number, as 'apikey list' shows it")
        long id;

        @Override
        public void run() {
            try (Masthead masthead = Masthead.open(data.config(Config.Overrides.none()))) {
                masthead.apiKeys().revoke(Actor.system("command line"), id);
                spec.commandLine().getOut().println("Key " + id + " is revoked; calls made with it are refused.");
                spec.commandLine().getOut().flush();
            }
        }
    }
}
