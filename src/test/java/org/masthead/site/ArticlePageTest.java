package org.masthead.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.masthead.common.Actor;
import org.masthead.settings.Setting;
import org.masthead.support.Http;
import org.masthead.support.ReferencePage;
import org.masthead.support.RunningSite;
import org.masthead.support.SiteExtension;

class ArticlePageTest {
    /** The system actor test data is written as, through the doors imports use. */
    private static final Actor SYSTEM = Actor.system("test");

    private static final String PATH = "/2017/09/18/isis-is-stepping-up-its-atrocities-to-compensate-for-its-defeat/";
    @RegisterExtension
    static final SiteExtension site = SiteExtension.of(RunningSite::withReferencePage);

    @Test
    void the_article_page_carries_every_element_of_the_reference_page_in_its_order() {
        Http.Response response = site.http().get(PATH);
        assertThat(response.status()).isEqualTo(200);
        Document page = response.html();
        Element article = page.selectFirst("main article");

        List<Element> order = List.of(
                article.selectFirst(".share-top"),
                article.selectFirst("h1"),
                article.selectFirst(".byline"),
                article.selectFirst("figure .credit"),
                article.selectFirst(".article-body"),
                article.selectFirst(".more-by"),
                article.selectFirst(".bio"),
                article.selectFirst(".share-bottom"));
        assertThat(order).doesNotContainNull();
        List<Element> all = article.getAllElements();
        assertThat(order).isSortedAccordingTo((a, b) -> Integer.compare(all.indexOf(a), all.indexOf(b)));

        assertThat(article.selectFirst("h1").text()).isEqualTo(ReferencePage.TITLE);
        assertThat(article.selectFirst(".byline").text()).isEqualTo("By Patrick Cockburn");
        assertThat(article.selectFirst(".byline a").attr("href")).isEqualTo("/author/patrick-cockburn/");
        assertThat(article.select(".article-body p").eachText()).containsExactlyElementsOf(ReferencePage.paragraphs());
        assertThat(article.selectFirst(".more-by").text()).isEqualTo("More articles by: Patrick Cockburn");
        assertThat(article.selectFirst(".more-by a").attr("href")).isEqualTo("/author/patrick-cockburn/");
        assertThat(article.selectFirst(".bio").text()).startsWith("Patrick Cockburn is the author of")
                .endsWith("The Rise of Islamic State: ISIS and the New Sunni Revolution.");
    }

    @Test
    void the_photo_credit_reads_photo_by_name_and_licence_with_the_licence_linked_to_its_deed() {
        Element credit = site.http().get(PATH).html().selectFirst("figure .credit");

        assertThat(credit.text()).isEqualTo("Photo by Erich Ferdinand | CC BY 2.0");
        Element licence = credit.selectFirst("a[rel=license]");
        assertThat(licence.text()).isEqualTo("CC BY 2.0");
        assertThat(licence.attr("href")).isEqualTo("https://creativecommons.org/licenses/by/2.0/");
    }

    @Test
    void the_share_bars_above_and_below_are_plain_links_carrying_the_canonical_address_and_the_title() {
        Document page = site.http().get(PATH).html();
        String canonical = page.selectFirst("link[rel=canonical]").attr("href");
        assertThat(canonical).isEqualTo(site.http().base().resolve(PATH).toString());

        for (String bar : List.of(".share-top", ".share-bottom")) {
            List<Element> links = page.select(bar + " a");
            assertThat(links).extracting(Element::text)
                    .containsExactly("Facebook", "X (Twitter)", "Reddit", "Bluesky", "Mastodon", "Email", "Copy link");
            for (Element link : links) {
                String decoded = URLDecoder.decode(link.attr("href"), StandardCharsets.UTF_8);
                assertThat(decoded).contains(canonical).doesNotContain("utm_");
                if (!link.text().equals("Facebook") && !link.text().equals("Copy link")) {
                    assertThat(decoded).contains(ReferencePage.TITLE);
                }
            }
        }
        // No script from anyone else: the site's own file, and the page's JSON-LD, which is data.
        assertThat(page.select("script")).allSatisfy(script -> assertThat(script.attr("src").startsWith("/static/site.js?v=")
                || script.attr("type").equals("application/ld+json")).as(script.outerHtml()).isTrue());
        assertThat(page.select("iframe")).isEmpty();
    }

    @Test
    void the_share_networks_are_a_setting() {
        site.magazine().settings().set(Setting.SHARE_NETWORKS, "bluesky,linkedin,email");
        try {
            assertThat(site.http().get(PATH).html().select(".share-top a:not(.share-copy)")).extracting(Element::text)
                    .containsExactly("Bluesky", "LinkedIn", "Email");
        } finally {
            site.magazine().settings().set(Setting.SHARE_NETWORKS, Setting.SHARE_NETWORKS.defaultValue());
        }
    }

    @Test
    void the_page_is_html5_in_english_with_landmarks_and_one_h1() {
        Http.Response response = site.http().get(PATH);
        Document page = response.html();

        assertThat(response.body()).startsWith("<!DOCTYPE html>");
        assertThat(response.header("Content-Type")).startsWith("text/html").containsIgnoringCase("charset=utf-8");
        assertThat(page.selectFirst("html").attr("lang")).isEqualTo("en");
        assertThat(page.select("h1")).hasSize(1);
        assertThat(page.select("header.site-header")).hasSize(1);
        assertThat(page.select("main#main")).hasSize(1);
        assertThat(page.select("footer.site-footer")).hasSize(1);
        assertThat(page.selectFirst("a.skip-link").attr("href")).isEqualTo("#main");
        assertThat(page.title()).isEqualTo(ReferencePage.TITLE + " – Masthead");
    }

    @Test
    void the_latest_editions_follow_the_article() {
        Document page = site.http().get(PATH).html();

        assertThat(page.select("aside.latest .edition-heading")).extracting(Element::text)
                .containsExactly("November 12, 2018", "Weekend Edition November 09, 2018 Friday - Sunday");
    }

    @Test
    void a_lineup_entry_says_plainly_that_its_text_is_not_available() {
        Document page = site.http().get("/2018/11/12/short-term-health-insurance-plans-destroy-insurance-pools/").html();

        assertThat(page.selectFirst("h1").text()).isEqualTo("Short-Term Health Insurance Plans Destroy Insurance Pools");
        assertThat(page.select(".article-body")).isEmpty();
        assertThat(page.selectFirst(".body-unavailable").text())
                .startsWith("The text of this article is not available on this site.")
                .contains("November 12, 2018");
        assertThat(page.selectFirst(".more-by").text()).isEqualTo("More articles by: Dean Baker");
    }

    @Test
    void an_address_with_the_wrong_date_or_no_trailing_slash_redirects_to_the_article() {
        Http.Response wrongDate = site.http().get("/2018/01/01/isis-is-stepping-up-its-atrocities-to-compensate-for-its-defeat/");
        Http.Response noSlash = site.http().get(PATH.substring(0, PATH.length() - 1));

        assertThat(wrongDate.status()).isEqualTo(301);
        assertThat(wrongDate.header("Location")).isEqualTo(PATH);
        assertThat(noSlash.status()).isEqualTo(301);
        assertThat(noSlash.header("Location")).isEqualTo(PATH);
    }

    @Test
    void an_article_whose_address_changed_is_reached_from_its_old_address() {
        var articles = site.magazine().articles();
        var piece = articles.findPublishedBySlug("what-now").orElseThrow();
        String oldPath = piece.path();
        site.magazine().articleImports().update(SYSTEM, piece.id(), new org.masthead.article.ArticleDraft("What Now?",
                "what-now-for-the-democrats", "", piece.body(), piece.authorIds(), java.util.List.of(), null));

        Http.Response old = site.http().get(oldPath);

        assertThat(old.status()).isEqualTo(301);
        assertThat(old.header("Location")).isEqualTo("/2018/11/09/what-now-for-the-democrats/");
        assertThat(site.http().get(old.header("Location")).status()).isEqualTo(200);
    }

    @Test
    void a_page_whose_slug_changed_is_reached_from_its_old_address() {
        var editor = SYSTEM;
        var workflow = site.magazine().workflow();
        var input = new org.masthead.article.DraftInput("Support Us", "support-us", "", org.masthead.article.BodyFormat.MARKDOWN,
                "Readers keep us going.", List.of(), List.of(), null);
        var page = workflow.publishNow(editor, workflow.writePage(editor, input).id());
        workflow.save(editor, page.id(), new org.masthead.article.DraftInput("Donate", "donate", "",
                org.masthead.article.BodyFormat.MARKDOWN, "Readers keep us going.", List.of(), List.of(), null), page.version());

        Http.Response old = site.http().get("/support-us/");

        assertThat(old.status()).isEqualTo(301);
        assertThat(old.header("Location")).isEqualTo("/donate/");
        assertThat(site.http().get("/donate/").status()).isEqualTo(200);
        assertThat(site.http().get("/never-was/").status()).isEqualTo(404);
    }

    @Test
    void pages_say_how_caches_may_keep_them_and_answer_a_repeated_request_with_304() {
        Http.Response first = site.http().get(PATH);
        String etag = first.header("ETag");
        assertThat(first.header("Cache-Control")).isEqualTo("public, max-age=0, must-revalidate");
        assertThat(etag).startsWith("\"").endsWith("\"");
        assertThat(first.header("Content-Security-Policy")).contains("default-src 'self'");

        Http.Response again = site.http().send(java.net.http.HttpRequest.newBuilder(site.http().base().resolve(PATH))
                .header("If-None-Match", etag).GET().build());
        assertThat(again.status()).isEqualTo(304);
    }
}
