package org.masthead.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.masthead.article.Article;
import org.masthead.article.BodyFormat;
import org.masthead.article.DraftInput;
import org.masthead.common.PageRequest;
import org.masthead.platform.Database;
import org.masthead.boot.Masthead;
import org.masthead.support.ArticleBuilder;
import org.masthead.support.WebhookReceiver;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Webhooks sent to a real local receiver from a served magazine, on both databases: what each event carries. */
@ParameterizedClass
@EnumSource(Database.Kind.class)
class WebhookDeliveryTest extends ServedWebhooks {
    @Parameter
    Database.Kind kind;

    @Override
    Database.Kind kind() {
        return kind;
    }

    private static final JsonMapper JSON = JsonMapper.builder().build();
    /** A receiver that stored a post, author or tag by the id a webhook gave finds it again in the Content API. */
    private void assertCarriesTheContentApisIds(JsonNode current, String slug) {
        String key = magazine.apiKeys().create(SYSTEM, org.masthead.apikey.ApiKey.Kind.CONTENT, "Reader").printable();
        var answer = new org.masthead.support.Http(java.net.URI.create("http://127.0.0.1:" + port))
                .get("/ghost/api/content/posts/slug/" + slug + "/?include=authors,tags&key=" + key);
        assertThat(answer.status()).isEqualTo(200);
        JsonNode post = JSON.readTree(answer.body()).get("posts").get(0);
        assertThat(current.get("id").asString()).hasSize(24).isEqualTo(post.get("id").asString());
        assertThat(current.get("uuid").asString()).isEqualTo(post.get("uuid").asString());
        assertThat(current.get("authors").get(0).get("id")).isEqualTo(post.get("authors").get(0).get("id"));
        assertThat(current.get("tags").get(0).get("id")).isEqualTo(post.get("tags").get(0).get("id"));
    }

    private static JsonNode json(WebhookReceiver.Request request) {
        return JSON.readTree(request.body());
    }

    @Test
    void a_program_that_writes_and_publishes_a_backdated_piece_in_one_call_announces_it_like_any_publish() {
        hook("post.published");
        var order = new org.masthead.newsroom.ArticleOrder("From the Archive", null, "", "<p>Filed in 2019.</p>",
                List.of(new org.masthead.newsroom.ArticleOrder.Ref(org.masthead.newsroom.ArticleOrder.Ref.Kind.NAME, "Ann Lee")),
                null, false, null, null, null, null, null, org.masthead.newsroom.ArticleOrder.Standing.PUBLISHED,
                java.time.Instant.parse("2019-05-04T08:00:00Z"));
        Article article = magazine.programDesk().write(admin, org.masthead.article.ArticleKind.ARTICLE, order);

        WebhookReceiver.Request request = receiver.await(1).getFirst();
        JsonNode current = json(request).get("post").get("current");
        assertThat(current.get("title").asString()).isEqualTo("From the Archive");
        assertThat(current.get("published_at").asString()).isEqualTo("2019-05-04T08:00:00.000Z");
        assertThat(json(request).get("post").get("previous").get("status").asString()).isEqualTo("draft");
        assertThat(article.isPublished()).isTrue();
    }

    @Test
    void publishing_editing_and_unpublishing_a_piece_send_the_three_events_signed_as_ghost_signs_them() {
        CreatedWebhook published = hook("post.published");
        CreatedWebhook edited = hook("post.published.edited");
        CreatedWebhook unpublished = hook("post.unpublished");
        Article article = draft("The Dockers Who Stopped the Port");

        Article out = magazine.workflow().publishNow(admin, article.id());
        article = out;
        WebhookReceiver.Request first = receiver.await(1).getFirst();
        assertThat(first.path()).isEqualTo("/hooks/post.published");
        assertThat(first.header("User-Agent")).startsWith("Masthead/");
        assertThat(first.header("X-Masthead-Event")).isEqualTo("post.published");
        assertSignedWith(published.secret(), first);
        JsonNode current = json(first).get("post").get("current");
        assertThat(current.get("title").asString()).isEqualTo("The Dockers Who Stopped the Port");
        assertThat(current.get("status").asString()).isEqualTo("published");
        assertThat(current.get("url").asString()).isEqualTo("https://ledger.example" + article.path());
        assertThat(current.get("published_at").asString()).isEqualTo("2026-11-25T09:00:00.000Z");
        assertThat(current.get("custom_excerpt").asString()).isEqualTo("A dek for The Dockers Who Stopped the Port");
        assertThat(current.get("html").asString()).contains("href=\"https://ledger.example/about-us/\"");
        assertThat(current.get("authors").get(0).get("name").asString()).isEqualTo("Ann Lee");
        assertThat(current.get("authors").get(0).get("url").asString()).isEqualTo("https://ledger.example/author/ann-lee/");
        assertThat(current.get("tags").get(0).get("slug").asString()).isEqualTo("shipping");
        assertThat(current.get("edition").get("date").asString()).isEqualTo("2026-11-25");
        assertCarriesTheContentApisIds(current, article.slug());
        assertThat(json(first).get("post").get("previous").get("status").asString()).isEqualTo("draft");

        magazine.workflow().save(admin, article.id(), new DraftInput("The Dockers Who Closed the Port", article.slug(),
                article.dek(), BodyFormat.MARKDOWN, article.body().source(), List.of("Ann Lee"), List.of("Shipping"), null),
                article.version());
        WebhookReceiver.Request second = receiver.await(2).get(1);
        assertThat(second.path()).isEqualTo("/hooks/post.published.edited");
        assertSignedWith(edited.secret(), second);
        assertThat(json(second).get("post").get("current").get("title").asString()).isEqualTo("The Dockers Who Closed the Port");
        assertThat(json(second).get("post").get("previous").get("title").asString()).isEqualTo("The Dockers Who Stopped the Port");
        assertThat(json(second).get("post").get("previous").has("url")).isFalse();

        magazine.workflow().unpublish(admin, article.id());
        WebhookReceiver.Request third = receiver.await(3).get(2);
        assertThat(third.path()).isEqualTo("/hooks/post.unpublished");
        assertSignedWith(unpublished.secret(), third);
        assertThat(json(third).get("post").get("current").get("status").asString()).isEqualTo("draft");
        assertThat(json(third).get("post").get("previous").get("status").asString()).isEqualTo("published");
        assertThat(json(third).get("post").get("previous").get("url").asString()).endsWith(article.path());

        magazine.webhooks().deliverDue();
        assertThat(receiver.received()).hasSize(3);
        receiver.received().forEach(request -> assertDocumented("PostEvent", request));
        assertThat(magazine.webhooks().deliveries(admin, published.webhook().id(), new PageRequest(1, 10)).items())
                .singleElement().satisfies(d -> {
                    assertThat(d.status()).isEqualTo(Delivery.Status.DELIVERED);
                    assertThat(d.attempts()).isEqualTo(1);
                    assertThat(d.lastStatusCode()).isEqualTo(200);
                    assertThat(d.articleId()).isEqualTo(out.id());
                });
    }

    /** The receiver's check, written from Ghost's documentation rather than from our code: HMAC(body + t). */
    private static void assertSignedWith(String secret, WebhookReceiver.Request request) {
        String header = request.header("X-Ghost-Signature");
        assertThat(header).matches("sha256=[0-9a-f]{64}, t=\\d+");
        String hex = header.substring("sha256=".length(), header.indexOf(','));
        String t = header.substring(header.indexOf("t=") + 2);
        assertThat(hex).isEqualTo(hmac(secret, request.body() + t));
        assertThat(request.header("X-Masthead-Signature")).isEqualTo("sha256=" + hmac(secret, request.body()));
        assertThat(hmac("another secret", request.body() + t)).isNotEqualTo(hex);
    }

    /** The body matches the schema the OpenAPI document gives webhooks (its "webhooks" section). */
    private static void assertDocumented(String schema, WebhookReceiver.Request request) {
        String document;
        try (var in = WebhookDeliveryTest.class.getResourceAsStream("/api/openapi.json")) {
            document = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        String location = "https://masthead.invalid/api/openapi.json";
        var registry = com.networknt.schema.SchemaRegistry.withDefaultDialect(com.networknt.schema.SpecificationVersion.DRAFT_2020_12,
                builder -> builder.schemas(Map.of(location, document)).schemaRegistryConfig(
                        com.networknt.schema.SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build()));
        var errors = registry.getSchema(com.networknt.schema.SchemaLocation.of(location + "#/components/schemas/" + schema))
                .validate(json(request));
        assertThat(errors).as(request.body()).isEmpty();
        assertThat(JSON.readTree(document).get("webhooks").has(request.header("X-Masthead-Event"))).isTrue();
    }

    private static String hmac(String secret, String message) {
        try {
            var mac = javax.crypto.Mac.getInstance("HmacSHA256");
            mac.init(new javax.crypto.spec.SecretKeySpec(secret.getBytes(java.nio.charset.StandardCharsets.UTF_8), "HmacSHA256"));
            return java.util.HexFormat.of().formatHex(mac.doFinal(message.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        } catch (java.security.GeneralSecurityException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void drafts_saved_again_and_published_pieces_moved_in_their_lineup_send_nothing_more() {
        hook("post.published");
        hook("post.published.edited");
        Article one = draft("One");
        Article two = draft("Two");
        magazine.workflow().save(admin, one.id(), new DraftInput("One, again", null, "", BodyFormat.MARKDOWN, "Text.",
                List.of("Ann Lee"), List.of(), null), one.version());
        magazine.workflow().publishNow(admin, one.id());
        magazine.workflow().publishNow(admin, two.id());
        receiver.await(2);

        Article placed = magazine.articles().find(two.id());
        magazine.lineups().arrange(SYSTEM, magazine.editions().find(placed.editionId()), List.of(two.id(), one.id()));
        magazine.webhooks().deliverDue();

        assertThat(receiver.received()).extracting(WebhookReceiver.Request::path).containsExactly("/hooks/post.published", "/hooks/post.published");
    }

    @Test
    void a_page_is_announced_as_a_page() {
        hook("page.published");
        hook("post.published");
        Article page = magazine.workflow().writePage(admin, new DraftInput("About Us", null, "", BodyFormat.MARKDOWN,
                "Who we are.", List.of(), List.of(), null));
        magazine.workflow().publishNow(admin, page.id());

        WebhookReceiver.Request request = receiver.await(1).getFirst();
        assertThat(request.path()).isEqualTo("/hooks/page.published");
        assertThat(json(request).get("page").get("current").get("url").asString()).isEqualTo("https://ledger.example/about-us/");
        assertDocumented("PageEvent", request);
        magazine.webhooks().deliverDue();
        assertThat(receiver.received()).hasSize(1);
    }

    @Test
    void what_a_command_line_import_wrote_is_announced_to_no_one_and_its_first_edit_here_is_an_edit() {
        hook("post.published");
        hook("post.published.edited");
        // The import runs in a process of its own, beside the server, as `masthead import` does.
        Article imported;
        try (Masthead command = open()) {
            imported = ArticleBuilder.anArticle().titled("From the Archive").by("Ann Lee").publishedOn(LocalDate.of(2017, 9, 18))
                    .in(command);
        }
        magazine.webhooks().deliverDue();
        assertThat(receiver.received()).isEmpty();

        assertThat(magazine.webhooks().catchUp(java.time.Instant.now().plusSeconds(1))).isPositive();
        magazine.articleImports().setFeatured(SYSTEM, imported.id(), true);
        magazine.articleImports().update(SYSTEM, imported.id(), new org.masthead.article.ArticleDraft("From the Archive, Revised",
                imported.slug(),
                "", imported.body(), imported.authorIds(), List.of(), null));

        WebhookReceiver.Request request = receiver.await(1).getFirst();
        assertThat(request.path()).isEqualTo("/hooks/post.published.edited");
        assertThat(json(request).get("post").get("current").get("title").asString()).isEqualTo("From the Archive, Revised");
        magazine.webhooks().deliverDue();
        assertThat(receiver.received()).hasSize(1);
    }

    @Test
    void an_imported_piece_changed_here_before_it_was_taken_in_is_not_mistaken_for_a_publication() {
        hook("post.published");
        Article imported;
        try (Masthead command = open()) {
            imported = ArticleBuilder.anArticle().titled("From the Archive").by("Ann Lee").publishedOn(LocalDate.of(2017, 9, 18))
                    .in(command);
            // As an import does: the piece keeps the time its source says it was written.
            command.articleImports().keepCreation(SYSTEM, imported.id(), java.time.Instant.parse("2017-09-18T08:00:00Z"));
        }
        magazine.articleImports().setFeatured(SYSTEM, imported.id(), true);
        magazine.webhooks().deliverDue();

        assertThat(receiver.received()).isEmpty();
    }

    @Test
    void a_test_delivery_carries_the_latest_piece_and_says_it_is_a_test() {
        CreatedWebhook created = hook("post.published");
        Delivery test = magazine.webhooks().sendTest(admin, created.webhook().id());

        WebhookReceiver.Request request = receiver.await(1).getFirst();
        assertThat(request.header("X-Masthead-Test")).isEqualTo("true");
        assertThat(json(request).get("post").get("current").get("title").asString()).isEqualTo("A test from Masthead");
        assertThat(test.test()).isTrue();
    }

}
