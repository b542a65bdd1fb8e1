package org.masthead.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.masthead.platform.Database;
import org.masthead.support.Http;
import org.masthead.support.RunningSite;
import org.masthead.support.SiteExtension;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Our own API over HTTP: editions and their lineups, articles, authors, and its errors and caching. */
class OwnApiTest {
    @RegisterExtension
    static final SiteExtension site = SiteExtension.of(() -> RunningSite.empty(Database.Kind.SQLITE));

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static ApiMagazine magazine;
    private static String base;

    @BeforeAll
    static void fill() {
        magazine = ApiMagazine.fill(site.magazine());
        base = site.http().base().toString().replaceFirst("/$", "");
    }

    private static JsonNode json(Http.Response response) {
        assertThat(response.header("Content-Type")).startsWith("application/json");
        return JSON.readTree(response.body());
    }

    @Test
    void a_weekend_editions_lineup_comes_in_the_editors_order_with_bylines_dates_topics_and_credited_pictures() {
        Http.Response response = site.http().get("/api/editions/2018-11-09/");
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.header("Access-Control-Allow-Origin")).isEqualTo("*");
        JsonNode edition = json(response);

        assertThat(edition.get("date").asString()).isEqualTo("2018-11-09");
        assertThat(edition.get("ends_on").asString()).isEqualTo("2018-11-11");
        assertThat(edition.get("label").asString()).isEqualTo("Weekend Edition");
        assertThat(edition.get("url").asString()).isEqualTo(base + "/edition/2018-11-09/");
        assertThat(edition.get("lineup").valueStream().map(e -> e.get("title").asString()).toList()).containsExactly(
                "Short-Term Health Insurance Plans", "The Dockers Who Stopped the Port", "Isis Is Stepping Up Its Atrocities");

        JsonNode strike = edition.get("lineup").get(1);
        var article = magazine.weekend.get(1);
        assertThat(strike.get("id").asLong()).isEqualTo(article.id());
        assertThat(strike.get("slug").asString()).isEqualTo("the-dockers-who-stopped-the-port");
        assertThat(strike.get("url").asString()).isEqualTo(base + "/2018/11/09/the-dockers-who-stopped-the-port/");
        assertThat(strike.get("api_url").asString()).isEqualTo(base + "/api/articles/" + article.id() + "/");
        assertThat(strike.get("dek").asString()).isEqualTo("Three days on the picket line.");
        assertThat(strike.get("published_at").asString()).isEqualTo("2018-11-09T06:00:00Z");
        assertThat(strike.get("authors").valueStream().map(a -> a.get("name").asString()).toList()).containsExactly("Ann Lee", "Bo Chen");
        assertThat(strike.get("authors").get(0).get("url").asString()).isEqualTo(base + "/author/ann-lee/");
        assertThat(strike.get("authors").get(0).get("api_url").asString()).isEqualTo(base + "/api/authors/ann-lee/");
        assertThat(strike.get("topics").valueStream().map(t -> t.get("slug").asString()).toList()).containsExactly("shipping", "labour");
        JsonNode picture = strike.get("lead_image");
        assertThat(picture.get("url").asString()).isEqualTo(base + "/media/" + magazine.photo.fileName());
        assertThat(picture.get("alt").asString()).isEqualTo("Cranes over the container quay at dusk");
        assertThat(picture.get("credit").get("line").asString()).isEqualTo("Photo by Maria Okafor");
        assertThat(picture.get("credit").get("url").asString()).isEqualTo("https://photos.example/okafor");
        assertThat(picture.get("licence").get("name").asString()).isEqualTo("CC BY 4.0");
        assertThat(picture.get("licence").get("url").asString()).isEqualTo("https://creativecommons.org/licenses/by/4.0/");

        JsonNode isis = edition.get("lineup").get(2).get("lead_image");
        assertThat(isis.get("url").isNull()).isTrue();
        assertThat(isis.get("credit").get("name").asString()).isEqualTo("Erich Ferdinand");
        assertThat(edition.get("lineup").get(0).get("lead_image").isNull()).isTrue();
        assertThat(edition.get("lineup").get(0).get("dek").isNull()).isTrue();
    }

    @Test
    void any_other_day_of_an_edition_is_answered_at_the_address_of_its_first_day() {
        Http.Response saturday = site.http().get("/api/editions/2018-11-10/");

        assertThat(saturday.status()).isEqualTo(301);
        assertThat(saturday.header("Location")).isEqualTo("/api/editions/2018-11-09/");
        assertThat(json(saturday).get("error").get("code").asString()).isEqualTo("moved");
    }

    @Test
    void editions_come_newest_first_ten_a_page_and_can_be_kept_between_two_days() {
        // Eleven editions: the Weekend Edition, then October's days, its 5th to 7th one Weekend Edition.
        JsonNode first = json(site.http().get("/api/editions/"));
        assertThat(first.get("editions").valueStream().map(e -> e.get("date").asString()).toList())
                .startsWith("2018-11-09", "2018-10-12", "2018-10-11").hasSize(10);
        assertThat(first.get("pagination").get("next").asInt()).isEqualTo(2);
        assertThat(first.get("pagination").get("next_url").asString()).isEqualTo(base + "/api/editions/?page=2");

        JsonNode second = json(site.http().get("/api/editions/?page=2"));
        assertThat(second.get("editions").valueStream().map(e -> e.get("date").asString()).toList())
                .containsExactly("2018-10-01");
        assertThat(second.get("pagination").get("next").isNull()).isTrue();
        assertThat(second.get("pagination").get("prev").asInt()).isEqualTo(1);

        JsonNode friday = json(site.http().get("/api/editions/?from=2018-10-11&to=2018-11-09"));
        assertThat(friday.get("editions").valueStream().map(e -> e.get("date").asString()).toList())
                .containsExactly("2018-11-09", "2018-10-12", "2018-10-11");
        // Bounded to the Friday, the Weekend Edition shows only the Friday's pieces.
        assertThat(friday.get("editions").get(0).get("lineup")).hasSize(2);
        assertThat(json(site.http().get("/api/editions/?page=9")).get("editions")).isEmpty();
    }

    @Test
    void an_article_comes_with_its_text_its_edition_and_absolute_links() {
        var article = magazine.weekend.get(1);
        JsonNode answer = json(site.http().get("/api/articles/" + article.id() + "/")).get("article");

        assertThat(answer.get("title").asString()).isEqualTo("The Dockers Who Stopped the Port");
        assertThat(answer.get("kind").asString()).isEqualTo("article");
        assertThat(answer.get("html").asString()).contains("<p>A first paragraph.</p>");
        assertThat(answer.get("edition").get("date").asString()).isEqualTo("2018-11-09");
        assertThat(answer.get("edition").get("api_url").asString()).isEqualTo(base + "/api/editions/2018-11-09/");
        JsonNode page = json(site.http().get("/api/articles/" + magazine.page.id() + "/")).get("article");
        assertThat(page.get("url").asString()).isEqualTo(base + "/about-us/");
        assertThat(page.get("edition").isNull()).isTrue();
    }

    @Test
    void a_draft_is_not_there_for_the_api_as_it_is_not_for_readers() {
        Http.Response response = site.http().get("/api/articles/" + magazine.draft.id() + "/");

        assertThat(response.status()).isEqualTo(404);
        assertThat(json(response).get("error").get("code").asString()).isEqualTo("not_found");
        assertThat(response.body()).doesNotContain("Budget Night");
    }

    @Test
    void an_author_comes_with_their_published_articles_newest_first() {
        JsonNode answer = json(site.http().get("/api/authors/ann-lee/"));

        assertThat(answer.get("author").get("name").asString()).isEqualTo("Ann Lee");
        assertThat(answer.get("author").get("url").asString()).isEqualTo(base + "/author/ann-lee/");
        assertThat(answer.get("articles").valueStream().map(a -> a.get("title").asString()).toList())
                .containsExactly("Short-Term Health Insurance Plans", "The Dockers Who Stopped the Port");
        assertThat(answer.get("articles").get(1).get("published_on").asString()).isEqualTo("2018-11-09");
    }

    @Test
    void refusals_are_json_with_a_code_and_a_message_never_a_page() {
        record Case(String path, int status, String code) {}
        for (Case c : List.of(new Case("/api/editions/not-a-day/", 404, "not_found"),
                new Case("/api/editions/2001-01-01/", 404, "not_found"),
                new Case("/api/editions/?from=yesterday", 400, "invalid"),
                new Case("/api/editions/?from=2018-11-10&to=2018-11-01", 400, "invalid"),
                new Case("/api/editions/?page=0", 400, "invalid"),
                new Case("/api/articles/999999/", 404, "not_found"),
                new Case("/api/articles/twelve/", 404, "not_found"),
                new Case("/api/authors/nobody-here/", 404, "not_found"),
                new Case("/api/no/such/thing/", 404, "not_found"))) {
            Http.Response response = site.http().get(c.path());
            assertThat(response.status()).as(c.path()).isEqualTo(c.status());
            JsonNode error = json(response).get("error");
            assertThat(error.get("code").asString()).as(c.path()).isEqualTo(c.code());
            assertThat(error.get("message").asString()).as(c.path()).isNotBlank().doesNotContain("Exception");
            assertThat(response.body()).as(c.path()).doesNotContain("<html");
        }
        Http.Response posted = site.http().send(HttpRequest.newBuilder(site.http().base().resolve("/api/editions/"))
                .POST(HttpRequest.BodyPublishers.ofString("{}")).build());
        assertThat(posted.status()).isEqualTo(404);
        assertThat(json(posted).get("error").get("code").asString()).isEqualTo("not_found");
    }

    @Test
    void an_answer_the_client_already_holds_is_not_sent_again() {
        Http.Response first = site.http().get("/api/editions/2018-11-09/");
        assertThat(first.header("ETag")).isNotBlank();
        assertThat(first.header("Last-Modified")).isNotBlank();
        assertThat(first.header("Cache-Control")).isEqualTo("public, max-age=0, must-revalidate");

        Http.Response again = site.http().send(HttpRequest.newBuilder(site.http().base().resolve("/api/editions/2018-11-09/"))
                .header("If-None-Match", first.header("ETag")).GET().build());
        assertThat(again.status()).isEqualTo(304);
        assertThat(again.body()).isEmpty();
        Http.Response byDate = site.http().send(HttpRequest.newBuilder(site.http().base().resolve("/api/editions/2018-11-09/"))
                .header("If-Modified-Since", first.header("Last-Modified")).GET().build());
        assertThat(byDate.status()).isEqualTo(304);
    }

    @Test
    void another_sites_script_may_ask_with_the_headers_of_a_conditional_request() {
        Http.Response preflight = site.http().send(HttpRequest.newBuilder(site.http().base().resolve("/api/editions/"))
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody()).header("Origin", "https://other.example")
                .header("Access-Control-Request-Method", "GET").header("Access-Control-Request-Headers", "if-none-match").build());

        assertThat(preflight.status()).isEqualTo(204);
        assertThat(preflight.header("Access-Control-Allow-Origin")).isEqualTo("*");
        assertThat(preflight.header("Access-Control-Allow-Headers")).containsIgnoringCase("If-None-Match");
        assertThat(site.http().get("/api/editions/").header("Access-Control-Expose-Headers")).contains("ETag");
    }
}
