package org.masthead.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.masthead.support.ArticleBuilder.anArticle;

import java.time.LocalDate;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.masthead.platform.Database;
import org.masthead.support.Http;
import org.masthead.support.ReferencePage;
import org.masthead.support.RunningSite;
import org.masthead.support.SiteExtension;

class HomePageTest {
    @RegisterExtension
    static final SiteExtension site = SiteExtension.of(RunningSite::withReferencePage);

    @Test
    void a_magazine_that_cannot_send_email_yet_offers_no_subscribe_form() {
        assertThat(site.magazine().settings().mail().isConfigured()).isFalse();

        assertThat(site.http().get("/").html().select("form.subscribe-form")).isEmpty();
    }

    @Test
    void the_home_page_lists_each_edition_with_every_author_and_title_of_the_reference_page_under_it() {
        Document home = site.http().get("/").html();
        List<Element> editions = home.select("main section.edition");

        assertThat(editions).extracting(e -> e.selectFirst(".edition-heading").text())
                .containsExactly("November 12, 2018", "Weekend Edition November 09, 2018 Friday - Sunday", "September 18, 2017");
        assertThat(pairs(editions.get(0))).containsExactlyElementsOf(ReferencePage.mondayLineup());
        assertThat(pairs(editions.get(1))).containsExactlyElementsOf(ReferencePage.weekendLineup());
        assertThat(pairs(editions.get(2))).containsExactly(new ReferencePage.Pair(ReferencePage.AUTHOR, ReferencePage.TITLE));
    }

    @Test
    void the_weekend_edition_is_headed_by_its_label_its_friday_and_its_days_in_the_reference_pages_form() {
        Element heading = site.http().get("/").html().select("main .edition-heading").get(1);

        assertThat(heading.selectFirst(".edition-label").text()).isEqualTo("Weekend Edition");
        assertThat(heading.selectFirst(".edition-date").text()).isEqualTo("November 09, 2018");
        assertThat(heading.selectFirst(".edition-date").attr("datetime")).isEqualTo("2018-11-09");
        assertThat(heading.selectFirst(".edition-days").text()).isEqualTo("Friday - Sunday");
        assertThat(heading.selectFirst("a").attr("href")).isEqualTo("/edition/2018-11-09/");
    }

    @Test
    void each_title_links_to_its_article_and_each_author_to_their_page() {
        Element entry = site.http().get("/").html().select("main .lineup li").get(4);

        assertThat(entry.selectFirst(".lineup-title").text()).isEqualTo("Military “Service” Serves the Ruling Class");
        assertThat(entry.selectFirst(".lineup-title").attr("href")).isEqualTo("/2018/11/12/military-service-serves-the-ruling-class/");
        assertThat(entry.selectFirst(".lineup-author a").attr("href")).isEqualTo("/author/will-griffin/");
        assertThat(site.http().get("/2018/11/12/military-service-serves-the-ruling-class/").status()).isEqualTo(200);
    }

    @Test
    void a_page_without_a_share_bar_loads_no_script_and_an_article_loads_the_sites_own() {
        // The site's script only turns "Copy link" into a button; a page without one has nothing for it to do.
        assertThat(site.http().get("/").html().select("script[src]")).isEmpty();
        String article = site.http().get("/").html().select("main .lineup-title").first().attr("href");
        assertThat(site.http().get(article).html().select("script[src]")).singleElement()
                .satisfies(script -> assertThat(script.attr("src")).startsWith("/static/site.js?v="));
    }

    @Test
    void the_magazine_name_is_the_home_pages_one_h1() {
        Document home = site.http().get("/").html();

        assertThat(home.select("h1")).singleElement().extracting(Element::text).isEqualTo("Masthead");
        assertThat(home.select("main h2.edition-heading")).hasSize(3);
    }

    @Test
    void older_editions_are_on_further_pages_newest_first() {
        try (RunningSite many = RunningSite.empty(Database.Kind.SQLITE)) {
            LocalDate monday = LocalDate.of(2024, 3, 4);
            for (int week = 0; week < 2; week++) {
                for (int day = 0; day < 4; day++) {
                    LocalDate date = monday.plusWeeks(week).plusDays(day);
                    anArticle().titled("Piece of " + date).by("Ann Writer").publishedOn(date).in(many.magazine());
                }
            }
            Http.Response first = many.http().get("/");
            Http.Response second = many.http().get("/page/2/");
            Http.Response pageOne = many.http().get("/page/1/");
            Http.Response beyond = many.http().get("/page/3/");

            assertThat(first.html().select(".edition-date")).extracting(Element::text)
                    .containsExactly("March 14, 2024", "March 13, 2024", "March 12, 2024", "March 11, 2024", "March 07, 2024");
            assertThat(first.html().selectFirst("nav.pager a[rel=next]").attr("href")).isEqualTo("/page/2/");
            assertThat(second.html().select(".edition-date")).extracting(Element::text)
                    .containsExactly("March 06, 2024", "March 05, 2024", "March 04, 2024");
            assertThat(second.html().selectFirst("nav.pager a[rel=prev]").attr("href")).isEqualTo("/");
            assertThat(second.html().select("nav.pager a[rel=next]")).isEmpty();
            assertThat(pageOne.status()).isEqualTo(301);
            assertThat(beyond.status()).isEqualTo(404);
        }
    }

    @Test
    void an_empty_magazine_says_nothing_is_published_yet() {
        try (RunningSite empty = RunningSite.empty(Database.Kind.SQLITE)) {
            Http.Response home = empty.http().get("/");

            assertThat(home.status()).isEqualTo(200);
            assertThat(home.html().selectFirst("main").text()).isEqualTo("Nothing has been published yet.");
        }
    }

    private static List<ReferencePage.Pair> pairs(Element edition) {
        return edition.select(".lineup li").stream()
                .map(li -> new ReferencePage.Pair(li.selectFirst(".lineup-author").text(), li.selectFirst(".lineup-title").text()))
                .toList();
    }
}
