package org.masthead.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
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
import org.masthead.support.TestS3;

/** A magazine whose bucket cannot be reached says so plainly: to readers (a 503 page) and to an editor uploading. */
class PictureStoreUnavailableTest {
    private static final String PASSWORD = "correct horse battery";
    private RunningSite site;

    @BeforeEach
    void start() throws IOException {
        int closed;
        try (var socket = new java.net.ServerSocket(0)) {
            closed = socket.getLocalPort();
        }
        // Set up in the data directory's masthead.properties, as an operator may instead of the environment.
        String settings = "media.s3.bucket=magazine-pictures\nmedia.s3.endpoint=http://127.0.0.1:" + closed
                + "\nmedia.s3.access-key=" + TestS3.ACCESS_KEY + "\nmedia.s3.secret-key=" + TestS3.SECRET_KEY + "\n";
        site = RunningSite.withDataDir(Database.Kind.SQLITE, dir -> {
            try {
                Files.writeString(dir.resolve("masthead.properties"), settings);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    @AfterEach
    void stop() {
        site.close();
    }

    @Test
    void a_reader_asking_for_a_picture_gets_a_page_saying_the_picture_store_is_unavailable_not_a_stack_trace() {
        Http.Response answer = site.http().get("/media/quay-k3m9x2q7wd.jpg");

        assertThat(answer.status()).isEqualTo(503);
        assertThat(answer.header("Retry-After")).isEqualTo("60");
        assertThat(answer.html().text()).containsIgnoringCase("the picture store is unavailable").doesNotContain("Exception")
                .doesNotContain(TestS3.SECRET_KEY);
        assertThat(site.http().get("/media/files/notes.pdf").status()).isEqualTo(503);
    }

    @Test
    void an_upload_is_refused_saying_the_picture_store_is_unavailable() {
        User admin = site.magazine().accounts().createFirstAdmin("Ada Admin", "ada@example.org", PASSWORD, "");
        site.magazine().accounts().add(admin.asActor(""), "Ed Itor", "ed@example.org", Role.EDITOR, PASSWORD);
        var editor = new AdminClient(site.http().base());
        editor.signIn("ed@example.org", PASSWORD);

        Http.Response refused = editor.upload("/admin/media/", "/admin/media", Map.of("alt", "Cranes over the quay",
                "caption", "", "kind", "photo", "credit", "Ann Photographer", "licence", "cc-by-4.0"), "quay.jpg",
                Pictures.jpeg(800, 600));

        assertThat(refused.status()).isEqualTo(503);
        assertThat(refused.html().text()).containsIgnoringCase("the picture store is unavailable").doesNotContain("Exception");
        assertThat(site.magazine().media().library(new org.masthead.common.PageRequest(1, 10)).items()).isEmpty();
    }
}
