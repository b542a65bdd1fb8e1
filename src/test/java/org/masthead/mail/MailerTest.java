package org.masthead.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.masthead.support.FakeSmtp;

/** How the mailer reads a server's refusals, and how many connections it opens, over real SMTP. */
class MailerTest {
    @RegisterExtension
    static final GreenMailExtension greenMail = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

    private final Mailer mailer = new Mailer();

    private static MailSettings at(int port) {
        return new MailSettings("localhost", port, MailSettings.Security.NONE, "", "", "The Ledger <news@ledger.example>");
    }

    private static Message to(String address) {
        return Message.plain(address, "Hello", "Words.");
    }

    @Test
    void a_450_to_an_address_is_a_failure_for_now_of_that_address() throws Exception {
        try (var smtp = new FakeSmtp(address -> "450 4.2.0 Greylisted, try again later")) {
            assertThatThrownBy(() -> mailer.send(at(smtp.port()), to("ann@example.org")))
                    .isInstanceOfSatisfying(MailFailed.class, failed -> {
                        assertThat(failed.kind()).isEqualTo(MailFailed.Kind.DEFERRED);
                        assertThat(failed.getMessage()).contains("ann@example.org", "450", "Greylisted");
                    });
        }
    }

    @Test
    void a_550_to_an_address_is_a_permanent_refusal_of_that_address() throws Exception {
        try (var smtp = new FakeSmtp(address -> "550 5.1.1 No such user")) {
            assertThatThrownBy(() -> mailer.send(at(smtp.port()), to("ann@example.org")))
                    .isInstanceOfSatisfying(MailFailed.class, failed -> {
                        assertThat(failed.kind()).isEqualTo(MailFailed.Kind.PERMANENT);
                        assertThat(failed.getMessage()).contains("refused the address ann@example.org", "No such user");
                    });
        }
    }

    @Test
    void a_refused_address_leaves_the_connection_usable_for_the_next_message() throws Exception {
        try (var smtp = new FakeSmtp(address -> address.startsWith("bad") ? "550 5.1.1 No such user" : "250 OK");
                var connection = mailer.connect(at(smtp.port()))) {
            connection.send(to("ann@example.org"));
            assertThatThrownBy(() -> connection.send(to("bad@example.org"))).isInstanceOf(MailFailed.class);
            connection.send(to("bo@example.org"));

            assertThat(smtp.accepted()).containsExactly("ann@example.org", "bo@example.org");
            assertThat(smtp.connections()).isEqualTo(1);
        }
    }

    @Test
    void a_connection_carries_a_hundred_messages_before_it_opens_anew() throws Exception {
        try (var smtp = new FakeSmtp(address -> "250 OK"); var connection = mailer.connect(at(smtp.port()))) {
            for (int i = 0; i < 250; i++) {
                connection.send(to("reader" + i + "@example.org"));
            }

            assertThat(smtp.accepted()).hasSize(250);
            assertThat(connection.opened()).isEqualTo(3);
        }
        // The count on the server's side is read after the connection is closed: the last one is still being served.
    }

    @Test
    void every_message_of_a_reused_connection_reaches_greenmail() throws Exception {
        try (var connection = mailer.connect(at(greenMail.getSmtp().getPort()))) {
            for (int i = 0; i < 120; i++) {
                connection.send(to("reader" + i + "@example.org"));
            }
        }

        assertThat(greenMail.getReceivedMessages()).hasSize(120);
    }

    @Test
    void a_connection_the_server_dropped_is_opened_again_and_the_message_still_goes() throws Exception {
        try (var smtp = new FakeSmtp(address -> "250 OK", 1); var connection = mailer.connect(at(smtp.port()))) {
            connection.send(to("ann@example.org"));
            connection.send(to("bo@example.org"));

            assertThat(smtp.accepted()).containsExactly("ann@example.org", "bo@example.org");
            assertThat(connection.opened()).isEqualTo(2);
        }
    }
}
