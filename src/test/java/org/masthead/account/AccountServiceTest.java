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
import org.masthead.common.Forbidden;
import org.masthead.common.Invalid;
import org.masthead.platform.Database;
import org.masthead.boot.Masthead;
import org.masthead.support.Magazines;
import org.masthead.support.MutableClock;
import org.masthead.common.Actor;
import org.masthead.common.Role;

@ParameterizedClass
@EnumSource(Database.Kind.class)
class AccountServiceTest {
    private static final String PASSWORD = "correct horse battery";

    @Parameter
    Database.Kind kind;

    @TempDir
    Path dataDir;

    private final MutableClock clock = MutableClock.at("2026-11-25T12:00:00Z");
    private Masthead magazine;
    private AccountService accounts;

    @BeforeEach
    void open() {
        magazine = Magazines.open(kind, dataDir, clock);
        accounts = magazine.accounts();
    }

    @AfterEach
    void close() {
        magazine.close();
    }

    @Test
    void the_first_admin_can_be_created_once_only() {
        assertThat(accounts.needsFirstAdmin()).isTrue();
        User admin = accounts.createFirstAdmin("Ada Admin", " Ada@Example.ORG ", PASSWORD, "127.0.0.1");

        assertThat(admin.email()).isEqualTo("ada@example.org");
        assertThat(admin.role()).isEqualTo(Role.ADMIN);
        assertThat(accounts.needsFirstAdmin()).isFalse();
        assertThatThrownBy(() -> accounts.createFirstAdmin("Eve", "eve@example.org", PASSWORD, "10.0.0.1"))
                .isInstanceOf(Forbidden.class);
    }

    @Test
    void passwords_are_stored_as_argon2id_hashes_never_as_given() {
        User admin = accounts.createFirstAdmin("Ada Admin", "ada@example.org", PASSWORD, "");
        String stored = magazine.database().read(h -> h.createQuery("SELECT password_hash FROM users WHERE id = :id")
                .bind("id", admin.id()).mapTo(String.class).one());

        assertThat(stored).startsWith("$argon2id$v=19$m=19456,t=2,p=1$").doesNotContain(PASSWORD);
    }

    @Test
    void only_an_admin_adds_people_and_a_password_must_be_long_enough() {
        Actor admin = accounts.createFirstAdmin("Ada Admin", "ada@example.org", PASSWORD, "").asActor("");
        User editor = accounts.add(admin, "Ed Itor", "ed@example.org", Role.EDITOR, PASSWORD);

        assertThatThrownBy(() -> accounts.add(editor.asActor(""), "Con Tributor", "con@example.org", Role.CONTRIBUTOR, PASSWORD))
                .isInstanceOf(Forbidden.class).hasMessage("only an admin can add people");
        assertThatThrownBy(() -> accounts.add(admin, "Short", "short@example.org", Role.AUTHOR, "tooshort"))
                .isInstanceOfSatisfying(Invalid.class, e -> assertThat(e.field()).isEqualTo("password"));
        assertThatThrownBy(() -> accounts.add(admin, "Ed Again", "ED@example.org", Role.AUTHOR, PASSWORD))
                .isInstanceOfSatisfying(Invalid.class, e -> assertThat(e.getMessage()).contains("exists already"));
        assertThatThrownBy(() -> accounts.add(admin, "Nobody", "not an address", Role.AUTHOR, PASSWORD))
                .isInstanceOfSatisfying(Invalid.class, e -> assertThat(e.field()).isEqualTo("email"));
    }

    @Test
    void the_last_admin_cannot_stop_being_one() {
        User admin = accounts.createFirstAdmin("Ada Admin", "ada@example.org", PASSWORD, "");

        assertThatThrownBy(() -> accounts.changeRole(admin.asActor(""), admin.id(), Role.EDITOR))
                .isInstanceOf(Invalid.class).hasMessageContaining("at least one admin");
        User second = accounts.add(admin.asActor(""), "Bo Admin", "bo@example.org", Role.ADMIN, PASSWORD);
        accounts.changeRole(second.asActor(""), admin.id(), Role.EDITOR);
        assertThat(accounts.find(admin.id()).role()).isEqualTo(Role.EDITOR);
    }

    @Test
    void one_changes_ones_own_password_with_the_current_one() {
        User admin = accounts.createFirstAdmin("Ada Admin", "ada@example.org", PASSWORD, "");
        Actor self = admin.asActor("");

        assertThatThrownBy(() -> accounts.changePassword(self, admin.id(), "wrong one", "a brand new password", null))
                .isInstanceOfSatisfying(Invalid.class, e -> assertThat(e.field()).isEqualTo("current"));
        accounts.changePassword(self, admin.id(), PASSWORD, "a brand new password", null);
        assertThat(magazine.signIn().signIn("ada@example.org", "a brand new password", "", ""))
                .isInstanceOf(SignInService.Outcome.SignedIn.class);
    }

    @Test
    void a_second_factor_is_turned_on_only_with_a_code_from_its_secret() {
        User admin = accounts.createFirstAdmin("Ada Admin", "ada@example.org", PASSWORD, "");
        Actor self = admin.asActor("");
        TwoFactorEnrolment enrolment = accounts.startTwoFactor(self, "The Ledger");

        assertThat(enrolment.uri()).startsWith("otpauth://totp/The%20Ledger:ada%40example.org?secret=" + enrolment.secret());
        assertThatThrownBy(() -> accounts.enableTwoFactor(self, enrolment.secret(), "000000")).isInstanceOf(Invalid.class);
        accounts.enableTwoFactor(self, enrolment.secret(), TwoFactor.codeAt(enrolment.secret(), clock.instant()));
        assertThat(accounts.find(admin.id()).twoFactorEnabled()).isTrue();
    }

    @Test
    void turning_off_ones_own_second_factor_asks_for_ones_password_and_an_admin_turns_off_anothers_without_it() {
        User admin = accounts.createFirstAdmin("Ada Admin", "ada@example.org", PASSWORD, "");
        User editor = accounts.add(admin.asActor(""), "Ed Itor", "ed@example.org", Role.EDITOR, PASSWORD);
        for (User user : java.util.List.of(admin, editor)) {
            TwoFactorEnrolment enrolment = accounts.startTwoFactor(user.asActor(""), "The Ledger");
            accounts.enableTwoFactor(user.asActor(""), enrolment.secret(), TwoFactor.codeAt(enrolment.secret(), clock.instant()));
        }

        assertThatThrownBy(() -> accounts.disableTwoFactor(editor.asActor(""), editor.id(), null)).isInstanceOf(Invalid.class);
        assertThatThrownBy(() -> accounts.disableTwoFactor(editor.asActor(""), editor.id(), "not my password"))
                .isInstanceOf(Invalid.class).hasMessageContaining("password");
        assertThat(accounts.find(editor.id()).twoFactorEnabled()).isTrue();
        accounts.disableTwoFactor(editor.asActor(""), editor.id(), PASSWORD);
        assertThat(accounts.find(editor.id()).twoFactorEnabled()).isFalse();

        String again = accounts.startTwoFactor(editor.asActor(""), "The Ledger").secret();
        clock.advance(Duration.ofMinutes(1));
        accounts.enableTwoFactor(editor.asActor(""), again, TwoFactor.codeAt(again, clock.instant()));
        accounts.disableTwoFactor(admin.asActor(""), editor.id(), null);
        assertThat(accounts.find(editor.id()).twoFactorEnabled()).isFalse();
    }

    @Test
    void every_account_change_is_in_the_audit_log() {
        User admin = accounts.createFirstAdmin("Ada Admin", "ada@example.org", PASSWORD, "192.0.2.7");
        User editor = accounts.add(admin.asActor("192.0.2.7"), "Ed Itor", "ed@example.org", Role.EDITOR, PASSWORD);
        clock.advance(Duration.ofMinutes(1));
        accounts.changeRole(admin.asActor("192.0.2.7"), editor.id(), Role.AUTHOR);

        assertThat(magazine.audit().about("user", editor.id()))
                .extracting(e -> e.action() + " by " + e.actor() + " from " + e.address())
                .containsExactly("account.created by Ada Admin from 192.0.2.7", "account.role_changed by Ada Admin from 192.0.2.7");
    }
}
