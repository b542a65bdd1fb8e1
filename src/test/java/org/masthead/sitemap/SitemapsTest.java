package org.masthead.sitemap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.masthead.support.ArticleBuilder.anArticle;

import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.masthead.common.Actor;
import org.masthead.article.Article;
import org.masthead.article.ArticleDraft;
import org.masthead.article.ArticleKind;
import org.masthead.article.ArticleStatus;
import org.masthead.article.Body;
import org.masthead.platform.Database;
import org.masthead.settings.Setting;
import org.masthead.support.Http;
import org.masthead.support.MutableClock;
import org.masthead.support.RunningSite;

/** Sitemaps and robots.txt over HTTP, on SQLite and PostgreSQL, read as a crawler reads them. */
@ParameterizedClass
@EnumSource(Database.Kind.class)
class SitemapsTest {
    /** The system actor test data is written as, through the doors imports use. */
    private static final Actor SYSTEM = Actor.system("test");

    @Parameter
    Database.Kind kind;

    MutableClock clock = MutableClock.at("2024-03-06T12:00:00Z");
    RunningSite site;

    @BeforeEach
    void start() {
        site = RunningSite.empty(kind, clock);
        var magazine = site.magazine();
        anArticle().titled("Autumn one").by("Ann Lee").about("Port").publishedOn(LocalDate.of(2017, 9, 18)).in(magazine);
        anArticle().titled("Autumn two").by("Bo Chen").publishedOn(LocalDate.of(2017, 9, 30)).in(magazine);
        anArticle().titled("November").by("Ann Lee").about("Weather").publishedOn(LocalDate.of(2018, 11, 12)).in(magazine);
        anArticle().titled("Only a draft").by("Cy Draft").about("Secret").in(magazine);
        Article withdrawn = anArticle().titled("Withdrawn").by("Di Gone").publishedOn(LocalDate.of(2019, 2, 1)).in(magazine);
        magazine.articleImports().changeStatus(SYSTEM, withdrawn.id(), ArticleStatus.UNPUBLISHED, null);
        Article about = magazine.articleImports().create(SYSTEM, new ArticleDraft("About us", null, "",
                Body.markdown("Who we are."), List.of(), List.of(), null), ArticleKind.PAGE);
        magazine.articleImports().publish(SYSTEM, about.id(), Instant.parse("2018-01-01T00:00:00Z"));
    }

    @AfterEach
    void stop() {
        site.close();
    }

    String base() {
        return site.http().base().toString().replaceFirst("/$", "");
    }

    Document xml(String path) {
        Http.Response response = site.http().get(path);
        assertThat(response.status()).as(path).isEqualTo(200);
        assertThat(response.header("Content-Type")).as(path).isEqualTo("application/xml; charset=utf-8");
        return Jsoup.parse(response.body(), "", Parser.xmlParser());
    }

    List<String> locs(String path) {
        return xml(path).select("url > loc").eachText();
    }

    @Test
    void the_index_names_a_sitemap_for_each_month_with_articles_and_one_for_each_other_kind_of_page() {
        Document index = xml("/sitemap.xml");

        assertThat(index.selectFirst("sitemapindex").attr("xmlns")).isEqualTo("http://www.sitemaps.org/schemas/sitemap/0.9");
        assertThat(index.select("sitemap > loc").eachText()).containsExactly(base() + "/sitemap-articles-2017-09.xml",
                base() + "/sitemap-articles-2018-11.xml", base() + "/sitemap-pages.xml", base() + "/sitemap-authors.xml",
                base() + "/sitemap-topics.xml", base() + "/sitemap-editions.xml");
        assertThat(index.select("sitemap > lastmod").eachText()).allSatisfy(date -> assertThat(Instant.parse(date)).isNotNull());
    }

    @Test
    void a_months_sitemap_lists_exactly_the_articles_published_that_month() {
        assertThat(locs("/sitemap-articles-2017-09.xml")).containsExactly(base() + "/2017/09/18/autumn-one/",
                base() + "/2017/09/30/autumn-two/");
        assertThat(locs("/sitemap-articles-2018-11.xml")).containsExactly(base() + "/2018/11/12/november/");
        assertThat(site.http().get("/sitemap-articles-2019-02.xml").status()).isEqualTo(404);
    }

    @Test
    void articles_known_only_by_their_titles_stay_out_of_the_month_and_news_sitemaps() {
        anArticle().titled("Autumn lineup entry").by("Ann Lee").withoutBody().publishedOn(LocalDate.of(2017, 9, 20)).in(site.magazine());
        anArticle().titled("Winter lineup entry").by("Ann Lee").withoutBody().publishedOn(LocalDate.of(2019, 1, 7)).in(site.magazine());
        anArticle().titled("Lineup entry today").by("Ann Lee").withoutBody().publishedOn(LocalDate.of(2024, 3, 6)).atHour(6)
                .in(site.magazine());

        assertThat(locs("/sitemap-articles-2017-09.xml")).containsExactly(base() + "/2017/09/18/autumn-one/",
                base() + "/2017/09/30/autumn-two/");
        assertThat(xml("/sitemap.xml").select("sitemap > loc").eachText()).noneMatch(loc -> loc.endsWith("-2019-01.xml"));
        assertThat(site.http().get("/sitemap-articles-2019-01.xml").status()).isEqualTo(404);
        assertThat(xml("/sitemap-news.xml").select("url > loc").eachText()).isEmpty();
    }

    @Test
    void a_months_last_change_is_that_of_its_latest_changed_article() {
        Document index = xml("/sitemap.xml");
        Element september = index.select("sitemap").stream()
                .filter(s -> s.selectFirst("loc").text().endsWith("-2017-09.xml")).findFirst().orElseThrow();
        List<Instant> articles = xml("/sitemap-articles-2017-09.xml").select("url > lastmod").eachText().stream()
                .map(Instant::parse).toList();

        assertThat(Instant.parse(september.selectFirst("lastmod").text())).isEqualTo(articles.stream().max(Instant::compareTo).orElseThrow());
    }

    @Test
    void the_authors_topics_editions_and_pages_sitemaps_list_only_what_readers_can_open() {
        assertThat(locs("/sitemap-authors.xml")).containsExactlyInAnyOrder(base() + "/author/ann-lee/", base() + "/author/bo-chen/");
        assertThat(locs("/sitemap-topics.xml")).containsExactlyInAnyOrder(base() + "/topic/port/", base() + "/topic/weather/");
        assertThat(locs("/sitemap-editions.xml")).containsExactly(base() + "/edition/2017-09-18/", base() + "/edition/2017-09-29/",
                base() + "/edition/2018-11-12/");
        assertThat(locs("/sitemap-pages.xml")).containsExactly(base() + "/", base() + "/about-us/");
    }

    @Test
    void every_address_the_sitemaps_list_is_a_page_readers_can_open() {
        for (String sitemap : xml("/sitemap.xml").select("sitemap > loc").eachText()) {
            for (String loc : locs(URI.create(sitemap).getPath())) {
                assertThat(site.http().get(URI.create(loc).getPath()).status()).as(loc).isEqualTo(200);
            }
        }
    }

    @Test
    void the_news_sitemap_lists_the_articles_of_the_last_two_days_with_the_publication_and_its_language() {
        site.magazine().settings().set(Setting.SITE_TITLE, "The Evening Ledger");
        site.magazine().settings().set(Setting.SITE_LANGUAGE, "en-GB");
        anArticle().titled("Today & tonight").by("Ann Lee").publishedOn(LocalDate.of(2024, 3, 6)).atHour(6).in(site.magazine());
        anArticle().titled("Yesterday").by("Ann Lee").publishedOn(LocalDate.of(2024, 3, 5)).atHour(6).in(site.magazine());
        anArticle().titled("Just within").by("Ann Lee").publishedOn(LocalDate.of(2024, 3, 4)).atHour(13).in(site.magazine());
        anArticle().titled("Too old").by("Ann Lee").publishedOn(LocalDate.of(2024, 3, 4)).atHour(11).in(site.magazine());

        Document news = xml("/sitemap-news.xml");
        clock.set(Instant.parse("2024-03-08T05:00:00Z"));
        Document later = xml("/sitemap-news.xml");

        assertThat(news.select("news|title").eachText()).containsExactly("Today & tonight", "Yesterday", "Just within");
        assertThat(news.selectFirst("url > loc").text()).isEqualTo(base() + "/2024/03/06/today-and-tonight/");
        assertThat(news.selectFirst("news|publication > news|name").text()).isEqualTo("The Evening Ledger");
        assertThat(news.selectFirst("news|publication > news|language").text()).isEqualTo("en");
        assertThat(news.selectFirst("news|publication_date").text()).isEqualTo("2024-03-06T06:00:00Z");
        assertThat(later.select("news|title").eachText()).containsExactly("Today & tonight");
    }

    @Test
    void robots_txt_keeps_crawlers_out_of_the_newsroom_search_and_api_and_names_the_sitemaps() {
        Http.Response robots = site.http().get("/robots.txt");

        assertThat(robots.status()).isEqualTo(200);
        assertThat(robots.header("Content-Type").replace(" ", "")).isEqualTo("text/plain;charset=utf-8");
        assertThat(robots.body().lines()).contains("User-agent: *", "Disallow: /admin/", "Disallow: /api/", "Disallow: /search?",
                "Sitemap: " + base() + "/sitemap.xml", "Sitemap: " + base() + "/sitemap-news.xml");
        assertThat(robots.body().lines()).noneMatch(line -> line.equals("Disallow: /") || line.equals("Disallow:"));
    }

    @Test
    void sitemaps_answer_304_to_the_current_version_and_change_when_an_article_is_published() {
        Http.Response first = site.http().get("/sitemap.xml");
        Http.Response byTag = send("/sitemap.xml", "If-None-Match", first.header("ETag"));
        Http.Response byDate = send("/sitemap.xml", "If-Modified-Since", first.header("Last-Modified"));
        // Past the whole second HTTP dates count in: the new article is dated after what the reader holds.
        clock.advance(java.time.Duration.ofSeconds(2));
        anArticle().titled("New month").by("Ann Lee").publishedOn(LocalDate.of(2024, 3, 6)).in(site.magazine());
        Http.Response after = send("/sitemap.xml", "If-None-Match", first.header("ETag"));
        Http.Response afterByDate = send("/sitemap.xml", "If-Modified-Since", first.header("Last-Modified"));

        assertThat(first.header("Cache-Control")).isEqualTo("public, max-age=0, must-revalidate");
        assertThat(byTag.status()).isEqualTo(304);
        assertThat(byDate.status()).isEqualTo(304);
        assertThat(after.status()).isEqualTo(200);
        assertThat(after.body()).contains("/sitemap-articles-2024-03.xml");
        assertThat(afterByDate.status()).isEqualTo(200);
    }

    @Test
    void unknown_and_hostile_sitemap_names_are_the_not_found_page() {
        for (String path : List.of("/sitemap-articles-2017-13.xml", "/sitemap-articles-1999-01.xml", "/sitemap-articles-2017-09-2.xml",
                "/sitemap-whatever.xml", "/sitemap-authors-2.xml", "/sitemap-authors-1.xml", "/sitemap-pages-2.xml",
                "/sitemap-news-2.xml", "/sitemap-%3Cscript%3E.xml", "/sitemap-articles-2017-09-99999999999.xml", "/sitemap-.xml")) {
            Http.Response response = site.http().get(path);
            assertThat(response.status()).as(path).isEqualTo(404);
            assertThat(response.header("Content-Type")).as(path).startsWith("text/html");
        }
    }

    Http.Response send(String path, String header, String value) {
        return site.http().send(HttpRequest.newBuilder(site.http().base().resolve(path)).header(header, value).GET().build());
    }
}
