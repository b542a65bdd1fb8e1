package org.masthead.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.masthead.support.ArticleBuilder.anArticle;

import java.net.http.HttpRequest;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.masthead.common.Actor;
import org.masthead.platform.Database;
import org.masthead.support.Http;
import org.masthead.support.MutableClock;
import org.masthead.support.RunningSite;

/** How the feeds answer as HTTP resources: caching, conditional requests, addresses, and addresses that name nothing. */
@ParameterizedClass
@EnumSource(Database.Kind.class)
class FeedRequestsTest {
    /** The system actor test data is written as, through the doors imports use. */
    private static final Actor SYSTEM = Actor.system("test");

    static final LocalDate MONDAY = LocalDate.of(2024, 3, 4);
    static final List<String> FEEDS = List.of("/feed/", "/feed/atom/", "/feed.json", "/author/ann-lee/feed/",
            "/author/ann-lee/feed/atom/", "/author/ann-lee/feed.json", "/topic/port/feed/", "/topic/port/feed/atom/",
            "/topic/port/feed.json", "/edition/2024-03-04/feed/", "/edition/2024-03-04/feed/atom/", "/edition/2024-03-04/feed.json");

    @Parameter
    Database.Kind kind;

    /** A week after the articles: the feeds date what changed by it, and a test moves it past the second HTTP dates count. */
    final MutableClock clock = MutableClock.at("2024-03-11T09:00:00Z");
    RunningSite site;

    @BeforeEach
    void start() {
        site = RunningSite.empty(kind, clock);
        anArticle().titled("Out").by("Ann Lee").about("Port").publishedOn(MONDAY).in(site.magazine());
    }

    @AfterEach
    void stop() {
        site.close();
    }

    Http.Response get(String path, String header, String value) {
        return site.http().send(HttpRequest.newBuilder(site.http().base().resolve(path)).header(header, value).GET().build());
    }

    @Test
    void every_feed_is_cacheable_with_an_etag_and_a_last_modified_date() {
        for (String path : FEEDS) {
            Http.Response response = site.http().get(path);
            assertThat(response.status()).as(path).isEqualTo(200);
            assertThat(response.header("Cache-Control")).as(path).isEqualTo("public, max-age=0, must-revalidate");
            assertThat(response.header("ETag")).as(path).matches("\"[0-9a-f]+-[0-9a-f]+\"");
            assertThat(response.header("Last-Modified")).as(path).endsWith(" GMT");
        }
    }

    @Test
    void a_change_the_database_keeps_no_date_for_still_moves_last_modified() {
        Http.Response before = site.http().get("/feed/");

        site.magazine().settings().set(org.masthead.settings.Setting.FEED_CONTENT, "excerpt");
        Http.Response after = get("/feed/", "If-Modified-Since", before.header("Last-Modified"));

        assertThat(after.status()).isEqualTo(200);
        assertThat(after.header("ETag")).isNotEqualTo(before.header("ETag"));
        assertThat(java.time.ZonedDateTime.parse(after.header("Last-Modified"), java.time.format.DateTimeFormatter.RFC_1123_DATE_TIME))
                .isAfter(java.time.ZonedDateTime.parse(before.header("Last-Modified"), java.time.format.DateTimeFormatter.RFC_1123_DATE_TIME));
    }

    @Test
    void the_two_older_date_forms_http_allows_are_read_too() {
        Http.Response first = site.http().get("/feed/");
        var held = java.time.ZonedDateTime.parse(first.header("Last-Modified"), java.time.format.DateTimeFormatter.RFC_1123_DATE_TIME);

        String rfc850 = java.time.format.DateTimeFormatter.ofPattern("EEEE, dd-MMM-yy HH:mm:ss 'GMT'", java.util.Locale.ENGLISH).format(held);
        String asctime = java.time.format.DateTimeFormatter.ofPattern("EEE MMM ppd HH:mm:ss yyyy", java.util.Locale.ENGLISH).format(held);

        assertThat(get("/feed/", "If-Modified-Since", rfc850).status()).as(rfc850).isEqualTo(304);
        assertThat(get("/feed/", "If-Modified-Since", asctime).status()).as(asctime).isEqualTo(304);
        assertThat(get("/feed/", "If-Modified-Since", "Monday, 01-Jan-24 00:00:00 GMT").status()).isEqualTo(200);
    }

    @Test
    void a_reader_holding_the_current_feed_gets_304_by_its_etag_or_its_date() {
        Http.Response first = site.http().get("/feed/");

        Http.Response byTag = get("/feed/", "If-None-Match", first.header("ETag"));
        Http.Response byDate = get("/feed/", "If-Modified-Since", first.header("Last-Modified"));
        Http.Response olderDate = get("/feed/", "If-Modified-Since", "Mon, 01 Jan 2024 00:00:00 GMT");

        assertThat(byTag.status()).isEqualTo(304);
        assertThat(byTag.body()).isEmpty();
        assertThat(byDate.status()).isEqualTo(304);
        assertThat(olderDate.status()).isEqualTo(200);
    }

    @Test
    void publishing_an_article_changes_the_feeds_etag_and_date() {
        Http.Response before = site.http().get("/feed.json");
        clock.advance(java.time.Duration.ofSeconds(2));
        anArticle().titled("Newer").by("Bo Chen").publishedOn(MONDAY).atHour(10).in(site.magazine());

        Http.Response byTag = get("/feed.json", "If-None-Match", before.header("ETag"));
        Http.Response byDate = get("/feed.json", "If-Modified-Since", before.header("Last-Modified"));

        assertThat(byTag.status()).isEqualTo(200);
        assertThat(byTag.header("ETag")).isNotEqualTo(before.header("ETag"));
        assertThat(byDate.status()).isEqualTo(200);
        assertThat(byTag.body()).contains("Newer");
    }

    @Test
    void unpublishing_an_article_is_a_change_even_to_a_reader_who_asks_by_date() {
        var newer = anArticle().titled("Newer").by("Ann Lee").publishedOn(MONDAY).atHour(10).in(site.magazine());
        Http.Response before = site.http().get("/author/ann-lee/feed/");
        clock.advance(java.time.Duration.ofSeconds(2));
        site.magazine().articleImports().changeStatus(SYSTEM, newer.id(), org.masthead.article.ArticleStatus.UNPUBLISHED, null);

        Http.Response byDate = get("/author/ann-lee/feed/", "If-Modified-Since", before.header("Last-Modified"));

        assertThat(byDate.status()).isEqualTo(200);
        assertThat(byDate.body()).doesNotContain("Newer");
    }

    @Test
    void head_answers_like_get_without_the_body() {
        Http.Response head = site.http().send(HttpRequest.newBuilder(site.http().base().resolve("/feed/atom/"))
                .method("HEAD", HttpRequest.BodyPublishers.noBody()).build());
        Http.Response get = site.http().get("/feed/atom/");

        assertThat(head.status()).isEqualTo(200);
        assertThat(head.body()).isEmpty();
        assertThat(head.header("ETag")).isEqualTo(get.header("ETag"));
        assertThat(head.header("Content-Type")).isEqualTo("application/atom+xml; charset=utf-8");
    }

    @Test
    void feed_addresses_without_their_last_slash_lead_to_the_feed() {
        for (String path : List.of("/feed", "/feed/atom", "/author/ann-lee/feed", "/topic/port/feed/atom", "/edition/2024-03-04/feed")) {
            Http.Response response = site.http().get(path);
            assertThat(response.status()).as(path).isEqualTo(301);
            assertThat(response.header("Location")).as(path).isEqualTo(path + "/");
        }
    }

    @Test
    void feeds_of_unknown_authors_topics_and_editions_and_of_hostile_addresses_are_the_not_found_page() {
        anArticle().titled("Draft only").by("Cy Draft").about("Secret plans").in(site.magazine());
        for (String path : List.of("/author/nobody/feed/", "/topic/nothing/feed.json", "/topic/secret-plans/feed/",
                "/edition/2024-03-05/feed/atom/", "/edition/2024-02-30/feed/", "/edition/20240304/feed/",
                "/edition/2024-03-04x/feed.json", "/author/Ann%20Lee/feed/", "/author/..%2F..%2Fetc/feed/",
                "/author/%3Cscript%3E/feed.json", "/topic/a..b/feed/atom/", "/topic/-x-/feed/", "/edition/9999999999-01-01/feed/")) {
            Http.Response response = site.http().get(path);
            assertThat(response.status()).as(path).isEqualTo(404);
            assertThat(response.header("Content-Type")).as(path).startsWith("text/html");
            assertThat(response.body()).as(path).doesNotContain("Exception", "at org.");
        }
    }
}
