package org.masthead.article;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.masthead.support.ArticleBuilder.anArticle;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.masthead.author.Byline;
import org.masthead.common.Invalid;
import org.masthead.common.PageRequest;
import org.masthead.edition.Edition;
import org.masthead.edition.EditionSpan;
import org.masthead.platform.Database;
import org.masthead.boot.Masthead;
import org.masthead.support.Magazines;

/** The article and edition services against both real databases. */
@ParameterizedClass
@EnumSource(Database.Kind.class)
class ArticleServiceTest {
    private static final LocalDate MONDAY = LocalDate.of(2018, 11, 12);
    private static final LocalDate FRIDAY = LocalDate.of(2018, 11, 9);

    @Parameter
    Database.Kind kind;

    @TempDir
    Path dataDir;

    private Masthead magazine;

    @BeforeEach
    void open() {
        magazine = Magazines.open(kind, dataDir);
    }

    @AfterEach
    void close() {
        magazine.close();
    }

    @Test
    void two_articles_with_one_title_get_different_addresses() {
        Article first = anArticle().titled("What Now?").by("Andrew Levine").publishedOn(MONDAY).in(magazine);
        Article second = anArticle().titled("What Now?").by("Someone Else").publishedOn(MONDAY).in(magazine);

        assertThat(first.slug()).isEqualTo("what-now");
        assertThat(second.slug()).isEqualTo("what-now-2");
        assertThat(second.path()).isEqualTo("/2018/11/12/what-now-2/");
    }

    @Test
    void an_address_already_taken_is_refused_when_asked_for_explicitly() {
        Article taken = anArticle().titled("Impeach!").in(magazine);
        var draft = new ArticleDraft("Another", taken.slug(), "", Body.markdown("Text."), List.of(), List.of(), null);

        assertThatThrownBy(() -> magazine.articles().create(draft, null, ArticleKind.ARTICLE)).isInstanceOf(Invalid.class).hasMessageContaining("impeach");
    }

    @Test
    void publishing_puts_an_article_at_the_end_of_the_lineup_of_its_days_edition() {
        Article first = anArticle().titled("First").by("A Writer").publishedOn(MONDAY).in(magazine);
        Article second = anArticle().titled("Second").by("B Writer").publishedOn(MONDAY).atHour(5).in(magazine);

        assertThat(first.editionId()).isEqualTo(second.editionId());
        assertThat(first.lineupPosition()).isEqualTo(1);
        assertThat(second.lineupPosition()).isEqualTo(2);
        Edition edition = magazine.editions().findContaining(MONDAY).orElseThrow();
        assertThat(magazine.articles().lineups(List.of(edition), null, null).get(edition.id()))
                .extracting(ArticleSummary::title).containsExactly("First", "Second");
    }

    @Test
    void a_saturday_article_joins_the_weekend_edition_that_starts_on_friday() {
        Article saturday = anArticle().titled("Saturday Piece").by("A Writer").publishedOn(FRIDAY.plusDays(1)).in(magazine);
        Article friday = anArticle().titled("Friday Piece").by("A Writer").publishedOn(FRIDAY).in(magazine);

        Edition weekend = magazine.editions().findContaining(FRIDAY.plusDays(2)).orElseThrow();
        assertThat(weekend.span()).isEqualTo(new EditionSpan(FRIDAY, FRIDAY.plusDays(2), "Weekend Edition"));
        assertThat(saturday.editionId()).isEqualTo(weekend.id());
        assertThat(friday.editionId()).isEqualTo(weekend.id());
        assertThat(saturday.publishedOn()).isEqualTo(FRIDAY.plusDays(1));
    }

    @Test
    void an_edition_that_would_overlap_another_is_refused() {
        magazine.editions().open(EditionSpan.day(FRIDAY.plusDays(1)));

        assertThatThrownBy(() -> magazine.editions().open(new EditionSpan(FRIDAY, FRIDAY.plusDays(2), "Weekend Edition")))
                .isInstanceOf(Invalid.class).hasMessageContaining("overlap");
        // The rule then gives Friday a day of its own instead of a weekend that would swallow Saturday.
        assertThat(magazine.editions().editionFor(FRIDAY).span()).isEqualTo(EditionSpan.day(FRIDAY));
    }

    @Test
    void an_update_keeps_the_address_and_the_place_in_the_lineup() {
        Article article = anArticle().titled("Original Title").by("A Writer").publishedOn(MONDAY).in(magazine);
        var draft = new ArticleDraft("Original Title", null, "A new dek", Body.markdown("New *text*."), article.authorIds(), List.of(), null);

        Article updated = magazine.articles().update(article.id(), draft);

        assertThat(updated.slug()).isEqualTo(article.slug());
        assertThat(updated.lineupPosition()).isEqualTo(article.lineupPosition());
        assertThat(updated.dek()).isEqualTo("A new dek");
        assertThat(updated.body().html()).contains("<em>text</em>");
    }

    @Test
    void bylines_keep_their_order() {
        Article article = anArticle().titled("Joint Work").by("Zoe Zed", "Adam Alpha", "Maya Mid").publishedOn(MONDAY).in(magazine);

        assertThat(article.authors()).extracting(Byline::name).containsExactly("Zoe Zed", "Adam Alpha", "Maya Mid");
    }

    @Test
    void an_authors_articles_come_newest_first_a_page_at_a_time() {
        for (int day = 0; day < 5; day++) {
            anArticle().titled("Piece " + day).by("A Writer").publishedOn(MONDAY.minusWeeks(day)).in(magazine);
        }
        long author = magazine.authors().findBySlug("a-writer").id();

        var first = magazine.articles().byAuthor(author, new PageRequest(1, 2));
        var last = magazine.articles().byAuthor(author, new PageRequest(3, 2));

        assertThat(first.items()).extracting(ArticleSummary::title).containsExactly("Piece 0", "Piece 1");
        assertThat(first.hasNext()).isTrue();
        assertThat(last.items()).extracting(ArticleSummary::title).containsExactly("Piece 4");
        assertThat(last.hasNext()).isFalse();
    }

    @Test
    void writers_publishing_at_once_share_one_edition_and_each_get_their_own_place() throws Exception {
        int writers = 8;
        List<Article> drafts = new java.util.ArrayList<>();
        for (int i = 0; i < writers; i++) {
            drafts.add(anArticle().titled("Simultaneous " + i).by("Writer " + i).in(magazine));
        }
        var start = new java.util.concurrent.CountDownLatch(1);
        try (var pool = java.util.concurrent.Executors.newFixedThreadPool(writers)) {
            List<java.util.concurrent.Future<Article>> results = new java.util.ArrayList<>();
            for (Article draft : drafts) {
                results.add(pool.submit(() -> {
                    start.await();
                    return magazine.articles().publish(draft.id(), magazine.articles().startOf(FRIDAY.plusDays(1)));
                }));
            }
            start.countDown();
            List<Article> published = new java.util.ArrayList<>();
            for (var result : results) {
                published.add(result.get());
            }
            assertThat(published).extracting(Article::editionId).containsOnly(published.getFirst().editionId());
            assertThat(published).extracting(Article::lineupPosition).containsExactlyInAnyOrder(1, 2, 3, 4, 5, 6, 7, 8);
            assertThat(magazine.editions().count()).isEqualTo(1);
        }
    }

    @Test
    void drafts_are_not_public() {
        Article draft = anArticle().titled("Unfinished").by("A Writer").in(magazine);

        assertThat(draft.status()).isEqualTo(ArticleStatus.DRAFT);
        assertThat(magazine.articles().findPublishedBySlug("unfinished")).isEmpty();
        assertThat(magazine.articles().countPublished()).isZero();
    }

    @Test
    void a_title_is_required_and_bounded() {
        assertThatThrownBy(() -> anArticle().titled(" ").in(magazine)).isInstanceOf(Invalid.class).hasMessage("an article needs a title");
        assertThatThrownBy(() -> anArticle().titled("x".repeat(301)).in(magazine)).hasMessageContaining("at most 300");
    }
}
