package org.masthead.admin;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.masthead.common.Role;
import org.masthead.account.User;
import org.masthead.platform.Database;
import org.masthead.settings.Setting;
import org.masthead.support.AdminClient;
import org.masthead.support.Http;
import org.masthead.support.RunningSite;

/** Mail settings, the test send, and a password reset by email, with GreenMail as a real SMTP server. */
class PasswordResetAndSettingsTest {
    private static final String PASSWORD = "correct horse battery";

    @RegisterExtension
    static final GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

    private RunningSite site;

    @BeforeEach
    void start() {
        site = RunningSite.empty(Database.Kind.SQLITE);
        User admin = site.magazine().accounts().createFirstAdmin("Ada Admin", "ada@example.org", PASSWORD, "");
        site.magazine().accounts().add(admin.asActor(""), "Ed Itor", "ed@example.org", Role.EDITOR, PASSWORD);
    }

    @AfterEach
    void stop() {
        site.close();
    }

    private void mailThroughGreenMail() {
        var settings = site.magazine().settings();
        settings.set(Setting.MAIL_HOST, "localhost");
        settings.set(Setting.MAIL_PORT, Integer.toString(smtp.getSmtp().getPort()));
        settings.set(Setting.MAIL_SECURITY, "none");
        settings.set(Setting.MAIL_FROM, "The Ledger <news@ledger.example>");
    }

    @Test
    void a_forgotten_password_is_reset_with_a_link_that_works_once() throws Exception {
        mailThroughGreenMail();
        var signedIn = new AdminClient(site.http().base());
        signedIn.signIn("ed@example.org", PASSWORD);
        var forgetful = new AdminClient(site.http().base());

        Http.Response asked = forgetful.submit("/admin/password-reset", "/admin/password-reset", Map.of("email", "ED@example.org"));

        assertThat(asked.html().selectFirst(".notice").text()).startsWith("If an account has this address, a link");
        assertThat(smtp.waitForIncomingEmail(5000, 1)).isTrue();
        MimeMessage mail = smtp.getReceivedMessages()[0];
        assertThat(mail.getAllRecipients()[0].toString()).isEqualTo("ed@example.org");
        assertThat(mail.getFrom()[0].toString()).isEqualTo("The Ledger <news@ledger.example>");
        Matcher link = Pattern.compile("(/admin/password-reset/[A-Za-z0-9_-]+)").matcher(GreenMailUtil.getBody(mail));
        assertThat(link.find()).isTrue();

        Http.Response reset = forgetful.submit(link.group(1), link.group(1), Map.of("password", "a whole new password",
                "password2", "a whole new password"));
        assertThat(reset.header("Location")).isEqualTo("/admin/sign-in?reset=done");
        assertThat(forgetful.signIn("ed@example.org", "a whole new password").status()).isEqualTo(303);
        assertThat(signedIn.get("/admin/").status()).as("the old session ended").isEqualTo(303);
        assertThat(forgetful.get(link.group(1)).html().selectFirst(".form-message").text()).contains("expired or was used");
    }

    @Test
    void eight_uses_of_one_link_at_once_set_one_password() throws Exception {
        mailThroughGreenMail();
        new AdminClient(site.http().base()).submit("/admin/password-reset", "/admin/password-reset", Map.of("email", "ed@example.org"));
        assertThat(smtp.waitForIncomingEmail(5000, 1)).isTrue();
        Matcher link = Pattern.compile("(/admin/password-reset/[A-Za-z0-9_-]+)").matcher(GreenMailUtil.getBody(smtp.getReceivedMessages()[0]));
        assertThat(link.find()).isTrue();
        String path = link.group(1);
        var start = new java.util.concurrent.CyclicBarrier(8);
        var uses = new ArrayList<java.util.concurrent.Future<Http.Response>>();

        try (var threads = Executors.newFixedThreadPool(8)) {
            for (int i = 0; i < 8; i++) {
                String password = "a whole new password " + i;
                uses.add(threads.submit(() -> {
                    var client = new AdminClient(site.http().base());
                    String token = AdminClient.csrfOf(client.get(path));
                    start.await();
                    return client.post(path, Map.of("_csrf", token, "password", password, "password2", password));
                }));
            }
        }

        var answers = new ArrayList<Http.Response>();
        for (var use : uses) {
            answers.add(use.get());
        }
        assertThat(answers).filteredOn(r -> r.status() == 303).hasSize(1);
        assertThat(answers).filteredOn(r -> r.status() == 400).hasSize(7)
                .allSatisfy(r -> assertThat(r.html().selectFirst(".form-message").text()).contains("expired or was used"));
        assertThat(site.magazine().audit().recent(site.magazine().accounts().find(1).asActor(""),
                new org.masthead.common.PageRequest(1, 50)).items()).filteredOn(e -> e.action().equals("account.password_reset")).hasSize(1);
    }

    @Test
    void a_mail_server_that_never_answers_does_not_slow_the_answer_for_a_known_or_unknown_address() throws Exception {
        var held = new java.util.concurrent.CopyOnWriteArrayList<Socket>();
        // Closed in reverse: the server socket first, which ends the accepting loop the executor then waits for.
        try (var accepting = Executors.newVirtualThreadPerTaskExecutor(); var silent = new ServerSocket(0)) {
            accepting.submit(() -> {
                while (true) {
                    held.add(silent.accept());
                }
            });
            var settings = site.magazine().settings();
            settings.set(Setting.MAIL_HOST, "localhost");
            settings.set(Setting.MAIL_PORT, Integer.toString(silent.getLocalPort()));
            settings.set(Setting.MAIL_SECURITY, "none");
            settings.set(Setting.MAIL_FROM, "news@ledger.example");

            for (String email : List.of("ed@example.org", "nobody@example.org")) {
                var asker = new AdminClient(site.http().base());
                long began = System.nanoTime();
                Http.Response asked = asker.submit("/admin/password-reset", "/admin/password-reset", Map.of("email", email));
                assertThat(Duration.ofNanos(System.nanoTime() - began)).as(email).isLessThan(Duration.ofSeconds(3));
                assertThat(asked.html().selectFirst(".notice").text()).startsWith("If an account has this address, a link");
            }
            for (Socket socket : held) {
                socket.close();
            }
        }
    }

    @Test
    void asking_for_an_unknown_address_looks_the_same_and_sends_nothing() {
        mailThroughGreenMail();
        var stranger = new AdminClient(site.http().base());

        Http.Response asked = stranger.submit("/admin/password-reset", "/admin/password-reset", Map.of("email", "nobody@example.org"));

        assertThat(asked.status()).isEqualTo(200);
        assertThat(asked.html().selectFirst(".notice").text()).startsWith("If an account has this address, a link");
        assertThat(smtp.waitForIncomingEmail(500, 1)).isFalse();
    }

    @Test
    void without_a_mail_server_the_reset_page_says_to_ask_an_admin() {
        Http.Response page = new AdminClient(site.http().base()).get("/admin/password-reset");

        assertThat(page.html().selectFirst(".form-message").text()).contains("cannot send email yet", "Ask an admin");
    }

    @Test
    void an_admin_sets_the_mail_server_checks_it_with_a_test_and_the_password_is_never_shown() throws Exception {
        var admin = new AdminClient(site.http().base());
        admin.signIn("ada@example.org", PASSWORD);

        Http.Response bad = admin.submit("/admin/settings/", "/admin/settings", Map.of("mail.port", "seventy"));
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.html().selectFirst("#mail\\.port-error").text()).isEqualTo("The mail port is a number from 1 to 65535.");

        Http.Response saved = admin.submit("/admin/settings/", "/admin/settings", Map.of("mail.host", "localhost",
                "mail.port", Integer.toString(smtp.getSmtp().getPort()), "mail.security", "none",
                "mail.user", "", "mail.password", "s3cret-pass", "mail.from", "news@ledger.example"));
        assertThat(saved.status()).isEqualTo(303);
        Http.Response page = admin.get("/admin/settings/");
        assertThat(page.body()).doesNotContain("s3cret-pass");
        assertThat(page.html().selectFirst("#mail\\.password-hint").text()).contains("Set; leave empty to keep it.");

        Http.Response test = admin.submit("/admin/settings/", "/admin/settings/test-mail", Map.of());
        assertThat(test.html().selectFirst(".notice").text()).startsWith("The mail server took the test message for ada@example.org");
        assertThat(smtp.waitForIncomingEmail(5000, 1)).isTrue();
        assertThat(site.magazine().audit().recent(site.magazine().accounts().find(1).asActor(""),
                new org.masthead.common.PageRequest(1, 20)).items()).anyMatch(e -> e.action().equals("settings.changed")
                && e.detail().contains("mail.password") && !e.detail().contains("s3cret"));
    }

    @Test
    void a_mail_server_that_cannot_be_reached_is_reported_in_plain_words() {
        var settings = site.magazine().settings();
        settings.set(Setting.MAIL_HOST, "localhost");
        settings.set(Setting.MAIL_PORT, "1");
        settings.set(Setting.MAIL_SECURITY, "none");
        settings.set(Setting.MAIL_FROM, "news@ledger.example");
        var admin = new AdminClient(site.http().base());
        admin.signIn("ada@example.org", PASSWORD);

        Http.Response test = admin.submit("/admin/settings/", "/admin/settings/test-mail", Map.of());

        assertThat(test.status()).isEqualTo(400);
        assertThat(test.html().selectFirst(".notice").text()).startsWith("The test did not go through: could not send through localhost:1");
    }

    @Test
    void only_an_admin_opens_the_settings() {
        var editor = new AdminClient(site.http().base());
        editor.signIn("ed@example.org", PASSWORD);

        assertThat(editor.get("/admin/settings/").status()).isEqualTo(403);
    }
}
