package org.masthead.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.io.ByteArrayOutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.masthead.account.User;
import org.masthead.common.Role;
import org.masthead.platform.Database;
import org.masthead.support.AdminClient;
import org.masthead.support.Http;
import org.masthead.support.Pictures;
import org.masthead.support.RunningSite;
import org.slf4j.LoggerFactory;

/** Input a browser would never send, over HTTP: refused with a 4xx that says so, never a 500 or a stack trace. */
class BadInputTest {
    private static final String PASSWORD = "correct horse battery";
    private RunningSite site;
    private AdminClient editor;

    @BeforeEach
    void start() {
        site = RunningSite.empty(Database.Kind.SQLITE);
        User admin = site.magazine().accounts().createFirstAdmin("Ada Admin", "ada@example.org", PASSWORD, "");
        site.magazine().accounts().add(admin.asActor(""), "Ed Itor", "ed@example.org", Role.EDITOR, PASSWORD);
        editor = new AdminClient(site.http().base());
        editor.signIn("ed@example.org", PASSWORD);
    }

    @AfterEach
    void stop() {
        site.close();
    }

    @Test
    void an_origin_header_that_cannot_be_read_is_refused_as_another_sites_form() {
        String token = AdminClient.csrfOf(editor.get("/admin/account/"));

        for (String origin : new String[] {"http://[::1", "x", "http://"}) {
            Http.Response refused = editor.post("/admin/account/sign-out-everywhere", Map.of("_csrf", token), Map.of("Origin", origin));

            assertThat(refused.status()).as(origin).isEqualTo(403);
        }
        assertThat(editor.get("/admin/").status()).as("still signed in").isEqualTo(200);
    }

    @Test
    void a_nul_in_an_uploaded_files_name_is_a_bad_request() {
        Http.Response refused = editor.upload("/admin/media/", "/admin/media", Map.of("alt", "Quay", "kind", "photo",
                "licence", "cc0-1.0"), "quay\u0000.jpg", Pictures.jpeg(200, 200));

        assertThat(refused.status()).isEqualTo(400);
    }

    @Test
    void a_multipart_body_cut_short_is_a_bad_request() {
        String token = AdminClient.csrfOf(editor.get("/admin/media/"));
        var body = new ByteArrayOutputStream();
        body.writeBytes(("--cut\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + token + "\r\n"
                + "--cut\r\nContent-Disposition: form-data; name=\"file\"; filename=\"quay.jpg\"\r\n"
                + "Content-Type: image/jpeg\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        byte[] picture = Pictures.jpeg(200, 200);
        body.write(picture, 0, picture.length / 2);

        Http.Response refused = editor.post("/admin/media", "multipart/form-data; boundary=cut", body.toByteArray());

        assertThat(refused.status()).isEqualTo(400);
    }

    @Test
    void a_client_that_hangs_up_mid_body_is_one_line_at_info_not_a_stack_trace() throws Exception {
        var logs = new ListAppender<ILoggingEvent>();
        logs.start();
        var root = ((LoggerContext) LoggerFactory.getILoggerFactory()).getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        root.addAppender(logs);
        var server = ((LoggerContext) LoggerFactory.getILoggerFactory()).getLogger("org.masthead");
        Level was = server.getLevel();
        server.setLevel(Level.INFO);
        try {
            for (String path : new String[] {"/admin/sign-in", "/admin/password-reset"}) {
                try (var socket = new Socket(site.http().base().getHost(), site.http().base().getPort())) {
                    socket.getOutputStream().write(("POST " + path + " HTTP/1.1\r\nHost: localhost\r\n"
                            + "Content-Type: application/x-www-form-urlencoded\r\nContent-Length: 100000\r\n\r\nemail=ada@")
                            .getBytes(StandardCharsets.ISO_8859_1));
                    socket.getOutputStream().flush();
                }
            }
            // The server's threads log the hang-ups when they notice them: wait for both, five seconds at most.
            await().atMost(Duration.ofSeconds(5)).until(() -> hangUpsLogged(logs) >= 2);
        } finally {
            root.detachAppender(logs);
            server.setLevel(was);
        }

        assertThat(logs.list).noneMatch(e -> e.getLevel().isGreaterOrEqual(Level.WARN));
        assertThat(logs.list).noneMatch(e -> e.getThrowableProxy() != null);
        assertThat(logs.list).filteredOn(e -> e.getFormattedMessage().contains("hung up")).hasSize(2);
    }

    private static long hangUpsLogged(ListAppender<ILoggingEvent> logs) {
        // The appender adds under its own lock; reading under it sees a whole list.
        synchronized (logs) {
            return logs.list.stream().filter(e -> e.getFormattedMessage().contains("hung up")).count();
        }
    }
}
