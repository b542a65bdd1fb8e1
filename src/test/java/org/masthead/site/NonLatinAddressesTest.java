package org.masthead.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.masthead.support.ArticleBuilder.anArticle;

import java.time.LocalDate;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.masthead.article.Article;
import org.masthead.platform.Database;
import org.masthead.support.RunningSite;

/** Articles, authors and topics named in Greek, Japanese or Cyrillic keep their letters in their addresses. */
class NonLatinAddressesTest {
    private static RunningSite site;
    private static Article japanese;

    @BeforeAll
    static void aMagazineWritingInThreeScripts() {
        site = RunningSite.empty(Database.Kind.SQLITE);
        japanese = anArticle().titled("日本").by("Αλέξης Παππάς").about("Ωmega")
                .publishedOn(LocalDate.of(2026, 3, 2)).in(site.magazine());
        anArticle().titled("Привет, мир").by("Αλέξης Παππάς").publishedOn(LocalDate.of(2026, 3, 3)).in(site.magazine());
    }

    @AfterAll
    static void close() {
        site.close();
    }

    @Test
    void an_article_titled_in_japanese_gets_a_japanese_slug_served_percent_encoded() {
        assertThat(japanese.slug()).isEqualTo("日本");
        assertThat(japanese.path()).isEqualTo("/2026/03/02/%E6%97%A5%E6%9C%AC/");

        var page = site.http().get(japanese.path());
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.html().selectFirst("h1").text()).isEqualTo("日本");
    }

    @Test
    void a_link_written_with_lower_case_escapes_as_wordpress_writes_them_finds_the_same_article() {
        var page = site.http().get("/2026/03/02/%e6%97%a5%e6%9c%ac/");

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.html().selectFirst("link[rel=canonical]").attr("href")).endsWith("/2026/03/02/%E6%97%A5%E6%9C%AC/");
    }

    @Test
    void greek_and_cyrillic_keep_their_letters_lower_cased() {
        assertThat(site.magazine().articles().findPublishedBySlug("привет-мир")).isPresent();
        assertThat(site.magazine().topics().findOrCreate("Ωmega").slug()).isEqualTo("ωmega");
    }

    @Test
    void the_author_and_topic_pages_answer_at_their_encoded_addresses_and_the_article_links_them() {
        Document article = site.http().get(japanese.path()).html();
        String author = article.selectFirst("a[href^=/author/]").attr("href");
        String topic = article.selectFirst("a[href^=/topic/]").attr("href");

        assertThat(author).isEqualTo("/author/%CE%B1%CE%BB%CE%AD%CE%BE%CE%B7%CF%82-%CF%80%CE%B1%CF%80%CF%80%CE%AC%CF%82/");
        assertThat(topic).isEqualTo("/topic/%CF%89mega/");
        assertThat(site.http().get(author).html().selectFirst("h1").text()).isEqualTo("Αλέξης Παππάς");
        assertThat(site.http().get(author).html().select(".article-list-title")).hasSize(2);
        assertThat(site.http().get(topic).status()).isEqualTo(200);
        assertThat(site.http().get(author + "feed/").body()).contains("<link>" + site.http().base().resolve(japanese.path()));
    }

    @Test
    void the_sitemaps_list_the_encoded_addresses() {
        assertThat(site.http().get("/sitemap-articles-2026-03.xml").body()).contains("/2026/03/02/%E6%97%A5%E6%9C%AC/");
        assertThat(site.http().get("/sitemap-topics.xml").body()).contains("/topic/%CF%89mega/");
    }

    @Test
    void the_mastodon_share_page_of_a_japanese_article_names_it() {
        String link = site.http().get(japanese.path()).html().selectFirst(".share-top a.share-mastodon").attr("href");

        var share = site.http().get(link);
        assertThat(share.status()).isEqualTo(200);
        assertThat(share.html().selectFirst("main").text()).contains("日本");
    }
}
