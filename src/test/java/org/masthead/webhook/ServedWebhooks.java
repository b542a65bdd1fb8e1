package org.masthead.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.masthead.article.Article;
import org.masthead.article.BodyFormat;
import org.masthead.article.DraftInput;
import org.masthead.boot.Masthead;
import org.masthead.common.Actor;
import org.masthead.common.PageRequest;
import org.masthead.platform.Config;
import org.masthead.platform.Database;
import org.masthead.support.MutableClock;
import org.masthead.support.TestPostgres;
import org.masthead.support.WebhookReceiver;

/**
 * A magazine served on a test clock, with an admin and a real local receiver for its webhooks, for the webhook
 * tests on either database (the subclass says which).
 */
abstract class ServedWebhooks {
    /** The system actor test data is written as, through the doors imports use. */
    static final Actor SYSTEM = Actor.system("test");

    @TempDir
    Path dataDir;

    final MutableClock clock = MutableClock.at("2026-11-25T09:00:00Z");
    final WebhookReceiver receiver = new WebhookReceiver();
    Map<String, String> env;
    Masthead magazine;
    Actor admin;
    int port;

    @BeforeEach
    void serve() {
        env = new HashMap<>(Map.of("MASTHEAD_WEBHOOKS_PRIVATE_TARGETS", "allow", "MASTHEAD_BASE_URL", "https://ledger.example"));
        if (kind() == Database.Kind.POSTGRESQL) {
            env.put("MASTHEAD_DATABASE_URL", TestPostgres.newDatabaseUrl());
        }
        magazine = open();
        port = magazine.serve();
        admin = magazine.accounts().createFirstAdmin("Ada Admin", "ada@example.org", "correct horse battery", "").asActor("");
    }

    Masthead open() {
        return Masthead.open(Config.load(dataDir, env, new Config.Overrides("127.0.0.1", 0)), clock);
    }

    @AfterEach
    void close() {
        if (magazine != null) {
            magazine.close();
        }
        receiver.close();
    }

    CreatedWebhook hook(String event) {
        return magazine.webhooks().add(admin, "Newsletter tool", event, receiver.url("/hooks/" + event));
    }

    Article draft(String title) {
        return magazine.workflow().write(admin, new DraftInput(title, null, "A dek for " + title, BodyFormat.MARKDOWN,
                "The first paragraph, with [a link](/about-us/).", List.of("Ann Lee"), List.of("Shipping"), null),
                magazine.accounts().bylineOf(admin));
    }


    /** The database this run of the test class is on. */
    abstract Database.Kind kind();

    Delivery only(CreatedWebhook created) {
        var items = magazine.webhooks().deliveries(admin, created.webhook().id(), new PageRequest(1, 10)).items();
        assertThat(items).hasSize(1);
        return items.getFirst();
    }
}

