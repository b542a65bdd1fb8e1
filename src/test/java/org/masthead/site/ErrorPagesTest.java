package org.masthead.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.masthead.support.Http;
import org.masthead.support.RunningSite;
import org.masthead.support.SiteExtension;

class ErrorPagesTest {
    @RegisterExtension
    static final SiteExtension site = SiteExtension.of(RunningSite::withReferencePage);

    @Test
    void an_unknown_address_gets_a_real_404_page() {
        Http.Response response = site.http().get("/no/such/page/here/");
        Document page = response.html();

        assertThat(response.status()).isEqualTo(404);
        assertThat(response.header("Content-Type")).startsWith("text/html");
        assertThat(page.select("h1")).singleElement().extracting(e -> e.text()).isEqualTo("Page not found");
        assertThat(page.selectFirst("html").attr("lang")).isEqualTo("en");
        assertThat(page.selectFirst("main a[href=/]")).isNotNull();
    }

    @Test
    void hostile_addresses_get_a_plain_404_with_nothing_of_theirs_reflected_and_no_trace() {
        List<String> hostile = List.of(
                "/author/%3Cscript%3Ealert(1)%3C%2Fscript%3E/",
                "/media/..%2Fmasthead.db",
                "/media/%2e%2e/masthead.db",
                "/static/..%2F..%2Fetc%2Fpasswd",
                "/2018/11/12/%00/",
                "/" + "a/".repeat(300),
                "/page/99999999999/",
                "/2018/11/12/x'%20OR%201=1--/",
                "/author/x%0d%0aSet-Cookie:%20a=b/page/1/");
        for (String path : hostile) {
            Http.Response response = site.http().get(path);
            assertThat(response.status()).as(path).isIn(400, 404);
            assertThat(response.body()).as(path).doesNotContain("<script>alert", "Exception", "at org.", "masthead.db");
            assertThat(response.header("Set-Cookie")).as(path).isNull();
        }
    }

    @Test
    void an_address_the_server_cannot_even_decode_gets_the_magazines_own_error_page() {
        Http.Response response = site.http().raw("/author/%ff/");

        assertThat(response.status()).isIn(400, 404);
        assertThat(response.body()).contains("<html lang=\"en\">", "Masthead").doesNotContain("HTTP ERROR");
    }

    @Test
    void pages_carry_a_quoted_etag_that_a_revalidation_can_quote_back() {
        Http.Response first = site.http().get("/author/dean-baker/");
        String etag = first.header("ETag");

        assertThat(etag).matches("\"[0-9a-f]+-[0-9a-f]+\"");
        for (String ifNoneMatch : List.of(etag, "W/" + etag, "\"other\", " + etag)) {
            Http.Response again = site.http().send(java.net.http.HttpRequest.newBuilder(site.http().base().resolve("/author/dean-baker/"))
                    .header("If-None-Match", ifNoneMatch).GET().build());
            assertThat(again.status()).as(ifNoneMatch).isEqualTo(304);
            assertThat(again.body()).isEmpty();
        }
    }

    @Test
    void when_the_database_fails_the_reader_gets_a_plain_page_with_a_reference_to_quote() {
        try (RunningSite broken = RunningSite.withReferencePage()) {
            broken.http().get("/");
            broken.magazine().database().close();

            Http.Response response = broken.http().get("/author/dean-baker/");

            assertThat(response.status()).isEqualTo(500);
            assertThat(response.html().selectFirst("h1").text()).isEqualTo("Something went wrong on our side");
            assertThat(response.html().selectFirst(".error-id code").text()).matches("[0-9a-f]{8}");
            assertThat(response.body()).doesNotContain("Exception", "at org.", "Hikari", "SQL");
        }
    }

    @Test
    void a_published_page_lives_at_its_own_address_beside_the_year_archives() {
        var magazine = site.magazine();
        var admin = magazine.accounts().createFirstAdmin("Ada Admin", "ada@example.org", "correct horse battery", "").asActor("");
        var page = magazine.workflow().writePage(admin, new org.masthead.article.DraftInput("Donate", null, "",
                org.masthead.article.BodyFormat.MARKDOWN, "Support *independent* writing.", List.of(), List.of(), null));
        magazine.workflow().publishNow(admin, page.id());

        Http.Response donate = site.http().get("/donate/");

        assertThat(donate.status()).isEqualTo(200);
        assertThat(donate.html().selectFirst("h1").text()).isEqualTo("Donate");
        assertThat(donate.html().selectFirst(".article-body em").text()).isEqualTo("independent");
        assertThat(donate.html().select(".share")).isEmpty();
        assertThat(site.http().get("/2018/").html().selectFirst("h1").text()).isEqualTo("2018");
        assertThat(site.http().get("/nothing-here/").status()).isEqualTo(404);
    }

    @Test
    void a_head_request_gets_the_status_and_headers_a_get_would() {
        for (String path : List.of("/", "/author/dean-baker/", "/no/such/page/")) {
            Http.Response get = site.http().get(path);
            Http.Response head = site.http().send(java.net.http.HttpRequest.newBuilder(site.http().base().resolve(path))
                    .method("HEAD", java.net.http.HttpRequest.BodyPublishers.noBody()).build());
            assertThat(head.status()).as(path).isEqualTo(get.status());
            assertThat(head.header("Content-Type")).as(path).isEqualTo(get.header("Content-Type"));
            assertThat(head.body()).isEmpty();
        }
    }

    @Test
    void a_redirect_never_leaves_the_site() {
        Http.Response response = site.http().raw("//evil.example/path");

        assertThat(response.status()).isIn(301, 404);
        if (response.status() == 301) {
            assertThat(response.header("Location")).startsWith("/").doesNotStartWith("//");
        }
    }

    @Test
    void the_stylesheet_is_linked_by_its_version_kept_a_year_and_no_inline_style_applies() {
        Http.Response home = site.http().get("/");
        List<String> sheets = home.html().select("link[rel=stylesheet]").eachAttr("href");

        assertThat(home.html().select("style")).isEmpty();
        assertThat(sheets).hasSize(1);
        assertThat(sheets.get(0)).matches("/static/site\\.css\\?v=[0-9a-f]{12}");
        assertThat(home.header("Content-Security-Policy")).contains("style-src 'self';").doesNotContain("unsafe-inline");
        Http.Response css = site.http().get(sheets.get(0));
        assertThat(css.header("Content-Type")).startsWith("text/css");
        assertThat(css.header("Cache-Control")).contains("immutable");
    }
}
