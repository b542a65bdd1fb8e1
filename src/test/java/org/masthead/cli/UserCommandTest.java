package org.masthead.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.masthead.common.Role;
import org.masthead.platform.Config;
import org.masthead.boot.Masthead;

class UserCommandTest {
    @TempDir
    Path dataDir;

    private int run(String stdin, StringWriter out, StringWriter err, String... args) {
        InputStream original = System.in;
        System.setIn(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)));
        try {
            return Main.commandLine().setOut(new PrintWriter(out)).setErr(new PrintWriter(err)).execute(args);
        } finally {
            System.setIn(original);
        }
    }

    @Test
    void user_add_reads_the_password_from_standard_input_and_the_admin_can_then_sign_in() {
        var out = new StringWriter();
        int status = run("a very long password\n", out, new StringWriter(),
                "user", "add", "--data", dataDir.toString(), "--email", "Ada@Example.org", "--role", "admin", "--name", "Ada Admin");

        assertThat(status).isZero();
        assertThat(out.toString()).startsWith("Added admin ada@example.org");
        try (Masthead magazine = Masthead.open(Config.load(dataDir, java.util.Map.of(), Config.Overrides.none()))) {
            assertThat(magazine.accounts().needsFirstAdmin()).isFalse();
            assertThat(magazine.signIn().signIn("ada@example.org", "a very long password", "", ""))
                    .isInstanceOf(org.masthead.account.SignInService.Outcome.SignedIn.class);
            assertThat(magazine.accounts().find(1).role()).isEqualTo(Role.ADMIN);
        }
    }

    @Test
    void user_password_lets_a_locked_out_admin_back_in() {
        run("a very long password\n", new StringWriter(), new StringWriter(),
                "user", "add", "--data", dataDir.toString(), "--email", "ada@example.org", "--role", "admin");
        var out = new StringWriter();
        var err = new StringWriter();

        int status = run("the one I will remember\n", out, err, "user", "password", "--data", dataDir.toString(), "--email", "ADA@example.org");
        int unknown = run("the one I will remember\n", new StringWriter(), err, "user", "password", "--data", dataDir.toString(),
                "--email", "bo@example.org");

        assertThat(status).isZero();
        assertThat(out.toString()).startsWith("New password set for ada@example.org");
        assertThat(unknown).isEqualTo(2);
        assertThat(err.toString()).contains("no one signs in as bo@example.org");
        try (Masthead magazine = Masthead.open(Config.load(dataDir, java.util.Map.of(), Config.Overrides.none()))) {
            assertThat(magazine.signIn().signIn("ada@example.org", "the one I will remember", "", ""))
                    .isInstanceOf(org.masthead.account.SignInService.Outcome.SignedIn.class);
        }
    }

    @Test
    void a_short_password_a_bad_role_or_no_password_get_one_clear_line() {
        var err = new StringWriter();
        assertThat(run("short\n", new StringWriter(), err, "user", "add", "--data", dataDir.toString(),
                "--email", "a@example.org", "--role", "admin")).isEqualTo(2);
        assertThat(err.toString()).isEqualToIgnoringNewLines("add: a password needs at least 10 characters");

        var badRole = new StringWriter();
        assertThat(run("a very long password\n", new StringWriter(), badRole, "user", "add", "--data", dataDir.toString(),
                "--email", "a@example.org", "--role", "owner")).isEqualTo(2);
        assertThat(badRole.toString()).contains("no role 'owner'");

        var none = new StringWriter();
        assertThat(run("", new StringWriter(), none, "user", "add", "--data", dataDir.toString(),
                "--email", "a@example.org", "--role", "admin")).isEqualTo(2);
        assertThat(none.toString()).contains("give the password on standard input");
    }
}
