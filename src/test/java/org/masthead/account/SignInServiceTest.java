package org.masthead.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.masthead.account.SignInService.Outcome;
import org.masthead.platform.Database;
import org.masthead.boot.Masthead;
import org.masthead.support.Magazines;
import org.masthead.support.MutableClock;
import org.masthead.common.Role;

@ParameterizedClass
@EnumSource(Database.Kind.class)
class SignInServiceTest {
    private static final String PASSWORD = "correct horse battery";

    @Parameter
    Database.Kind kind;

    @TempDir
    Path dataDir;

    private final MutableClock clock = MutableClock.at("2026-11-25T12:00:00Z");
    private Masthead magazine;
    private SignInService signIn;
    private User admin;

    @BeforeEach
    void open() {
        magazine = Magazines.open(kind, dataDir, clock);
        signIn = magazine.signIn();
        admin = magazine.accounts().createFirstAdmin("Ada Admin", "ada@example.org", PASSWORD, "");
    }

    @AfterEach
    void close() {
        magazine.close();
    }

    @Test
    void the_right_password_opens_a_session_and_a_wrong_one_says_nothing_about_which_part_was_wrong() {
        Outcome in = signIn.signIn("ADA@example.org ", PASSWORD, "198.51.100.1", "test");
        Outcome wrongPassword = signIn.signIn("ada@example.org", "not the password", "198.51.100.1", "test");
        Outcome unknown = signIn.signIn("who@example.org", PASSWORD, "198.51.100.1", "test");

        assertThat(in).isInstanceOfSatisfying(Outcome.SignedIn.class,
                s -> assertThat(signIn.resume(s.token())).get().extracting(Session::user).isEqualTo(admin));
        assertThat(wrongPassword).isEqualTo(unknown).isEqualTo(new Outcome.Refused("The email address or the password is not right."));
    }

    @Test
    void a_session_used_every_day_still_ends_thirty_days_after_its_sign_in_and_an_unused_one_after_fourteen() {
        String busy = ((Outcome.SignedIn) signIn.signIn("ada@example.org", PASSWORD, "198.51.100.1", "test")).token();
        String idle = ((Outcome.SignedIn) signIn.signIn("ada@example.org", PASSWORD, "198.51.100.1", "test")).token();

        for (int day = 1; day < 30; day++) {
            clock.advance(Duration.ofDays(1));
            assertThat(signIn.resume(busy)).as("day " + day).isPresent();
            if (day == 15) {
                assertThat(signIn.resume(idle)).as("unused for 15 days").isEmpty();
            }
        }
        clock.advance(Duration.ofDays(1));
        assertThat(signIn.resume(busy)).as("day 30").isEmpty();
    }

    @Test
    void twenty_wrong_guesses_at_once_for_one_account_get_exactly_five_password_checks() throws Exception {
        java.util.List<java.util.concurrent.Future<Outcome>> guesses = new java.util.ArrayList<>();
        try (var pool = java.util.concurrent.Executors.newFixedThreadPool(20)) {
            var start = new java.util.concurrent.CountDownLatch(1);
            for (int i = 0; i < 20; i++) {
                int n = i;
                guesses.add(pool.submit(() -> {
                    start.await();
                    return signIn.signIn("ada@example.org", "guess " + n, "198.51.100." + n, "test");
                }));
            }
            start.countDown();
        }
        long refused = 0;
        long held = 0;
        for (var guess : guesses) {
            Outcome outcome = guess.get();
            refused += outcome instanceof Outcome.Refused ? 1 : 0;
            held += outcome instanceof Outcome.Throttled ? 1 : 0;
        }

        assertThat(refused).as("guesses checked").isEqualTo(5);
        assertThat(held).isEqualTo(15);
    }

    @Test
    void five_failures_for_an_account_hold_it_back_for_fifteen_minutes() {
        for (int i = 0; i < 5; i++) {
            signIn.signIn("ada@example.org", "guess " + i, "198.51.100." + i, "test");
            clock.advance(Duration.ofSeconds(10));
        }

        Outcome held = signIn.signIn("ada@example.org", PASSWORD, "198.51.100.99", "test");
        assertThat(held).isInstanceOfSatisfying(Outcome.Throttled.class,
                t -> assertThat(t.retryAfter()).isBetween(Duration.ofMinutes(14), Duration.ofMinutes(15)));
        clock.advance(Duration.ofMinutes(15));
        assertThat(signIn.signIn("ada@example.org", PASSWORD, "198.51.100.99", "test")).isInstanceOf(Outcome.SignedIn.class);
    }

    @Test
    void twenty_failures_from_one_address_hold_back_every_account_from_it() {
        for (int i = 0; i < 20; i++) {
            signIn.signIn("user" + i + "@example.org", "guess", "203.0.113.5", "test");
        }

        assertThat(signIn.signIn("ada@example.org", PASSWORD, "203.0.113.5", "test")).isInstanceOf(Outcome.Throttled.class);
        assertThat(signIn.signIn("ada@example.org", PASSWORD, "203.0.113.6", "test")).isInstanceOf(Outcome.SignedIn.class);
    }

    @Test
    void a_session_ends_after_two_weeks_unused_but_lives_on_while_used() {
        String token = ((Outcome.SignedIn) signIn.signIn("ada@example.org", PASSWORD, "", "")).token();
        for (int day = 0; day < 20; day++) {
            clock.advance(Duration.ofDays(1));
            assertThat(signIn.resume(token)).as("day " + day).isPresent();
        }
        clock.advance(Duration.ofDays(15));
        assertThat(signIn.resume(token)).isEmpty();
    }

    @Test
    void signing_out_everywhere_ends_every_session_of_the_account() {
        String laptop = ((Outcome.SignedIn) signIn.signIn("ada@example.org", PASSWORD, "", "")).token();
        String phone = ((Outcome.SignedIn) signIn.signIn("ada@example.org", PASSWORD, "", "")).token();

        assertThat(signIn.signOutEverywhere(admin.asActor(""))).isEqualTo(2);
        assertThat(signIn.resume(laptop)).isEmpty();
        assertThat(signIn.resume(phone)).isEmpty();
    }

    @Test
    void a_new_password_signs_out_every_other_browser_of_the_account() {
        String laptop = ((Outcome.SignedIn) signIn.signIn("ada@example.org", PASSWORD, "", "")).token();
        String phone = ((Outcome.SignedIn) signIn.signIn("ada@example.org", PASSWORD, "", "")).token();

        magazine.accounts().changePassword(admin.asActor(""), admin.id(), PASSWORD, "another long password", laptop);

        assertThat(signIn.resume(laptop)).as("the browser that changed it").isPresent();
        assertThat(signIn.resume(phone)).isEmpty();
    }

    @Test
    void a_password_set_for_someone_ends_all_their_sessions_and_lets_them_in_with_it() {
        User editor = magazine.accounts().add(admin.asActor(""), "Ed Itor", "ed@example.org", Role.EDITOR, PASSWORD);
        String theirs = ((Outcome.SignedIn) signIn.signIn("ed@example.org", PASSWORD, "", "")).token();

        magazine.accounts().setPassword(org.masthead.common.Actor.system("command line"), " ED@example.org", "set by the admin");

        assertThat(signIn.resume(theirs)).isEmpty();
        assertThat(signIn.signIn("ed@example.org", "set by the admin", "", "")).isInstanceOf(Outcome.SignedIn.class);
        assertThatThrownBy(() -> magazine.accounts().setPassword(editor.asActor(""), "ada@example.org", "taken over now"))
                .isInstanceOf(org.masthead.common.Forbidden.class);
        assertThatThrownBy(() -> magazine.accounts().setPassword(org.masthead.common.Actor.system("x"), "who@example.org", "whatever long"))
                .isInstanceOfSatisfying(org.masthead.common.Invalid.class, e -> assertThat(e.field()).isEqualTo("email"));
    }

    @Test
    void with_a_second_factor_the_session_waits_for_a_code_that_is_never_accepted_twice() {
        String secret = magazine.accounts().startTwoFactor(admin.asActor(""), "Mag").secret();
        magazine.accounts().enableTwoFactor(admin.asActor(""), secret, TwoFactor.codeAt(secret, clock.instant()));
        clock.advance(Duration.ofMinutes(2));

        Outcome.SignedIn in = (Outcome.SignedIn) signIn.signIn("ada@example.org", PASSWORD, "", "");
        assertThat(in.secondFactorDue()).isTrue();
        assertThat(signIn.resume(in.token())).get().extracting(Session::secondFactorDue).isEqualTo(true);
        String code = TwoFactor.codeAt(secret, clock.instant());
        String wrong = code.equals("000000") ? "111111" : "000000";
        assertThat(signIn.secondFactor(in.token(), wrong, "")).isInstanceOf(Outcome.Refused.class);
        assertThat(signIn.secondFactor(in.token(), code, "")).isInstanceOf(Outcome.SignedIn.class);
        assertThat(signIn.resume(in.token())).get().extracting(Session::secondFactorDue).isEqualTo(false);

        Outcome.SignedIn again = (Outcome.SignedIn) signIn.signIn("ada@example.org", PASSWORD, "", "");
        assertThat(signIn.secondFactor(again.token(), code, "")).isInstanceOf(Outcome.Refused.class);
    }

    @Test
    void a_disabled_account_cannot_sign_in_and_its_sessions_stop_working() {
        User editor = magazine.accounts().add(admin.asActor(""), "Ed Itor", "ed@example.org", Role.EDITOR, PASSWORD);
        String token = ((Outcome.SignedIn) signIn.signIn("ed@example.org", PASSWORD, "", "")).token();

        magazine.accounts().setDisabled(admin.asActor(""), editor.id(), true);

        assertThat(signIn.resume(token)).isEmpty();
        assertThat(signIn.signIn("ed@example.org", PASSWORD, "", "")).isInstanceOf(Outcome.Refused.class);
    }
}
