package org.masthead.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.masthead.common.Invalid;
import org.masthead.platform.Database;
import org.masthead.boot.Masthead;
import org.masthead.support.Magazines;
import org.masthead.support.MutableClock;

/** Password reset links spent at the service, on SQLite and PostgreSQL. */
@ParameterizedClass
@EnumSource(Database.Kind.class)
class PasswordResetsTest {
    @Parameter
    Database.Kind kind;

    @TempDir
    Path dataDir;

    private final MutableClock clock = MutableClock.at("2026-11-25T12:00:00Z");
    private Masthead magazine;
    private User admin;

    @BeforeEach
    void open() {
        magazine = Magazines.open(kind, dataDir, clock);
        admin = magazine.accounts().createFirstAdmin("Ada Admin", "ada@example.org", "correct horse battery", "");
    }

    @AfterEach
    void close() {
        magazine.close();
    }

    @Test
    void eight_uses_of_one_link_at_once_set_one_password() throws Exception {
        String token = Tokens.fresh();
        new ResetStore(magazine.database()).insert(Tokens.hash(token), admin.id(), clock.instant().plus(PasswordResets.LIFETIME));
        var start = new CyclicBarrier(8);
        var uses = new ArrayList<Future<String>>();

        try (var threads = Executors.newFixedThreadPool(8)) {
            for (int i = 0; i < 8; i++) {
                String password = "a whole new password " + i;
                uses.add(threads.submit(() -> {
                    start.await();
                    magazine.passwordResets().reset(token, password, "198.51.100.1");
                    return password;
                }));
            }
        }

        var set = new ArrayList<String>();
        var refused = new ArrayList<Throwable>();
        for (var use : uses) {
            try {
                set.add(use.get());
            } catch (ExecutionException e) {
                refused.add(e.getCause());
            }
        }
        assertThat(set).hasSize(1);
        assertThat(refused).hasSize(7).allSatisfy(e -> assertThat(e).isInstanceOf(Invalid.class).hasMessageContaining("was used already"));
        assertThat(magazine.signIn().signIn("ada@example.org", set.getFirst(), "198.51.100.1", "test"))
                .isInstanceOf(SignInService.Outcome.SignedIn.class);
    }
}
