package org.masthead.api.ghost;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.io.ByteArrayOutputStream;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.HexFormat;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.masthead.common.Actor;
import org.masthead.apikey.ApiKey;
import org.masthead.catalog.Ids;
import org.masthead.media.CreditKind;
import org.masthead.media.ImageDetails;
import org.masthead.media.Licence;
import org.masthead.platform.Database;
import org.masthead.support.Http;
import org.masthead.support.Pictures;
import org.masthead.support.RunningSite;
import org.masthead.support.SiteExtension;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Ghost's Admin API over HTTP: its tokens checked as Ghost checks them, and posts written through the newsroom's rules. */
class AdminApiTest {
    static final JsonMapper JSON = JsonMapper.builder().build();
    static final String POSTS = "/ghost/api/admin/posts/";

    @RegisterExtension
    static final SiteExtension site = SiteExtension.of(() -> RunningSite.empty(Database.Kind.SQLITE));

    static String keyId;
    static byte[] secret;

    @BeforeAll
    static void key() {
        String[] key = site.magazine().apiKeys().create(Actor.system("test"), ApiKey.Kind.ADMIN, "Zapier").printable().split(":");
        keyId = key[0];
        secret = HexFormat.of().parseHex(key[1]);
    }

    static String token(String kid, byte[] signWith, Instant issued, Instant expires, String audience) {
        try {
            var claims = new JWTClaimsSet.Builder().issueTime(Date.from(issued)).expirationTime(Date.from(expires)).audience(audience).build();
            var jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.HS256).keyID(kid).build(), claims);
            jwt.sign(new MACSigner(signWith));
            return jwt.serialize();
        } catch (com.nimbusds.jose.JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    static String goodToken() {
        Instant now = Instant.now();
        return token(keyId, secret, now, now.plus(Duration.ofMinutes(5)), "/admin/");
    }

    static Http.Response send(String method, String path, String authorization, String json) {
        var request = HttpRequest.newBuilder(site.http().base().resolve(path))
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json))
                .header("Content-Type", "application/json");
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return site.http().send(request.build());
    }

    static Http.Response call(String method, String path, String json) {
        return send(method, path, "Ghost " + goodToken(), json);
    }

    static JsonNode post(Http.Response response, int status) {
        assertThat(response.status()).as(response.body()).isEqualTo(status);
        return JSON.readTree(response.body()).get("posts").get(0);
    }

    static JsonNode error(Http.Response response, int status) {
        assertThat(response.status()).as(response.body()).isEqualTo(status);
        return JSON.readTree(response.body()).get("errors").get(0);
    }

    static JsonNode draft(String title) {
        return post(call("POST", POSTS + "?source=html", """
                {"posts":[{"title":"%s","html":"<p>Hello <script>alert(1)</script><b>world</b></p>",
                 "tags":["Harbour", {"name":"Weather"}],"authors":[{"name":"Ann Smith"}],"custom_excerpt":"A dek"}]}"""
                .formatted(title)), 201);
    }

    @Test
    void a_post_added_from_html_is_a_sanitized_draft_with_its_tags_and_byline() {
        JsonNode post = draft("From a program");
        assertThat(post.get("status").asString()).isEqualTo("draft");
        assertThat(post.get("html").asString()).contains("<b>world</b>").doesNotContain("script");
        assertThat(post.get("tags")).hasSize(2);
        assertThat(post.get("tags").get(1).get("slug").asString()).isEqualTo("weather");
        assertThat(post.get("primary_author").get("name").asString()).isEqualTo("Ann Smith");
        assertThat(post.get("url").isNull()).isTrue();
        long id = Ids.parse(post.get("id").asString()).orElseThrow();
        assertThat(site.magazine().audit().about("article", id)).anySatisfy(entry -> {
            assertThat(entry.actor()).isEqualTo("API key Zapier");
            assertThat(entry.action()).isEqualTo("article.created");
        });
    }

    @Test
    void html_without_source_html_and_editor_documents_with_parts_that_cannot_be_kept_are_refused_plainly() {
        JsonNode withoutSource = error(call("POST", POSTS, "{\"posts\":[{\"title\":\"T\",\"html\":\"<p>x</p>\"}]}"), 422);
        assertThat(withoutSource.get("type").asString()).isEqualTo("ValidationError");
        assertThat(withoutSource.get("message").asString()).contains("?source=html");
        JsonNode lexical = error(call("POST", POSTS, "{\"posts\":[{\"title\":\"T\",\"lexical\":"
                + "\"{\\\"root\\\":{\\\"type\\\":\\\"root\\\",\\\"children\\\":[{\\\"type\\\":\\\"mystery\\\"}]}}\"}]}"), 422);
        assertThat(lexical.get("property").asString()).isEqualTo("lexical");
        assertThat(lexical.get("message").asString()).contains("mystery");
        assertThat(error(call("POST", POSTS, "{\"pages\":[]}"), 422).get("message").asString()).contains("'posts'");
        assertThat(error(call("POST", POSTS, "not json"), 400).get("type").asString()).isEqualTo("BadRequestError");
    }

    @Test
    void a_post_sent_as_ghosts_editor_writes_it_in_lexical_is_kept_as_html() {
        String lexical = "{\"root\":{\"type\":\"root\",\"children\":[{\"type\":\"paragraph\",\"children\":["
                + "{\"type\":\"text\",\"text\":\"Tide tables\",\"format\":1},{\"type\":\"text\",\"text\":\" for the estuary.\"}]}]}}";
        String body = "{\"posts\":[{\"title\":\"From Lexical\",\"authors\":[\"Ann Smith\"],\"lexical\":"
                + tools.jackson.databind.json.JsonMapper.builder().build().writeValueAsString(lexical) + "}]}";

        JsonNode post = post(call("POST", POSTS, body), 201);

        assertThat(post.get("html").asString()).isEqualTo("<p><strong>Tide tables</strong> for the estuary.</p>");
    }

    @Test
    void a_post_keeps_the_open_graph_and_x_texts_sent_and_an_edit_changes_only_those_it_sends() {
        JsonNode added = post(call("POST", POSTS, """
                {"posts":[{"title":"Shared","authors":["Ann Smith"],"og_title":"Shared widely","og_description":"On every network.",
                 "twitter_title":"Shared on X"}]}"""), 201);
        assertThat(added.get("og_title").asString()).isEqualTo("Shared widely");
        assertThat(added.get("og_description").asString()).isEqualTo("On every network.");
        assertThat(added.get("twitter_title").asString()).isEqualTo("Shared on X");
        assertThat(added.get("twitter_description").isNull()).isTrue();

        String path = POSTS + added.get("id").asString() + "/";
        JsonNode edited = post(call("PUT", path, """
                {"posts":[{"twitter_title":null,"twitter_description":"Short, for X.","updated_at":"%s"}]}"""
                .formatted(added.get("updated_at").asString())), 200);

        assertThat(edited.get("og_title").asString()).isEqualTo("Shared widely");
        assertThat(edited.get("twitter_title").isNull()).isTrue();
        assertThat(edited.get("twitter_description").asString()).isEqualTo("Short, for X.");
        long id = Ids.parse(added.get("id").asString()).orElseThrow();
        assertThat(site.magazine().articles().find(id).seo().social().ogDescription()).isEqualTo("On every network.");
    }

    @Test
    void an_open_graph_title_too_long_to_keep_is_a_validation_error() {
        JsonNode error = error(call("POST", POSTS, "{\"posts\":[{\"title\":\"Long\",\"og_title\":\"%s\"}]}"
                .formatted("x".repeat(301))), 422);

        assertThat(error.get("type").asString()).isEqualTo("ValidationError");
        assertThat(error.get("message").asString()).contains("Open Graph title");
    }

    @Test
    void an_edit_from_a_stale_updated_at_is_an_update_collision_and_changes_nothing() {
        JsonNode post = draft("Before");
        String path = POSTS + post.get("id").asString() + "/";
        JsonNode edited = post(call("PUT", path, "{\"posts\":[{\"title\":\"After\",\"updated_at\":\"%s\"}]}"
                .formatted(post.get("updated_at").asString())), 200);
        assertThat(edited.get("title").asString()).isEqualTo("After");
        JsonNode stale = error(call("PUT", path, "{\"posts\":[{\"title\":\"Lost\",\"updated_at\":\"%s\"}]}"
                .formatted(post.get("updated_at").asString())), 409);
        assertThat(stale.get("type").asString()).isEqualTo("UpdateCollisionError");
        assertThat(post(call("GET", path, null), 200).get("title").asString()).isEqualTo("After");
        assertThat(error(call("PUT", path, "{\"posts\":[{\"title\":\"No date\"}]}"), 422).get("property").asString())
                .isEqualTo("updated_at");
    }

    @Test
    void a_post_is_scheduled_for_a_time_to_come_and_published_through_the_newsrooms_rules() {
        JsonNode post = draft("Going out");
        String path = POSTS + post.get("id").asString() + "/";
        String when = Instant.now().plus(Duration.ofDays(2)).truncatedTo(java.time.temporal.ChronoUnit.SECONDS).toString();
        JsonNode scheduled = post(call("PUT", path, "{\"posts\":[{\"status\":\"scheduled\",\"published_at\":\"%s\",\"updated_at\":\"%s\"}]}"
                .formatted(when, post.get("updated_at").asString())), 200);
        assertThat(scheduled.get("status").asString()).isEqualTo("scheduled");
        assertThat(Instant.parse(scheduled.get("published_at").asString().replace("+00:00", "Z"))).isEqualTo(Instant.parse(when));
        JsonNode published = post(call("PUT", path, "{\"posts\":[{\"status\":\"published\",\"updated_at\":\"%s\"}]}"
                .formatted(scheduled.get("updated_at").asString())), 200);
        assertThat(published.get("status").asString()).isEqualTo("published");
        assertThat(published.get("url").asString()).endsWith("/going-out/");
        assertThat(site.http().get(published.get("url").asString().replace(site.http().base().toString(), "/")).status()).isEqualTo(200);
    }

    @Test
    void a_schedule_in_the_past_and_a_publish_with_no_authors_at_all_are_validation_errors() {
        JsonNode past = error(call("POST", POSTS + "?source=html", """
                {"posts":[{"title":"Late","status":"scheduled","published_at":"2001-01-01T00:00:00.000Z","authors":["Bo"]}]}"""), 422);
        assertThat(past.get("type").asString()).isEqualTo("ValidationError");
        JsonNode bylineless = error(call("POST", POSTS, "{\"posts\":[{\"title\":\"Anonymous\",\"status\":\"published\",\"authors\":[]}]}"), 422);
        assertThat(bylineless.get("message").asString()).contains("author");
    }

    @Test
    void a_post_sent_without_authors_is_credited_as_ghost_credits_the_integrations_owner() {
        var magazine = site.magazine();
        if (magazine.accounts().needsFirstAdmin()) {
            magazine.accounts().createFirstAdmin("Nora Founder", "nora@example.org", "correct horse battery", "");
        }
        String owner = magazine.accounts().all(Actor.system("test")).stream()
                .filter(u -> u.role() == org.masthead.common.Role.ADMIN).min(java.util.Comparator.comparingLong(u -> u.id()))
                .orElseThrow().name();
        JsonNode byOwner = post(call("POST", POSTS, "{\"posts\":[{\"title\":\"Sent by a program\",\"status\":\"published\"}]}"), 201);
        assertThat(byOwner.get("status").asString()).isEqualTo("published");
        assertThat(byOwner.get("authors").get(0).get("name").asString()).isEqualTo(owner);

        magazine.settings().set(org.masthead.settings.Setting.API_BYLINE, "The Desk");
        try {
            JsonNode byDesk = post(call("POST", POSTS, "{\"posts\":[{\"title\":\"Sent by the desk\"}]}"), 201);
            assertThat(byDesk.get("authors").get(0).get("name").asString()).isEqualTo("The Desk");
            JsonNode named = post(call("POST", POSTS, "{\"posts\":[{\"title\":\"Signed\",\"authors\":[\"Ann Smith\"]}]}"), 201);
            assertThat(named.get("authors")).hasSize(1);
            assertThat(named.get("authors").get(0).get("name").asString()).isEqualTo("Ann Smith");
        } finally {
            magazine.settings().set(org.masthead.settings.Setting.API_BYLINE, "");
        }
    }

    @Test
    void a_published_at_in_the_past_backdates_a_publication() {
        JsonNode post = post(call("POST", POSTS, """
                {"posts":[{"title":"From the archive","status":"published","published_at":"2019-05-04T08:00:00.000Z","authors":["Ann Smith"]}]}"""),
                201);
        assertThat(post.get("published_at").asString()).isEqualTo("2019-05-04T08:00:00.000+00:00");
        assertThat(post.get("url").asString()).endsWith("/2019/05/04/from-the-archive/");
    }

    @Test
    void an_uploaded_image_leads_a_draft_but_goes_out_only_once_credited() throws Exception {
        Http.Response upload = upload(Pictures.jpeg(800, 600), "harbour.jpg", "my-ref");
        assertThat(upload.status()).as(upload.body()).isEqualTo(201);
        JsonNode image = JSON.readTree(upload.body()).get("images").get(0);
        assertThat(image.get("url").asString()).startsWith(site.http().base().toString()).contains("/media/");
        assertThat(image.get("ref").asString()).isEqualTo("my-ref");
        JsonNode post = post(call("POST", POSTS, """
                {"posts":[{"title":"With a picture","authors":["Ann Smith"],"feature_image":"%s","feature_image_alt":"The harbour at dawn"}]}"""
                .formatted(image.get("url").asString())), 201);
        assertThat(post.get("feature_image").asString()).isEqualTo(image.get("url").asString());
        assertThat(post.get("feature_image_alt").asString()).isEqualTo("The harbour at dawn");
        String path = POSTS + post.get("id").asString() + "/";
        JsonNode refused = error(call("PUT", path, "{\"posts\":[{\"status\":\"published\",\"updated_at\":\"%s\"}]}"
                .formatted(post.get("updated_at").asString())), 422);
        assertThat(refused.get("type").asString()).isEqualTo("ValidationError");
        assertThat(refused.get("message").asString()).contains("credit");
        var stored = site.magazine().media().find(site.magazine().articles().find(Ids.parse(post.get("id").asString()).orElseThrow())
                .leadImageId());
        assertThat(stored.licence()).isEqualTo(Licence.ALL_RIGHTS_RESERVED);
        site.magazine().media().describe(Actor.system("test"), stored.id(), new ImageDetails(stored.alt(), "", CreditKind.PHOTO,
                "Jo Lens", null, Licence.CC_BY_4_0));
        JsonNode published = post(call("PUT", path, "{\"posts\":[{\"status\":\"published\",\"updated_at\":\"%s\"}]}"
                .formatted(post.get("updated_at").asString())), 200);
        assertThat(published.get("feature_image_caption").asString()).contains("Photo: Jo Lens").contains("CC BY 4.0");
    }

    @Test
    void a_file_that_is_not_a_picture_is_an_unsupported_media_type() throws Exception {
        Http.Response upload = upload("not a picture".getBytes(StandardCharsets.UTF_8), "notes.jpg", null);
        assertThat(error(upload, 415).get("type").asString()).isEqualTo("UnsupportedMediaTypeError");
    }

    @Test
    void a_nul_in_the_files_name_is_a_bad_request() throws Exception {
        Http.Response upload = upload(Pictures.jpeg(200, 200), "quay\u0000.jpg", null);
        assertThat(error(upload, 400).get("type").asString()).isEqualTo("BadRequestError");
    }

    @Test
    void a_multipart_body_cut_short_is_a_bad_request() throws Exception {
        byte[] picture = Pictures.jpeg(200, 200);
        var body = new ByteArrayOutputStream();
        body.write(("--cut\r\nContent-Disposition: form-data; name=\"file\"; filename=\"quay.jpg\"\r\nContent-Type: image/jpeg\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8));
        body.write(picture, 0, picture.length / 2);

        Http.Response upload = site.http().send(HttpRequest.newBuilder(site.http().base().resolve("/ghost/api/admin/images/upload/"))
                .header("Authorization", "Ghost " + goodToken()).header("Content-Type", "multipart/form-data; boundary=cut")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build());

        assertThat(error(upload, 400).get("type").asString()).isEqualTo("BadRequestError");
    }

    @Test
    void a_file_over_the_limit_is_too_large() throws Exception {
        Http.Response upload = upload(new byte[27 * 1024 * 1024], "huge.jpg", null);
        assertThat(error(upload, 413).get("type").asString()).isEqualTo("RequestEntityTooLargeError");
    }

    @Test
    void deleting_is_refused_with_what_to_do_instead() {
        JsonNode post = draft("Keep me");
        JsonNode refused = error(call("DELETE", POSTS + post.get("id").asString() + "/", null), 405);
        assertThat(refused.get("type").asString()).isEqualTo("MethodNotAllowedError");
        assertThat(post(call("GET", POSTS + post.get("id").asString() + "/", null), 200).get("title").asString()).isEqualTo("Keep me");
    }

    @Test
    void the_admin_list_holds_drafts_that_the_content_api_never_shows() {
        JsonNode post = draft("Only at the desk");
        JsonNode list = JSON.readTree(call("GET", POSTS + "?filter=status:draft&limit=all", null).body());
        assertThat(list.get("posts").findValuesAsString("id")).contains(post.get("id").asString());
        assertThat(list.get("meta").get("pagination").get("total").asInt()).isGreaterThanOrEqualTo(1);
    }

    @Test
    void no_token_a_malformed_header_and_a_token_without_a_key_id_are_refused() {
        JsonNode none = error(send("GET", POSTS, null, null), 403);
        assertThat(none.get("type").asString()).isEqualTo("NoPermissionError");
        assertThat(error(send("GET", POSTS, "Bearer abc", null), 401).get("code").asString()).isEqualTo("INVALID_AUTH_HEADER");
        assertThat(error(send("GET", POSTS, "Ghost not.a.jwt", null), 400).get("code").asString()).isEqualTo("INVALID_JWT");
        Instant now = Instant.now();
        String noKid = token(null, secret, now, now.plusSeconds(300), "/admin/");
        assertThat(error(send("GET", POSTS, "Ghost " + noKid, null), 400).get("code").asString()).isEqualTo("MISSING_ADMIN_API_KID");
    }

    @Test
    void a_wrong_key_a_wrong_signature_and_a_revoked_key_are_unauthorized() {
        Instant now = Instant.now();
        String unknown = token("0123456789abcdef01234567", secret, now, now.plusSeconds(300), "/admin/");
        assertThat(error(send("GET", POSTS, "Ghost " + unknown, null), 401).get("code").asString()).isEqualTo("UNKNOWN_ADMIN_API_KEY");
        byte[] otherSecret = new byte[32];
        String forged = token(keyId, otherSecret, now, now.plusSeconds(300), "/admin/");
        assertThat(error(send("GET", POSTS, "Ghost " + forged, null), 401).get("message").asString())
                .isEqualTo("Invalid token: invalid signature");
        var spare = site.magazine().apiKeys().create(Actor.system("test"), ApiKey.Kind.ADMIN, "Spare");
        String[] parts = spare.printable().split(":");
        String spareToken = token(parts[0], HexFormat.of().parseHex(parts[1]), now, now.plusSeconds(300), "/admin/");
        assertThat(send("GET", POSTS, "Ghost " + spareToken, null).status()).isEqualTo(200);
        site.magazine().apiKeys().revoke(Actor.system("test"), spare.key().id());
        assertThat(send("GET", POSTS, "Ghost " + spareToken, null).status()).isEqualTo(401);
    }

    @Test
    void an_expired_token_an_old_one_and_one_valid_too_long_are_unauthorized() {
        Instant now = Instant.now();
        String expired = token(keyId, secret, now.minusSeconds(600), now.minusSeconds(300), "/admin/");
        assertThat(error(send("GET", POSTS, "Ghost " + expired, null), 401).get("message").asString()).isEqualTo("Invalid token: jwt expired");
        String old = token(keyId, secret, now.minusSeconds(360), now.plusSeconds(60), "/admin/");
        assertThat(error(send("GET", POSTS, "Ghost " + old, null), 401).get("message").asString()).contains("maxAge exceeded");
        String tooLong = token(keyId, secret, now, now.plus(Duration.ofHours(1)), "/admin/");
        assertThat(error(send("GET", POSTS, "Ghost " + tooLong, null), 401).get("message").asString()).contains("at most 5 minutes");
    }

    @Test
    void a_token_for_another_api_or_version_is_refused_and_one_for_this_version_accepted() {
        Instant now = Instant.now();
        String content = token(keyId, secret, now, now.plusSeconds(300), "/content/");
        assertThat(error(send("GET", POSTS, "Ghost " + content, null), 401).get("message").asString()).contains("audience invalid");
        String v3 = token(keyId, secret, now, now.plusSeconds(300), "/v3/admin/");
        assertThat(send("GET", "/ghost/api/v3/admin/posts/", "Ghost " + v3, null).status()).isEqualTo(200);
        assertThat(send("GET", POSTS, "Ghost " + v3, null).status()).isEqualTo(401);
        String plain = token(keyId, secret, now, now.plusSeconds(300), "/admin/");
        assertThat(send("GET", "/ghost/api/v3/admin/posts/", "Ghost " + plain, null).status()).isEqualTo(401);
    }

    static Http.Response upload(byte[] content, String name, String ref) throws Exception {
        String boundary = "----masthead" + System.nanoTime();
        var body = new ByteArrayOutputStream();
        body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + name
                + "\"\r\nContent-Type: image/jpeg\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.write(content);
        body.write(("\r\n--" + boundary + "\r\nContent-Disposition: form-data; name=\"purpose\"\r\n\r\nimage\r\n").getBytes(StandardCharsets.UTF_8));
        if (ref != null) {
            body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"ref\"\r\n\r\n" + ref + "\r\n").getBytes(StandardCharsets.UTF_8));
        }
        body.write(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return site.http().send(HttpRequest.newBuilder(site.http().base().resolve("/ghost/api/admin/images/upload/"))
                .header("Authorization", "Ghost " + goodToken()).header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build());
    }
}
