package org.masthead.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.masthead.support.Http;
import org.masthead.support.ReferencePage;
import org.masthead.support.RunningSite;
import org.masthead.support.SiteExtension;

/** Sharing to Mastodon through the magazine's own page, which asks for the reader's server. */
class MastodonSharePageTest {
    private static final String PATH = "/2017/09/18/isis-is-stepping-up-its-atrocities-to-compensate-for-its-defeat/";
    @RegisterExtension
    static final SiteExtension site = SiteExtension.of(RunningSite::withReferencePage);

    private static String articleUrl() {
        return site.http().base().resolve(PATH).toString();
    }

    private static String sharePath(String url, String instance) {
        return "/share/mastodon/?url=" + encode(url) + "&text=" + encode(ReferencePage.TITLE)
                + (instance == null ? "" : "&instance=" + encode(instance));
    }

    /** The form sent from the share page itself: the browser says the request comes from this site. */
    private static Http.Response submit(String path) {
        return site.http().send(HttpRequest.newBuilder(site.http().base().resolve(path)).header("Sec-Fetch-Site", "same-origin")
                .GET().build());
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    @Test
    void the_mastodon_link_of_the_share_bar_leads_to_the_magazines_own_share_page_for_this_article() {
        Element link = site.http().get(PATH).html().selectFirst(".share-top a.share-mastodon");

        assertThat(link.attr("href")).isEqualTo(sharePath(articleUrl(), null).replace("+", "%20"));
        assertThat(site.http().get(link.attr("href")).status()).isEqualTo(200);
    }

    @Test
    void the_share_page_asks_for_the_readers_server_in_a_labelled_form_that_needs_no_script() {
        Http.Response response = site.http().get(sharePath(articleUrl(), null));
        Document page = response.html();

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.header("Cache-Control")).contains("no-store");
        assertThat(page.selectFirst("h1").text()).isEqualTo("Share on Mastodon");
        Element form = page.selectFirst("main form");
        assertThat(form.attr("method")).isEqualTo("get");
        assertThat(form.attr("action")).isEqualTo("/share/mastodon/");
        Element field = form.selectFirst("input[name=instance]");
        assertThat(form.selectFirst("label[for=" + field.id() + "]").text()).isEqualTo("Your Mastodon server");
        assertThat(field.attr("placeholder")).isEqualTo("mastodon.social");
        assertThat(form.selectFirst("input[name=url]").val()).isEqualTo(articleUrl());
        assertThat(page.selectFirst("meta[name=robots]").attr("content")).isEqualTo("noindex");
        // The form's redirect goes to the reader's server: the page's policy lets a form lead to https only.
        assertThat(response.header("Content-Security-Policy")).contains("form-action 'self' https:");
    }

    @Test
    void a_good_server_is_answered_with_a_303_to_its_own_share_page_with_the_title_and_address() {
        Http.Response response = submit(sharePath(articleUrl(), " https://Mastodon.Social/ "));

        assertThat(response.status()).isEqualTo(303);
        String location = response.header("Location");
        assertThat(location).startsWith("https://mastodon.social/share?text=");
        assertThat(java.net.URI.create(location).getQuery()).isEqualTo("text=" + ReferencePage.TITLE + " " + articleUrl());
        assertThat(response.header("Set-Cookie")).startsWith("mastodon-instance=mastodon.social")
                .contains("Path=/share/mastodon/").containsIgnoringCase("HttpOnly").containsIgnoringCase("SameSite=Lax");
    }

    @Test
    void a_link_from_another_site_naming_a_server_only_fills_in_the_form_for_the_reader_to_confirm() {
        String path = sharePath(articleUrl(), "evil.example");
        for (String from : new String[] {"cross-site", "none", "same-site"}) {
            Http.Response response = site.http().send(HttpRequest.newBuilder(site.http().base().resolve(path))
                    .header("Sec-Fetch-Site", from).GET().build());

            assertThat(response.status()).as(from).isEqualTo(200);
            assertThat(response.header("Location")).as(from).isNull();
            assertThat(response.header("Set-Cookie")).as(from).isNull();
            assertThat(response.html().selectFirst("input[name=instance]").val()).as(from).isEqualTo("evil.example");
        }
        // An older browser that sends no Sec-Fetch-Site is trusted only with a Referer from this site.
        assertThat(site.http().get(path).header("Location")).isNull();
        assertThat(site.http().send(HttpRequest.newBuilder(site.http().base().resolve(path))
                .header("Referer", site.http().base().resolve(path).toString()).GET().build()).status()).isEqualTo(303);
    }

    @Test
    void the_server_typed_last_is_offered_again_from_the_readers_cookie() {
        Http.Response response = site.http().send(HttpRequest.newBuilder(site.http().base().resolve(sharePath(articleUrl(), null)))
                .header("Cookie", "mastodon-instance=hachyderm.io").GET().build());

        assertThat(response.html().selectFirst("input[name=instance]").val()).isEqualTo("hachyderm.io");
    }

    @Test
    void a_bad_server_gets_the_form_again_with_a_clear_error_tied_to_the_field() {
        for (String bad : new String[] {"evil.example/steal?x=", "javascript:alert(1)", "localhost", ""}) {
            Http.Response response = site.http().get(sharePath(articleUrl(), bad));
            Document page = response.html();

            assertThat(response.status()).as(bad).isEqualTo(400);
            assertThat(response.header("Location")).as(bad).isNull();
            Element field = page.selectFirst("input[name=instance]");
            assertThat(field.attr("aria-invalid")).as(bad).isEqualTo("true");
            String errorId = field.attr("aria-describedby").split(" ")[0];
            assertThat(page.getElementById(errorId).text()).as(bad).contains("such as mastodon.social");
            assertThat(field.val()).as(bad).isEqualTo(bad);
        }
    }

    @Test
    void an_address_of_another_site_is_refused_and_sends_no_one_anywhere() {
        for (String foreign : new String[] {"https://evil.example/", site.http().base().toString().replaceFirst("/$", "") + ".evil.example/",
                "//evil.example/", "javascript:alert(1)"}) {
            Http.Response response = site.http().get(sharePath(foreign, "mastodon.social"));

            assertThat(response.status()).as(foreign).isEqualTo(400);
            assertThat(response.header("Location")).as(foreign).isNull();
            assertThat(response.html().selectFirst("main").text()).as(foreign).contains("shares only the articles of this magazine");
        }
        assertThat(site.http().get("/share/mastodon/?instance=mastodon.social").status()).isEqualTo(400);
        assertThat(site.http().get(sharePath(site.http().base().resolve("/author/patrick-cockburn/").toString(), "mastodon.social"))
                .status()).as("an address of the site that is no article").isEqualTo(400);
    }

    @Test
    void what_is_shared_is_the_articles_own_title_whatever_text_the_address_carries() {
        String planted = "/share/mastodon/?url=" + encode(articleUrl()) + "&text=" + encode("Claim your prize at evil.example")
                + "&instance=mastodon.social";

        Http.Response response = submit(planted);

        assertThat(java.net.URI.create(response.header("Location")).getQuery())
                .isEqualTo("text=" + ReferencePage.TITLE + " " + articleUrl());
    }
}
