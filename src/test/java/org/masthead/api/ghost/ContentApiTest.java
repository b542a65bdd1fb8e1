package org.masthead.api.ghost;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.masthead.common.Actor;
import org.masthead.apikey.ApiKey;
import org.masthead.catalog.Ids;
import org.masthead.platform.Database;
import org.masthead.support.Http;
import org.masthead.support.Newsstand;
import org.masthead.support.RunningSite;
import org.masthead.support.SiteExtension;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Ghost's Content API over HTTP: its envelope, each parameter, its errors, and only what readers may read. */
class ContentApiTest {
    static final JsonMapper JSON = JsonMapper.builder().build();
    static final String ROOT = "/ghost/api/content/";

    @RegisterExtension
    static final SiteExtension site = SiteExtension.of(() -> RunningSite.empty(Database.Kind.SQLITE));

    static Newsstand news;
    static String key;

    @BeforeAll
    static void fill() {
        news = Newsstand.in(site.magazine());
        key = site.magazine().apiKeys().create(Actor.system("test"), ApiKey.Kind.CONTENT, "Reader site").printable();
    }

    static Http.Response get(String path) {
        return site.http().get(path);
    }

    static JsonNode ok(String resource, String params) {
        Http.Response response = get(ROOT + resource + "/?key=" + key + (params.isEmpty() ? "" : "&" + params));
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        assertThat(response.header("Content-Type")).startsWith("application/json");
        return JSON.readTree(response.body());
    }

    static List<String> titles(String filter) {
        JsonNode body = ok("posts", "limit=all&filter=" + URLEncoder.encode(filter, StandardCharsets.UTF_8));
        List<String> titles = new ArrayList<>();
        body.get("posts").forEach(p -> titles.add(p.get("title").asString()));
        return titles;
    }

    static JsonNode error(Http.Response response) {
        assertThat(response.header("Content-Type")).startsWith("application/json");
        return JSON.readTree(response.body()).get("errors").get(0);
    }

    @Test
    void browsing_posts_answers_fifteen_newest_first_in_ghosts_envelope() {
        JsonNode body = ok("posts", "");
        assertThat(body.get("posts")).hasSize(15);
        assertThat(body.get("posts").get(0).get("title").asString()).isEqualTo("Ports reopen");
        JsonNode pagination = body.get("meta").get("pagination");
        assertThat(pagination.get("page").asInt()).isEqualTo(1);
        assertThat(pagination.get("limit").asInt()).isEqualTo(15);
        assertThat(pagination.get("pages").asInt()).isEqualTo(2);
        assertThat(pagination.get("total").asInt()).isEqualTo(Newsstand.PUBLISHED_ARTICLES);
        assertThat(pagination.get("next").asInt()).isEqualTo(2);
        assertThat(pagination.get("prev").isNull()).isTrue();
    }

    @Test
    void a_post_has_ghosts_fields_ids_and_times() {
        JsonNode post = ok("posts", "filter=slug:" + news.budget().slug()).get("posts").get(0);
        assertThat(post.get("id").asString()).isEqualTo(Ids.of(news.budget().id())).hasSize(24);
        assertThat(post.get("uuid").asString()).matches("[0-9a-f-]{36}");
        assertThat(post.get("html").asString()).contains("<em>money</em>");
        assertThat(post.get("custom_excerpt").asString()).isEqualTo("The chancellor's sums");
        assertThat(post.get("excerpt").asString()).isEqualTo("The chancellor's sums");
        assertThat(post.get("published_at").asString()).matches("2024-03-02T\\d{2}:\\d{2}:\\d{2}\\.\\d{3}\\+00:00");
        assertThat(post.get("url").asString()).isEqualTo(site.http().base().resolve(news.budget().path()).toString());
        assertThat(post.get("visibility").asString()).isEqualTo("public");
        assertThat(post.get("featured").asBoolean()).isFalse();
        assertThat(post.get("reading_time").asInt()).isGreaterThanOrEqualTo(0);
        assertThat(post.has("authors")).isFalse();
        assertThat(post.has("meta_title") && post.get("meta_title").isNull()).isTrue();
    }

    @Test
    void limit_and_page_walk_the_list_and_all_means_the_most_one_page_holds() {
        JsonNode second = ok("posts", "limit=5&page=2");
        assertThat(second.get("posts")).hasSize(5);
        assertThat(second.get("meta").get("pagination").get("prev").asInt()).isEqualTo(1);
        assertThat(second.get("meta").get("pagination").get("pages").asInt()).isEqualTo(4);
        assertThat(ok("posts", "limit=all").get("meta").get("pagination").get("limit").asInt()).isEqualTo(100);
        assertThat(ok("posts", "limit=5000").get("meta").get("pagination").get("limit").asInt()).isEqualTo(100);
        assertThat(ok("posts", "page=9").get("posts")).isEmpty();
    }

    @Test
    void each_filter_form_narrows_the_list() {
        assertThat(titles("tag:ports")).containsExactly("Ports reopen", "Strike at the port");
        assertThat(titles("tags:[economy,ports]")).containsExactly("Ports reopen", "Budget day", "Strike at the port");
        assertThat(titles("author:bob-jones")).containsExactly("Ports reopen", "Budget day");
        assertThat(titles("authors.slug:ann-smith+featured:true")).containsExactly("Strike at the port");
        assertThat(titles("tag:economy,featured:true")).containsExactly("Budget day", "Strike at the port");
        assertThat(titles("tag:-misc")).containsExactly("Ports reopen", "Budget day", "Strike at the port");
        assertThat(titles("(tag:ports,tag:economy)+author:ann-smith")).containsExactly("Ports reopen", "Strike at the port");
        assertThat(titles("primary_tag:labour")).containsExactly("Strike at the port");
        assertThat(titles("primary_author:bob-jones")).containsExactly("Budget day");
        assertThat(titles("published_at:>'2024-03-01 12:00:00'")).containsExactly("Ports reopen", "Budget day");
        assertThat(titles("published_at:<='2024-01-02'+tag:misc")).containsExactly("Filler 1");
        assertThat(titles("id:" + Ids.of(news.reopen().id()))).containsExactly("Ports reopen");
        assertThat(titles("title:~'PORT'+visibility:public")).containsExactly("Ports reopen", "Strike at the port");
    }

    @Test
    void several_text_conditions_work_together_and_wildcards_in_their_values_are_taken_literally() {
        assertThat(titles("title:~'harbour'+slug:~'tide'")).isEmpty();
        assertThat(titles("title:~'port'+slug:~'reopen'")).containsExactly("Ports reopen");
        assertThat(titles("title:~^'strike'+title:~$'port'+slug:~'at-the'")).containsExactly("Strike at the port");
        assertThat(titles("title:~'port'+title:-~'reopen'")).containsExactly("Strike at the port");
        assertThat(titles("title:~'%'")).isEmpty();
        assertThat(titles("title:~'_'+title:~'!'")).isEmpty();
        assertThat(titles("title:~'po%t'+title:~'!%'")).isEmpty();
    }

    @Test
    void a_filter_that_cannot_be_read_is_a_bad_request_in_ghosts_error_shape() {
        Http.Response response = get(ROOT + "posts/?key=" + key + "&filter=" + URLEncoder.encode("tag:[a,b", StandardCharsets.UTF_8));
        assertThat(response.status()).isEqualTo(400);
        JsonNode error = error(response);
        assertThat(error.get("type").asString()).isEqualTo("BadRequestError");
        assertThat(error.get("message").asString()).isEqualTo("Error parsing filter");
        assertThat(error.get("context").asString()).contains("not closed");
        assertThat(error(get(ROOT + "posts/?key=" + key + "&filter=password:x")).get("context").asString()).contains("'password'");
        assertThat(get(ROOT + "posts/?key=" + key + "&order=body%20asc").status()).isEqualTo(422);
        assertThat(error(get(ROOT + "posts/?key=" + key + "&include=secrets")).get("type").asString()).isEqualTo("ValidationError");
        assertThat(get(ROOT + "posts/?key=" + key + "&limit=-3").status()).isEqualTo(422);
    }

    @Test
    void include_brings_authors_and_tags_with_the_primary_ones() {
        JsonNode post = ok("posts", "include=authors,tags&filter=slug:" + news.reopen().slug()).get("posts").get(0);
        assertThat(post.get("authors")).hasSize(2);
        assertThat(post.get("primary_author").get("slug").asString()).isEqualTo("ann-smith");
        assertThat(post.get("primary_author").get("url").asString()).endsWith("/author/ann-smith/");
        assertThat(post.get("tags").get(1).get("slug").asString()).isEqualTo("labour");
        assertThat(post.get("primary_tag").get("name").asString()).isEqualTo("Ports");
    }

    @Test
    void fields_keep_only_what_is_named_and_formats_choose_the_text() {
        JsonNode post = ok("posts", "fields=title,url&limit=1").get("posts").get(0);
        List<String> names = new ArrayList<>();
        post.propertyNames().forEach(names::add);
        assertThat(names).containsExactly("id", "title", "url");
        JsonNode plain = ok("posts", "formats=plaintext&filter=slug:" + news.budget().slug()).get("posts").get(0);
        assertThat(plain.has("html")).isFalse();
        assertThat(plain.get("plaintext").asString()).isEqualTo("Words about money.\nMore words.");
    }

    @Test
    void order_sorts_by_one_field_or_several() {
        assertThat(ok("posts", "order=title%20asc").get("posts").get(0).get("title").asString()).isEqualTo("Budget day");
        assertThat(ok("posts", "order=featured%20desc,published_at%20asc").get("posts").get(1).get("title").asString())
                .isEqualTo("Filler 1");
        assertThat(ok("posts", "order=published_at%20asc").get("posts").get(0).get("title").asString()).isEqualTo("Filler 1");
    }

    @Test
    void a_post_is_read_by_id_and_by_slug_and_a_draft_is_not_found() {
        assertThat(ok("posts/" + Ids.of(news.strike().id()), "").get("posts").get(0).get("featured").asBoolean()).isTrue();
        JsonNode read = ok("posts/slug/" + news.strike().slug(), "include=tags");
        assertThat(read.has("meta")).isFalse();
        assertThat(read.get("posts").get(0).get("primary_tag").get("slug").asString()).isEqualTo("labour");
        for (String path : List.of("posts/slug/" + news.draft().slug(), "posts/" + Ids.of(news.draft().id()), "posts/123",
                "posts/slug/" + news.about().slug())) {
            Http.Response missing = get(ROOT + path + "/?key=" + key);
            assertThat(missing.status()).as(path).isEqualTo(404);
            assertThat(error(missing).get("type").asString()).isEqualTo("NotFoundError");
            assertThat(error(missing).get("message").asString()).isEqualTo("Post not found.");
        }
    }

    @Test
    void pages_are_the_published_static_pages_and_never_posts() {
        JsonNode pages = ok("pages", "");
        assertThat(pages.get("pages")).hasSize(1);
        assertThat(pages.get("pages").get(0).get("url").asString()).endsWith("/about-us/");
        assertThat(ok("pages/slug/about-us", "").get("pages").get(0).get("title").asString()).isEqualTo("About us");
        assertThat(get(ROOT + "pages/slug/donate/?key=" + key).status()).isEqualTo(404);
        assertThat(titles("slug:about-us")).isEmpty();
    }

    @Test
    void authors_and_tags_are_those_of_published_posts_with_their_counts() {
        JsonNode authors = ok("authors", "include=count.posts");
        assertThat(authors.get("authors")).hasSize(3);
        assertThat(authors.get("authors").get(0).get("name").asString()).isEqualTo("Ann Smith");
        assertThat(authors.get("authors").get(0).get("count").get("posts").asInt()).isEqualTo(2);
        assertThat(ok("authors/slug/carl-filler", "include=count.posts").get("authors").get(0).get("count").get("posts").asInt())
                .isEqualTo(17);
        assertThat(get(ROOT + "authors/slug/dana-draft/?key=" + key).status()).isEqualTo(404);
        JsonNode tags = ok("tags", "include=count.posts&order=count.posts%20desc");
        assertThat(tags.get("tags").get(0).get("slug").asString()).isEqualTo("misc");
        assertThat(tags.get("tags").get(0).get("url").asString()).endsWith("/topic/misc/");
        assertThat(ok("tags", "filter=slug:[ports,economy]").get("tags")).hasSize(2);
        assertThat(error(get(ROOT + "tags/slug/secrets/?key=" + key)).get("message").asString()).isEqualTo("Tag not found.");
    }

    @Test
    void settings_tell_the_sites_title_language_and_address() {
        Http.Response response = get(ROOT + "settings/?key=" + key);
        JsonNode settings = JSON.readTree(response.body()).get("settings");
        assertThat(settings.get("title").asString()).isEqualTo("Masthead");
        assertThat(settings.get("lang").asString()).isEqualTo("en");
        assertThat(settings.get("url").asString()).isEqualTo(site.http().base().toString());
        assertThat(settings.get("navigation").get(0).get("url").asString()).isEqualTo("/");
    }

    @Test
    void no_key_a_wrong_key_and_a_revoked_key_are_refused_as_ghost_refuses_them() {
        Http.Response none = get(ROOT + "posts/");
        assertThat(none.status()).isEqualTo(403);
        assertThat(error(none).get("type").asString()).isEqualTo("NoPermissionError");
        assertThat(error(none).get("message").asString()).isEqualTo("Authorization failed");
        Http.Response wrong = get(ROOT + "posts/?key=0123456789abcdef0123456789");
        assertThat(wrong.status()).isEqualTo(401);
        assertThat(error(wrong).get("type").asString()).isEqualTo("UnauthorizedError");
        assertThat(error(wrong).get("code").asString()).isEqualTo("UNKNOWN_CONTENT_API_KEY");
        assertThat(get(ROOT + "posts/?key=" + key + "&key=" + key).status()).isEqualTo(400);
        var revoked = site.magazine().apiKeys().create(Actor.system("test"), ApiKey.Kind.CONTENT, "Old site");
        assertThat(get(ROOT + "posts/?key=" + revoked.printable()).status()).isEqualTo(200);
        site.magazine().apiKeys().revoke(Actor.system("test"), revoked.key().id());
        assertThat(get(ROOT + "posts/?key=" + revoked.printable()).status()).isEqualTo(401);
        assertThat(none.header("Cache-Control")).contains("no-store");
    }

    @Test
    void other_sites_pages_may_call_it_and_a_cache_may_keep_an_answer_a_minute() {
        Http.Response response = get(ROOT + "posts/?key=" + key);
        assertThat(response.header("Access-Control-Allow-Origin")).isEqualTo("*");
        assertThat(response.header("Cache-Control")).isEqualTo("public, max-age=60");
        Http.Response preflight = site.http().send(HttpRequest.newBuilder(site.http().base().resolve(ROOT + "posts/"))
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody()).header("Origin", "https://reader.example")
                .header("Access-Control-Request-Method", "GET").header("Access-Control-Request-Headers", "accept-version").build());
        assertThat(preflight.status()).isEqualTo(204);
        assertThat(preflight.header("Access-Control-Allow-Origin")).isEqualTo("*");
        assertThat(preflight.header("Access-Control-Allow-Headers")).containsIgnoringCase("accept-version");
    }

    @Test
    void the_versioned_addresses_of_older_clients_answer_the_same() {
        for (String version : List.of("v2", "v3", "v4", "v5", "canary")) {
            Http.Response response = site.http().send(HttpRequest.newBuilder(site.http().base()
                    .resolve("/ghost/api/" + version + "/content/posts/?limit=1&key=" + key)).header("Accept-Version", "v5.0").GET().build());
            assertThat(response.status()).as(version).isEqualTo(200);
            assertThat(response.header("Content-Version")).isEqualTo("v6.0");
        }
        assertThat(get("/ghost/api/v9/content/posts/?key=" + key).status()).isEqualTo(404);
    }

    @Test
    void an_address_under_the_api_that_names_nothing_answers_json_not_a_page() {
        Http.Response response = get(ROOT + "members/?key=" + key);
        assertThat(response.status()).isEqualTo(404);
        assertThat(error(response).get("message").asString()).isEqualTo("Resource not found");
    }
}
