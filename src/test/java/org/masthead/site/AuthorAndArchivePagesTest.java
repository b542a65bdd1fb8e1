package org.masthead.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.masthead.support.ArticleBuilder.anArticle;

import java.time.LocalDate;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.masthead.platform.Database;
import org.masthead.support.Http;
import org.masthead.support.ReferencePage;
import org.masthead.support.RunningSite;
import org.masthead.support.SiteExtension;

class AuthorAndArchivePagesTest {
    @RegisterExtension
    static final SiteExtension site = SiteExtension.of(RunningSite::withReferencePage);

    @Test
    void dean_bakers_page_lists_both_his_articles_newest_first() {
        Http.Response response = site.http().get("/author/dean-baker/");
        Document page = response.html();

        assertThat(response.status()).isEqualTo(200);
        assertThat(page.selectFirst("h1").text()).isEqualTo("Dean Baker");
        assertThat(page.select(".article-list li .article-list-title")).extracting(Element::text).containsExactly(
                "Short-Term Health Insurance Plans Destroy Insurance Pools",
                "Good News, the Stock Market is Plunging: Thoughts on Wealth");
        assertThat(page.select(".article-list li time")).extracting(Element::text)
                .containsExactly("November 12, 2018", "November 09, 2018");
    }

    @Test
    void an_authors_page_shows_their_bio() {
        Document page = site.http().get("/author/patrick-cockburn/").html();

        assertThat(page.selectFirst(".page-header .bio").text()).startsWith("Patrick Cockburn is the author of");
        assertThat(page.select(".article-list-title")).extracting(Element::text).containsExactly(ReferencePage.TITLE);
    }

    @Test
    void an_authors_articles_are_paginated() {
        try (RunningSite prolific = RunningSite.empty(Database.Kind.SQLITE)) {
            for (int i = 1; i <= 25; i++) {
                anArticle().titled("Column number " + i).by("Ann Writer").publishedOn(LocalDate.of(2024, 1, 1).plusDays(i)).in(prolific.magazine());
            }
            Document first = prolific.http().get("/author/ann-writer/").html();
            Document second = prolific.http().get("/author/ann-writer/page/2/").html();

            assertThat(first.select(".article-list li")).hasSize(20);
            assertThat(first.selectFirst(".article-list-title").text()).isEqualTo("Column number 25");
            assertThat(second.select(".article-list-title")).extracting(Element::text)
                    .containsExactly("Column number 5", "Column number 4", "Column number 3", "Column number 2", "Column number 1");
            assertThat(prolific.http().get("/author/ann-writer/page/3/").status()).isEqualTo(404);
        }
    }

    @Test
    void the_weekend_editions_page_lists_its_lineup_and_any_of_its_days_leads_there() {
        Http.Response edition = site.http().get("/edition/2018-11-09/");
        Http.Response saturday = site.http().get("/edition/2018-11-10/");

        assertThat(edition.status()).isEqualTo(200);
        Document page = edition.html();
        assertThat(page.selectFirst("h1").text()).isEqualTo("Weekend Edition November 09, 2018 Friday - Sunday");
        assertThat(page.title()).isEqualTo("Weekend Edition, November 09, 2018 (Friday - Sunday) – Masthead");
        assertThat(page.select(".article-list li")).hasSize(ReferencePage.weekendLineup().size());
        assertThat(page.selectFirst("nav.pager a[rel=prev]").attr("href")).isEqualTo("/edition/2018-11-12/");
        assertThat(page.selectFirst("nav.pager a[rel=next]").attr("href")).isEqualTo("/edition/2017-09-18/");
        assertThat(saturday.status()).isEqualTo(301);
        assertThat(saturday.header("Location")).isEqualTo("/edition/2018-11-09/");
    }

    @Test
    void date_archives_show_the_year_the_month_and_the_day() {
        Document year = site.http().get("/2018/").html();
        Document month = site.http().get("/2018/11/").html();
        Document day = site.http().get("/2018/11/12/").html();

        assertThat(year.selectFirst("h1").text()).isEqualTo("2018");
        assertThat(year.select(".edition-date")).extracting(Element::text).containsExactly("November 12, 2018", "November 09, 2018");
        assertThat(month.selectFirst("h1").text()).isEqualTo("November 2018");
        assertThat(day.selectFirst("h1").text()).isEqualTo("November 12, 2018");
        assertThat(day.select(".lineup li")).hasSize(ReferencePage.mondayLineup().size());
        assertThat(site.http().get("/2017/").html().select(".lineup-title")).extracting(Element::text).containsExactly(ReferencePage.TITLE);
    }

    @Test
    void archives_of_days_without_articles_and_impossible_dates_are_not_found() {
        assertThat(site.http().get("/2016/").status()).isEqualTo(404);
        assertThat(site.http().get("/2018/11/10/").status()).isEqualTo(404);
        assertThat(site.http().get("/2018/13/").status()).isEqualTo(404);
        assertThat(site.http().get("/2018/02/30/").status()).isEqualTo(404);
        assertThat(site.http().get("/edition/2018-02-30/").status()).isEqualTo(404);
        assertThat(site.http().get("/edition/2019-01-01/").status()).isEqualTo(404);
        assertThat(site.http().get("/author/nobody-at-all/").status()).isEqualTo(404);
    }
}
