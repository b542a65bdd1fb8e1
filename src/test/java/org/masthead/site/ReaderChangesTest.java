package org.masthead.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.masthead.article.ArticleFootprint;
import org.masthead.article.ArticleKind;
import org.masthead.platform.Changes;

/** How a committed change becomes the tags of the pages it reached. */
class ReaderChangesTest {
    private final PageCache cache = new PageCache(1 << 20, java.time.Clock.systemUTC());
    private final ReaderChanges changes = new ReaderChanges(cache, null);

    private static ArticleFootprint out(long author, long topic) {
        return new ArticleFootprint(true, ArticleKind.ARTICLE, "tides", Instant.parse("2024-05-06T06:00:00Z"),
                LocalDate.of(2024, 5, 6), 3L, 1, false, List.of(author), List.of(topic));
    }

    private void keep(String key) throws Exception {
        cache.page(key, "text/html", "no-cache", () -> {
            PageTags.showsArticle(1);
            return PageCache.Rendered.of("page".getBytes(StandardCharsets.UTF_8));
        });
    }

    @Test
    void newsletter_subscribers_and_deliveries_forget_no_page() throws Exception {
        keep("/");

        changes.accept(new Changes(Set.of("subscribers", "subscribe_attempts", "newsletter_sends", "newsletter_deliveries"),
                Map.of()));

        assertThat(cache.holds("/")).isTrue();
    }

    @Test
    void a_table_not_sorted_here_forgets_every_page() throws Exception {
        keep("/");

        changes.accept(new Changes(Set.of("sessions", "settings"), Map.of()));

        assertThat(cache.holds("/")).isFalse();
    }

    @Test
    void articles_written_without_saying_which_forget_every_page() throws Exception {
        keep("/");

        changes.accept(new Changes(Set.of("articles"), Map.of()));

        assertThat(cache.holds("/")).isFalse();
    }

    @Test
    void new_words_in_a_published_article_reach_the_pages_showing_it_and_the_feeds() {
        assertThat(ReaderChanges.reached(7, out(1, 2), Optional.of(out(1, 2))))
                .containsExactlyInAnyOrder(PageTags.article(7), PageTags.FEEDS, PageTags.SITEMAPS);
    }

    @Test
    void a_draft_reaches_nothing() {
        ArticleFootprint draft = new ArticleFootprint(false, ArticleKind.ARTICLE, "draft", null, null, null, null, false,
                List.of(1L), List.of());

        assertThat(ReaderChanges.reached(7, null, Optional.of(draft))).isEmpty();
        assertThat(ReaderChanges.reached(7, draft, Optional.of(draft))).isEmpty();
    }

    @Test
    void an_article_moved_to_another_writer_and_topic_reaches_both_sides_lists() {
        assertThat(ReaderChanges.reached(7, out(1, 2), Optional.of(out(4, 5)))).containsExactlyInAnyOrder(PageTags.article(7),
                PageTags.FEEDS, PageTags.SITEMAPS, PageTags.ADDRESSES, PageTags.EDITIONS, PageTags.author(1), PageTags.author(4), PageTags.topic(2), PageTags.topic(5));
    }

    @Test
    void a_page_coming_out_or_moving_reaches_the_pages_linking_its_old_and_new_address() {
        ArticleFootprint about = new ArticleFootprint(true, ArticleKind.PAGE, "about", Instant.parse("2024-05-06T06:00:00Z"),
                LocalDate.of(2024, 5, 6), null, null, false, List.of(), List.of());
        ArticleFootprint moved = new ArticleFootprint(true, ArticleKind.PAGE, "about-us", about.publishedAt(), about.publishedOn(),
                null, null, false, List.of(), List.of());

        assertThat(ReaderChanges.reached(9, null, Optional.of(about))).contains(PageTags.pageAt("about"));
        assertThat(ReaderChanges.reached(9, about, Optional.of(moved))).contains(PageTags.pageAt("about"), PageTags.pageAt("about-us"));
        assertThat(ReaderChanges.reached(9, about, Optional.of(about))).doesNotContain(PageTags.pageAt("about"));
    }

    @Test
    void an_article_deleted_or_withdrawn_reaches_the_lists_it_left() {
        assertThat(ReaderChanges.reached(7, out(1, 2), Optional.empty())).contains(PageTags.EDITIONS, PageTags.author(1),
                PageTags.topic(2));
    }

    @Test
    void an_author_written_without_saying_which_forgets_every_page() throws Exception {
        keep("/");

        changes.accept(new Changes(Set.of("authors"), Map.of("article:1", Changes.UNKNOWN)));

        assertThat(cache.holds("/")).isFalse();
    }

    @Test
    void a_changed_author_reaches_the_pages_printing_them_their_list_their_articles_and_the_feeds() {
        assertThat(ReaderChanges.author(4, List.of(7L, 8L))).containsExactlyInAnyOrder(PageTags.writer(4),
                PageTags.author(4), PageTags.article(7), PageTags.article(8), PageTags.FEEDS, PageTags.SITEMAPS);
    }

    @Test
    void a_topic_a_picture_or_an_edition_forgets_only_the_pages_filed_under_it() throws Exception {
        for (String change : List.of("topic:5", "picture:6", "edition:3")) {
            keep("/untouched/");
            cache.page("/" + change + "/", "text/html", "no-cache", () -> {
                PageTags.showsTopic(5);
                PageTags.showsPicture(6L);
                PageTags.showsList(PageTags.EDITIONS);
                return PageCache.Rendered.of(new byte[] {1});
            });

            changes.accept(new Changes(Set.of(change.startsWith("picture") ? "images" : change.split(":")[0] + "s"),
                    Map.of(change, Changes.UNKNOWN)));

            assertThat(cache.holds("/" + change + "/")).as(change).isFalse();
            assertThat(cache.holds("/untouched/")).as(change).isTrue();
        }
    }

    @Test
    void a_picture_written_beside_an_unnamed_topic_forgets_every_page() throws Exception {
        keep("/");

        changes.accept(new Changes(Set.of("images", "topics"), Map.of("picture:6", Changes.UNKNOWN)));

        assertThat(cache.holds("/")).isFalse();
    }
}
