package org.masthead.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.masthead.support.ArticleBuilder.anArticle;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.masthead.account.Actor;
import org.masthead.article.Article;
import org.masthead.platform.Database;
import org.masthead.support.RunningSite;
import org.masthead.support.SiteExtension;

/**
 * A change to what an article shows besides its own words (an author, a topic, a picture, an edition) forgets the
 * kept pages showing it, and no other: each test keeps pages that show the change and pages that do not.
 */
class PageCacheForgettingTest {
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

        site.magazine().authors().describe(Actor.system("test"), ada.id(), "Ada Marsh-Reed", "Watches the *tides*.");

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
}
