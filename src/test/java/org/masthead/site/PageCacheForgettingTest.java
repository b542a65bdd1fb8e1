package org.masthead.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.masthead.support.ArticleBuilder.anArticle;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.masthead.common.Actor;
import org.masthead.article.Article;
import org.masthead.edition.EditionSpan;
import org.masthead.media.CreditKind;
import org.masthead.media.ImageDetails;
import org.masthead.media.Licence;
import org.masthead.platform.Database;
import org.masthead.support.Pictures;
import org.masthead.support.RunningSite;
import org.masthead.support.SiteExtension;

/**
 * A change to what an article shows besides its own words (an author, a topic, a picture, an edition) forgets the
 * kept pages showing it, and no other: each test keeps pages that show the change and pages that do not.
 */
class PageCacheForgettingTest {
    /** The system actor test data is written as, through the doors imports use. */
    private static final Actor SYSTEM = Actor.system("test");

    @RegisterExtension
    static final SiteExtension site = SiteExtension.of(() -> RunningSite.empty(Database.Kind.SQLITE));

    private static Article published(String title, String author, String topic, LocalDate day) {
        return anArticle().titled(title).by(author).about(topic).publishedOn(day).in(site.magazine());
    }

    /** Reads each page twice (the second from the cache) and checks it is kept. */
    private static void read(List<String> paths) {
        for (String path : paths) {
            assertThat(site.http().get(path).status()).as(path).isEqualTo(200);
            site.http().get(path);
            assertThat(site.magazine().pageCache().holds(path)).as(path + " kept").isTrue();
        }
    }

    private static List<Long> topicIds(Article article) {
        return site.magazine().topics().ofArticle(article.id()).stream().map(t -> t.id()).toList();
    }

    private static void assertForgotten(List<String> paths) {
        for (String path : paths) {
            assertThat(site.magazine().pageCache().holds(path)).as(path + " forgotten").isFalse();
        }
    }

    private static void assertKept(List<String> paths) {
        for (String path : paths) {
            assertThat(site.magazine().pageCache().holds(path)).as(path + " kept").isTrue();
        }
    }

    @Test
    void renaming_an_author_forgets_the_pages_with_their_byline_and_keeps_the_others() {
        Article theirs = published("Salt marsh birds", "Ada Marsh", "Marshes", LocalDate.of(2024, 3, 4));
        published("Lighthouse keepers", "Ben Stone", "Lighthouses", LocalDate.of(2024, 3, 4));
        List<String> showing = List.of(theirs.path(), "/", "/author/ada-marsh/", "/topic/marshes/", "/2024/03/04/", "/feed/");
        List<String> notShowing = List.of("/author/ben-stone/", "/topic/lighthouses/");
        read(showing);
        read(notShowing);
        var ada = site.magazine().authors().findBySlug("ada-marsh");

        site.magazine().authors().describe(SYSTEM, ada.id(), "Ada Marsh-Reed", "Watches the *tides*.");

        assertForgotten(showing);
        assertKept(notShowing);
        for (String path : showing) {
            assertThat(site.http().get(path).body()).as(path).contains("Ada Marsh-Reed");
        }
        assertThat(site.http().get(theirs.path()).body()).contains("Watches the");
    }

    @Test
    void a_new_bio_forgets_the_author_page_and_their_articles_but_not_another_writers_page() {
        Article theirs = published("Dune grasses", "Cal Dunn", "Dunes", LocalDate.of(2023, 9, 1));
        published("Rock pools", "Dee Pool", "Pools", LocalDate.of(2023, 9, 2));
        read(List.of(theirs.path(), "/author/cal-dunn/", "/author/dee-pool/", "/topic/pools/"));
        var cal = site.magazine().authors().findBySlug("cal-dunn");

        site.magazine().authors().setBio(cal, "Walks the dunes at dawn.");

        assertForgotten(List.of(theirs.path(), "/author/cal-dunn/"));
        assertKept(List.of("/author/dee-pool/", "/topic/pools/"));
        assertThat(site.http().get("/author/cal-dunn/").body()).contains("Walks the dunes at dawn.");
        assertThat(site.http().get(theirs.path()).body()).contains("Walks the dunes at dawn.");
    }

    @Test
    void a_topic_described_anew_forgets_its_page_and_its_articles_and_keeps_another_topics() {
        Article filed = published("Mudflat worms", "Eve Flat", "Estuaries", LocalDate.of(2022, 6, 7));
        published("Lock gates", "Finn Lock", "Canals", LocalDate.of(2022, 6, 8));
        List<String> showing = List.of(filed.path(), "/topic/estuaries/", "/feed/");
        List<String> notShowing = List.of("/topic/canals/", "/author/finn-lock/", "/author/eve-flat/");
        read(showing);
        read(notShowing);
        var estuaries = site.magazine().topics().findBySlug("estuaries");

        site.magazine().topics().describe(estuaries, "Where the river meets the sea.", null);

        assertForgotten(showing);
        assertKept(notShowing);
        assertThat(site.http().get("/topic/estuaries/").body()).contains("Where the river meets the sea.");
    }

    @Test
    void a_pictures_new_credit_forgets_the_article_it_leads_and_the_home_page_it_leads_and_keeps_the_lists_without_pictures() {
        var photo = site.magazine().media().upload(SYSTEM, "heron.jpg", Pictures.jpeg(800, 600), new ImageDetails(
                "A heron on one leg", "", CreditKind.PHOTO, "Gus Reed", "", Licence.CC_BY_4_0));
        Article led = anArticle().titled("Herons").by("Gus Reed").about("Birds of the shore").withLeadImage(photo.id())
                .publishedOn(LocalDate.of(2021, 2, 3)).in(site.magazine());
        Article plain = published("Egrets", "Hal Egret", "Birds of the shore", LocalDate.of(2021, 2, 3));
        // The home page leads with the newest article that has a picture, this one, credit and all.
        List<String> showing = List.of(led.path(), "/");
        List<String> notShowing = List.of(plain.path(), "/author/gus-reed/", "/topic/birds-of-the-shore/");
        read(showing);
        read(notShowing);

        site.magazine().media().describe(SYSTEM, photo.id(), new ImageDetails("A heron on one leg", "",
                CreditKind.PHOTO, "Ida Heron", "", Licence.CC_BY_4_0));

        assertForgotten(showing);
        assertKept(notShowing);
        assertThat(site.http().get(led.path()).body()).contains("Ida Heron").doesNotContain("Gus Reed</a>, CC");
    }

    @Test
    void an_edition_relabelled_forgets_its_page_home_and_the_lineups_and_keeps_author_and_topic_pages() {
        Article inIt = published("Spring tides", "Jo Tide", "Spring", LocalDate.of(2020, 4, 1));
        var edition = site.magazine().editions().findContaining(LocalDate.of(2020, 4, 1)).orElseThrow();
        List<String> showing = List.of("/", edition.path(), inIt.path(), "/2020/04/01/", "/2020/");
        List<String> notShowing = List.of("/author/jo-tide/", "/topic/spring/");
        read(showing);
        read(notShowing);

        site.magazine().editions().open(new EditionSpan(edition.startsOn(), edition.endsOn(), "The equinox issue"));

        assertForgotten(showing);
        assertKept(notShowing);
        for (String path : showing) {
            assertThat(site.http().get(path).body()).as(path).contains("The equinox issue");
        }
    }

    @Test
    void sitemaps_are_kept_until_an_article_comes_out_and_a_pictures_credit_leaves_them_kept() {
        var photo = site.magazine().media().upload(SYSTEM, "gull.jpg", Pictures.jpeg(800, 600), new ImageDetails(
                "A gull", "", CreditKind.PHOTO, "Kit Gull", "", Licence.CC_BY_4_0));
        anArticle().titled("Gulls").by("Kit Gull").about("Gulls").withLeadImage(photo.id())
                .publishedOn(LocalDate.of(2019, 7, 1)).in(site.magazine());
        List<String> sitemaps = List.of("/sitemap.xml", "/sitemap-articles-2019-07.xml", "/sitemap-authors.xml");
        read(sitemaps);

        site.magazine().media().describe(SYSTEM, photo.id(), new ImageDetails("A gull", "", CreditKind.PHOTO,
                "Lou Gull", "", Licence.CC_BY_4_0));
        assertKept(sitemaps);
        Article later = published("Terns", "Max Tern", "Terns", LocalDate.of(2019, 7, 2));

        assertForgotten(sitemaps);
        assertThat(site.http().get("/sitemap-articles-2019-07.xml").body()).contains(later.path());
        assertThat(site.http().get("/sitemap-authors.xml").body()).contains("/author/max-tern/");
    }

    @Test
    void the_news_sitemap_which_changes_as_time_passes_is_not_kept() {
        published("Breakers", "Ned Break", "Waves", LocalDate.of(2019, 8, 1));

        site.http().get("/sitemap-news.xml");

        assertThat(site.magazine().pageCache().holds("/sitemap-news.xml")).isFalse();
    }

    @Test
    void an_imported_permalink_is_kept_as_its_redirect_until_the_article_moves() {
        Article moved = published("Old pier", "Olga Pier", "Piers", LocalDate.of(2018, 5, 5));
        Article other = published("New pier", "Pat Pier", "Piers", LocalDate.of(2018, 5, 6));
        site.magazine().articleImports().rememberOldAddress(SYSTEM, "https://old.example/2015/03/old-pier.html", moved.id());
        String old = "/2015/03/old-pier.html";
        for (int i = 0; i < 2; i++) {
            assertThat(site.http().get(old).header("Location")).isEqualTo(moved.path());
        }
        assertThat(site.magazine().pageCache().holds(old)).isTrue();

        site.magazine().articleImports().update(SYSTEM, other.id(), new org.masthead.article.ArticleDraft("New pier, rebuilt",
                other.slug(),
                other.dek(), other.body(), other.authorIds(), topicIds(other), other.leadImageId()));
        assertKept(List.of(old));
        var draft = new org.masthead.article.ArticleDraft(moved.title(), "the-old-pier", moved.dek(), moved.body(),
                moved.authorIds(), topicIds(moved), moved.leadImageId());
        site.magazine().articleImports().update(SYSTEM, moved.id(), draft);

        assertForgotten(List.of(old));
        assertThat(site.http().get(old).header("Location")).isEqualTo("/2018/05/05/the-old-pier/");
    }
}
