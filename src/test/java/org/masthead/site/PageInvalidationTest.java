package org.masthead.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.masthead.support.ArticleBuilder.anArticle;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.masthead.common.Actor;
import org.masthead.article.Article;
import org.masthead.article.ArticleDraft;
import org.masthead.article.ArticleStatus;
import org.masthead.platform.Database;
import org.masthead.support.RunningSite;
import org.masthead.support.SiteExtension;

/**
 * A change forgets exactly the kept pages it reached: an article's words the pages that show it; its coming out,
 * going or moving also the lists it leaves and joins; what readers never see, nothing; anything else, every page.
 */
class PageInvalidationTest {
    /** The system actor test data is written as, through the doors imports use. */
    private static final Actor SYSTEM = Actor.system("test");

    @RegisterExtension
    static final SiteExtension site = SiteExtension.of(() -> RunningSite.empty(Database.Kind.SQLITE));

    private static int days;

    /** An article in an edition of its own, years back, with words no other article here shares. */
    private static Article old(String title, String author, String topic, String words) {
        LocalDate day = LocalDate.of(2012, 1, 2).plusDays(days++);
        return anArticle().titled(title).by(author).about(topic).withBody(words).publishedOn(day).in(site.magazine());
    }

    /** Six newer editions: an old article's edition is off the first home page and the article pages' lineup. */
    private static void newerEditions(String prefix) {
        for (int i = 0; i < 6; i++) {
            anArticle().titled(prefix + " dispatch " + i).by("Desk " + prefix).about("Dispatches " + prefix)
                    .withBody("Quarry " + i + " granite lorries " + prefix).publishedOn(LocalDate.of(2025, 3, 3).plusDays(days++))
                    .in(site.magazine());
        }
    }

    private static List<String> read(String... paths) {
        for (String path : paths) {
            assertThat(site.http().get(path).status()).as(path).isEqualTo(200);
            assertThat(site.magazine().pageCache().holds(path)).as(path + " kept").isTrue();
        }
        return List.of(paths);
    }

    private static List<String> kept(List<String> paths) {
        List<String> kept = new ArrayList<>();
        for (String path : paths) {
            if (site.magazine().pageCache().holds(path)) {
                kept.add(path);
            }
        }
        return kept;
    }

    private static ArticleDraft retitled(Article article, String title) {
        return new ArticleDraft(title, article.slug(), article.dek(), article.body(), article.authorIds(),
                site.magazine().topics().ofArticle(article.id()).stream().map(t -> t.id()).toList(), article.leadImageId());
    }

    @Test
    void a_corrected_title_forgets_the_pages_that_show_the_article_and_keeps_the_others() {
        Article fixed = old("Salt marsh notse", "Ada Fenn", "Marshes", "Samphire herons estuary mudflats");
        Article other = old("Lighthouse keepers", "Bo Strand", "Lamps", "Lantern wick paraffin gallery");
        newerEditions("a");
        String edition = "/edition/" + fixed.publishedOn() + "/";
        List<String> showing = read(fixed.path(), "/author/ada-fenn/", "/topic/marshes/", "/2012/", edition, "/feed/",
                "/author/ada-fenn/feed/");
        List<String> notShowing = read(other.path(), "/", "/author/bo-strand/", "/topic/lamps/", "/author/desk-a/",
                "/edition/" + other.publishedOn() + "/");

        site.magazine().articleImports().update(SYSTEM, fixed.id(), retitled(fixed, "Salt marsh notes"));

        assertThat(kept(showing)).isEmpty();
        assertThat(kept(notShowing)).containsExactlyElementsOf(notShowing);
        for (String path : showing) {
            assertThat(site.http().get(path).body()).as(path).contains("Salt marsh notes").doesNotContain("Salt marsh notse");
        }
    }

    @Test
    void drafts_sign_ins_and_notes_forget_no_page() {
        Article out = old("Tidal mills", "Cy Moss", "Mills", "Millpond sluice wheel grain");
        newerEditions("b");
        site.magazine().accounts().createFirstAdmin("Kit Keeper", "keeper@example.org", "a long enough password 1", "203.0.113.9");
        List<String> pages = read("/", out.path(), "/author/cy-moss/", "/feed/");

        Article draft = anArticle().titled("Unfinished piece").by("Cy Moss").withBody("Draft words").in(site.magazine());
        site.magazine().articleImports().update(SYSTEM, draft.id(), retitled(draft, "Still unfinished"));
        site.magazine().articleImports().changeStatus(SYSTEM, draft.id(), ArticleStatus.SUBMITTED, null);
        var signedIn = site.magazine().signIn().signIn("keeper@example.org", "a long enough password 1", "203.0.113.9", "test");
        site.magazine().signIn().signIn("keeper@example.org", "wrong password", "203.0.113.9", "test");

        assertThat(signedIn).isNotNull();
        assertThat(kept(pages)).containsExactlyElementsOf(pages);
    }

    @Test
    void an_article_coming_out_forgets_the_lists_it_joins_and_keeps_other_writers_and_topics_pages() {
        Article sameDay = old("Ferry timetables", "Di Wren", "Ferries", "Crossing ramp hull berth");
        Article bystander = old("Kelp harvest", "Ed Rook", "Kelp", "Fronds holdfast drying racks");
        newerEditions("c");
        List<String> joined = read("/", "/author/di-wren/", "/topic/ferries/", "/feed/", "/2012/", bystander.path());
        List<String> untouched = read("/author/ed-rook/", "/topic/kelp/");
        Article draft = anArticle().titled("Night crossing").by("Di Wren").about("Ferries").withBody("Starboard lights fog horn")
                .in(site.magazine());

        // Into an edition that is there already: a new edition would change every page's lists.
        site.magazine().articleImports().publish(SYSTEM, draft.id(),
                site.magazine().articles().startOf(sameDay.publishedOn()).plusSeconds(3600 * 9));

        assertThat(kept(joined)).isEmpty();
        assertThat(kept(untouched)).containsExactlyElementsOf(untouched);
        assertThat(site.http().get("/author/di-wren/").body()).contains("Night crossing");
    }

    @Test
    void an_article_given_to_another_writer_leaves_the_first_writers_pages_and_joins_the_seconds() {
        Article moved = old("Net mending", "Fay Loom", "Nets", "Twine shuttle knots mesh");
        Article stays = old("Net lofts", "Fay Loom", "Nets", "Loft rafters drying hooks");
        old("Boat sheds", "Gus Keel", "Sheds", "Slipway timber caulk");
        newerEditions("d");
        List<String> reached = read("/author/fay-loom/", "/author/gus-keel/", "/topic/nets/", stays.path());
        long gus = site.magazine().authors().findBySlug("gus-keel").id();

        site.magazine().articleImports().update(SYSTEM, moved.id(), new ArticleDraft(moved.title(), moved.slug(), moved.dek(),
                moved.body(),
                List.of(gus), site.magazine().topics().ofArticle(moved.id()).stream().map(t -> t.id()).toList(), null));

        assertThat(kept(reached)).isEmpty();
        assertThat(site.http().get("/author/fay-loom/").body()).doesNotContain("Net mending");
        assertThat(site.http().get("/author/gus-keel/").body()).contains("Net mending");
    }

    @Test
    void a_writers_new_bio_forgets_the_pages_that_show_them_and_keeps_the_others() {
        Article article = old("Harbour lights", "Hal Quay", "Lights", "Beacon flashes channel buoys");
        newerEditions("e");
        List<String> pages = read("/", article.path(), "/topic/lights/", "/author/hal-quay/");
        long hal = site.magazine().authors().findBySlug("hal-quay").id();

        site.magazine().authors().describe(SYSTEM, hal, "Hal Quay", "Keeps the harbour lights.");

        // Newer editions push the article off the home page: it shows nothing of Hal's and is kept.
        assertThat(kept(pages)).containsExactly("/");
        assertThat(site.http().get(article.path()).body()).contains("Keeps the harbour lights.");
    }
}
