package org.masthead.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.masthead.account.User;
import org.masthead.boot.Masthead;
import org.masthead.common.Role;
import org.masthead.media.Image;
import org.masthead.support.AdminClient;
import org.masthead.support.Http;
import org.masthead.support.Pictures;
import org.masthead.support.Cluster;
import org.masthead.support.TestS3;

/**
 * Two servers of one magazine, each with its own data directory, on one PostgreSQL and with their pictures in one
 * bucket of a real S3-compatible server: a picture uploaded on one is served by the other, as behind a load balancer.
 */
class SharedPicturesTest {
    private static final String PASSWORD = "correct horse battery";
    private Cluster cluster;
    private List<Masthead> servers;
    private List<Http> http;
    private String bucket;

    @BeforeEach
    void start() throws Exception {
        bucket = TestS3.newBucket();
        cluster = Cluster.of(2, TestS3.settings(bucket), java.time.Clock.systemUTC());
        servers = cluster.servers();
        http = cluster.http();
        User admin = servers.get(0).accounts().createFirstAdmin("Ada Admin", "ada@example.org", PASSWORD, "");
        servers.get(0).accounts().add(admin.asActor(""), "Ed Itor", "ed@example.org", Role.EDITOR, PASSWORD);
    }

    @AfterEach
    void stop() {
        cluster.close();
    }

    private static HttpResponse<byte[]> fetch(Http server, String path) throws Exception {
        try (var client = HttpClient.newHttpClient()) {
            return client.send(HttpRequest.newBuilder(server.base().resolve(path)).build(), HttpResponse.BodyHandlers.ofByteArray());
        }
    }

    @Test
    void a_picture_uploaded_through_the_admin_on_one_server_is_served_by_the_other_from_the_bucket() throws Exception {
        var editor = new AdminClient(http.get(0).base());
        editor.signIn("ed@example.org", PASSWORD);

        Http.Response uploaded = editor.upload("/admin/media/", "/admin/media", Map.of("alt", "Cranes over the quay",
                "caption", "", "kind", "photo", "credit", "Ann Photographer", "licence", "cc-by-4.0"), "quay.jpg",
                Pictures.jpeg(1600, 900));

        assertThat(uploaded.status()).isEqualTo(303);
        long id = Long.parseLong(uploaded.header("Location").replaceAll("^/admin/media/(\\d+)\\?.*$", "$1"));
        Image image = servers.get(1).media().find(id);
        HttpResponse<byte[]> served = fetch(http.get(1), "/media/" + image.fileName());
        assertThat(served.statusCode()).isEqualTo(200);
        assertThat(served.headers().firstValue("Content-Type")).hasValue("image/jpeg");
        assertThat(served.headers().firstValue("Cache-Control")).hasValue("public, max-age=31536000, immutable");
        try (var s3 = TestS3.client()) {
            assertThat(served.body()).isEqualTo(s3.getObjectAsBytes(b -> b.bucket(bucket).key(image.fileName())).asByteArray());
        }
        assertThat(fetch(http.get(1), "/media/" + image.fileName().replace(".jpg", "-800w.jpg")).statusCode()).isEqualTo(200);
        try (var client = HttpClient.newHttpClient()) {
            var head = client.send(HttpRequest.newBuilder(http.get(1).base().resolve("/media/" + image.fileName()))
                    .method("HEAD", HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.discarding());
            assertThat(head.statusCode()).isEqualTo(200);
            assertThat(head.headers().firstValueAsLong("Content-Length")).hasValue(served.body().length);
        }
        for (Path dataDir : cluster.dataDirs()) {
            assertThat(dataDir.resolve("media").resolve(image.fileName())).as("kept in the bucket only").doesNotExist();
        }
    }

    @Test
    void a_picture_the_bucket_does_not_hold_is_not_found_on_either_server() throws Exception {
        for (Http server : http) {
            assertThat(fetch(server, "/media/nobody-uploaded-this.jpg").statusCode()).isEqualTo(404);
            assertThat(fetch(server, "/media/files/nor-this.pdf").statusCode()).isEqualTo(404);
        }
    }
}
