package org.masthead.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.HexFormat;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.masthead.common.Actor;
import org.masthead.common.Role;
import org.masthead.account.User;
import org.masthead.apikey.ApiKey;
import org.masthead.platform.Database;
import org.masthead.support.AdminClient;
import org.masthead.support.Http;
import org.masthead.support.Pictures;
import org.masthead.support.RunningSite;

/** While two pictures are being processed, another upload waits a moment, then is asked to come back: over HTTP. */
class BusyPicturesTest {
    private static final String PASSWORD = "correct horse battery";
    private RunningSite site;
    private PictureGate gate;

    @BeforeEach
    void start() {
        site = RunningSite.empty(Database.Kind.SQLITE);
        gate = site.magazine().media().gate();
        gate.patience(Duration.ofMillis(200));
        gate.turns().acquireUninterruptibly(2);
    }

    @AfterEach
    void stop() {
        gate.turns().release(2);
        site.close();
    }

    @Test
    void an_upload_on_the_media_screen_is_refused_with_a_503_to_retry_when_no_turn_comes() {
        User admin = site.magazine().accounts().createFirstAdmin("Ada Admin", "ada@example.org", PASSWORD, "");
        site.magazine().accounts().add(admin.asActor(""), "Ed Itor", "ed@example.org", Role.EDITOR, PASSWORD);
        var editor = new AdminClient(site.http().base());
        editor.signIn("ed@example.org", PASSWORD);

        Http.Response refused = editor.upload("/admin/media", "/admin/media", Map.of("alt", "Cranes", "caption", "", "kind",
                "photo", "credit", "Ann", "creditUrl", "", "licence", "cc-by-4.0"), "quay.jpg", Pictures.jpeg(400, 300));

        assertThat(refused.status()).isEqualTo(503);
        assertThat(refused.header("Retry-After")).isEqualTo("60");
        assertThat(site.magazine().media().library(new org.masthead.common.PageRequest(1, 10)).items()).isEmpty();
    }

    @Test
    void an_upload_through_the_ghost_admin_api_is_refused_with_a_503_to_retry_when_no_turn_comes() throws Exception {
        String[] key = site.magazine().apiKeys().create(Actor.system("test"), ApiKey.Kind.ADMIN, "Zapier").printable().split(":");

        Http.Response refused = ghostUpload(key[0], HexFormat.of().parseHex(key[1]), Pictures.jpeg(400, 300));

        assertThat(refused.status()).isEqualTo(503);
        assertThat(refused.header("Retry-After")).isEqualTo("60");
        assertThat(refused.body()).contains("\"type\":\"MaintenanceError\"");
    }

    @Test
    void an_imported_picture_waits_for_its_turn_instead_of_failing() throws Exception {
        User admin = site.magazine().accounts().createFirstAdmin("Ada Admin", "ada@example.org", PASSWORD, "");
        var imported = Thread.ofVirtual().start(() -> site.magazine().media().uploadImported(admin.asActor(""), "quay.jpg",
                Pictures.jpeg(400, 300), new ImageDetails("Cranes", "", CreditKind.PHOTO, "Ann", null, Licence.CC_BY_4_0)));
        await("the import queues for a turn").atMost(Duration.ofSeconds(5)).until(gate.turns()::hasQueuedThreads);
        assertThat(imported.isAlive()).as("still waiting, past the 200 ms an upload would wait").isTrue();

        gate.turns().release(2);
        imported.join(10_000);
        gate.turns().acquireUninterruptibly(2);

        assertThat(imported.isAlive()).isFalse();
        assertThat(site.magazine().media().library(new org.masthead.common.PageRequest(1, 10)).items()).hasSize(1);
    }

    private Http.Response ghostUpload(String keyId, byte[] secret, byte[] picture) throws Exception {
        Instant now = Instant.now();
        var claims = new com.nimbusds.jwt.JWTClaimsSet.Builder().issueTime(Date.from(now)).expirationTime(Date.from(now.plusSeconds(240)))
                .audience("/admin/").build();
        var jwt = new com.nimbusds.jwt.SignedJWT(new com.nimbusds.jose.JWSHeader.Builder(com.nimbusds.jose.JWSAlgorithm.HS256)
                .keyID(keyId).build(), claims);
        jwt.sign(new com.nimbusds.jose.crypto.MACSigner(secret));
        String boundary = "----masthead" + System.nanoTime();
        var body = new ByteArrayOutputStream();
        body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"quay.jpg\"\r\n"
                + "Content-Type: image/jpeg\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.write(picture);
        body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return site.http().send(HttpRequest.newBuilder(site.http().base().resolve("/ghost/api/admin/images/upload/"))
                .header("Authorization", "Ghost " + jwt.serialize()).header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build());
    }
}
