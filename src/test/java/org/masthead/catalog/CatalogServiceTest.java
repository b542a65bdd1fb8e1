package org.masthead.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.masthead.common.Actor;
import org.masthead.common.Role;
import org.masthead.article.ArticleKind;
import org.masthead.catalog.Condition.Match;
import org.masthead.catalog.Condition.Op;
import org.masthead.common.Forbidden;
import org.masthead.common.Invalid;
import org.masthead.common.NotFound;
import org.masthead.platform.Database;
import org.masthead.boot.Masthead;
import org.masthead.support.Magazines;
import org.masthead.support.Newsstand;

/** The catalog's lists over real SQLite and PostgreSQL: each kind of condition, order, paging, and only what is out. */
@ParameterizedClass
@EnumSource(Database.Kind.class)
@org.junit.jupiter.api.TestInstance(org.junit.jupiter.api.TestInstance.Lifecycle.PER_CLASS)
class CatalogServiceTest {
    @Parameter
    Database.Kind kind;

    Masthead magazine;
    Newsstand news;
    CatalogService catalog;

    @BeforeAll
    void open() throws Exception {
        magazine = Magazines.open(kind, Files.createTempDirectory("catalog"));
        news = Newsstand.in(magazine);
        catalog = magazine.catalog();
    }

    @AfterAll
    void close() {
        magazine.close();
    }

    List<String> titles(Condition filter) {
        return catalog.posts(ArticleKind.ARTICLE, browse(filter, 100, 1), false).items().stream().map(Post::title).toList();
    }

    static Browse browse(Condition filter, int limit, int page) {
        return new Browse(filter, List.of(new Browse.Sort("published_at", true)), limit, page, false, false);
    }

    static Match is(String field, Object value) {
        return new Match(field, Op.EQ, java.util.Collections.singletonList(value));
    }

    @Test
    void a_list_holds_only_published_articles_newest_first_with_the_whole_lists_total() {
        Listing<Post> first = catalog.posts(ArticleKind.ARTICLE, browse(Condition.NONE, 15, 1), false);
        assertThat(first.total()).isEqualTo(Newsstand.PUBLISHED_ARTICLES);
        assertThat(first.pages()).isEqualTo(2);
        assertThat(first.items()).hasSize(15).extracting(Post::title).startsWith("Ports reopen", "Budget day", "Strike at the port")
                .doesNotContain("Secret plans", "About us");
        Listing<Post> second = catalog.posts(ArticleKind.ARTICLE, browse(Condition.NONE, 15, 2), false);
        assertThat(second.items()).hasSize(5).extracting(Post::title).endsWith("Filler 1");
        assertThat(second.hasNext()).isFalse();
    }

    @Test
    void a_tag_an_author_and_featured_each_narrow_the_list() {
        assertThat(titles(is("tag", "ports"))).containsExactly("Ports reopen", "Strike at the port");
        assertThat(titles(is("author", "bob-jones"))).containsExactly("Ports reopen", "Budget day");
        assertThat(titles(is("featured", true))).containsExactly("Strike at the port");
        assertThat(titles(is("primary_tag", "ports"))).containsExactly("Ports reopen");
        assertThat(titles(is("primary_author", "bob-jones"))).containsExactly("Budget day");
    }

    @Test
    void and_or_not_and_lists_combine_as_written() {
        var labourByBob = new Condition.All(List.of(is("tag", "labour"), is("author", "bob-jones")));
        assertThat(titles(labourByBob)).containsExactly("Ports reopen");
        var economyOrFeatured = new Condition.Any(List.of(is("tag", "economy"), is("featured", true)));
        assertThat(titles(economyOrFeatured)).containsExactly("Budget day", "Strike at the port");
        var notMisc = new Match("tag", Op.NE, List.of("misc"));
        assertThat(titles(notMisc)).containsExactly("Ports reopen", "Budget day", "Strike at the port");
        assertThat(titles(new Match("tags", Op.IN, List.of("economy", "labour")))).hasSize(3);
        assertThat(titles(new Match("author", Op.NOT_IN, List.of("carl-filler", "ann-smith")))).containsExactly("Budget day");
    }

    @Test
    void dates_compare_and_titles_are_searched_without_regard_to_case() {
        var sinceMarchSecond = new Match("published_at", Op.GTE, List.of(Instant.parse("2024-03-02T00:00:00Z")));
        assertThat(titles(sinceMarchSecond)).containsExactly("Ports reopen", "Budget day");
        var beforeMarch = new Match("published_at", Op.LT, List.of(Instant.parse("2024-03-01T00:00:00Z")));
        assertThat(titles(beforeMarch)).hasSize(17).allMatch(t -> t.startsWith("Filler"));
        assertThat(titles(new Match("title", Op.CONTAINS, List.of("PORT")))).containsExactly("Ports reopen", "Strike at the port");
        assertThat(titles(new Match("title", Op.STARTS, List.of("filler 1")))).hasSize(9);
        assertThat(titles(new Match("title", Op.CONTAINS, List.of("100%_")))).isEmpty();
    }

    @Test
    void an_id_and_a_slug_find_one_and_a_wrong_id_finds_none() {
        assertThat(titles(is("id", Ids.of(news.budget().id())))).containsExactly("Budget day");
        assertThat(titles(is("slug", news.reopen().slug()))).containsExactly("Ports reopen");
        assertThat(titles(is("id", "not-an-id"))).isEmpty();
        assertThat(titles(is("visibility", "public"))).hasSize(Newsstand.PUBLISHED_ARTICLES);
        assertThat(titles(is("visibility", "paid"))).isEmpty();
    }

    @Test
    void a_field_the_list_does_not_have_is_refused_with_its_name() {
        assertThatThrownBy(() -> titles(is("password", "x"))).isInstanceOf(Invalid.class).hasMessageContaining("'password'");
        assertThatThrownBy(() -> titles(is("featured", "maybe"))).isInstanceOf(Invalid.class).hasMessageContaining("true or false");
        assertThatThrownBy(() -> catalog.posts(ArticleKind.ARTICLE, new Browse(Condition.NONE,
                List.of(new Browse.Sort("body_html", false)), 15, 1, false, false), false))
                .isInstanceOf(Invalid.class).hasMessageContaining("cannot order by 'body_html'");
    }

    @Test
    void titles_order_alphabetically_and_ties_never_repeat_across_pages() {
        var byTitle = new Browse(Condition.NONE, List.of(new Browse.Sort("title", false)), 7, 1, false, false);
        assertThat(catalog.posts(ArticleKind.ARTICLE, byTitle, false).items().getFirst().title()).isEqualTo("Budget day");
        var featuredFirst = List.of(new Browse.Sort("featured", true), new Browse.Sort("published_at", true));
        java.util.Set<Long> seen = new java.util.HashSet<>();
        for (int page = 1; page <= 3; page++) {
            for (Post post : catalog.posts(ArticleKind.ARTICLE, new Browse(Condition.NONE, featuredFirst, 7, page, false, false), false).items()) {
                assertThat(seen.add(post.id())).as("article %s twice", post.title()).isTrue();
            }
        }
        assertThat(seen).hasSize(Newsstand.PUBLISHED_ARTICLES);
    }

    @Test
    void an_article_brings_its_byline_and_topics_in_order_when_asked() {
        Post reopen = catalog.postBySlug(ArticleKind.ARTICLE, news.reopen().slug(), true, true, true);
        assertThat(reopen.authors()).extracting(w -> w.author().name()).containsExactly("Ann Smith", "Bob Jones");
        assertThat(reopen.topics()).extracting(org.masthead.topic.Topic::slug).containsExactly("ports", "labour");
        assertThat(reopen.path()).isEqualTo(news.reopen().path());
        assertThat(reopen.status()).isEqualTo("published");
    }

    @Test
    void drafts_and_pages_are_not_articles_to_readers() {
        assertThatThrownBy(() -> catalog.post(ArticleKind.ARTICLE, news.draft().id(), true, false, false)).isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> catalog.post(ArticleKind.ARTICLE, news.about().id(), true, false, false)).isInstanceOf(NotFound.class);
        var pages = catalog.posts(ArticleKind.PAGE, browse(Condition.NONE, 15, 1), true);
        assertThat(pages.items()).extracting(Post::title).containsExactly("About us");
        assertThat(pages.items().getFirst().path()).isEqualTo("/about-us/");
    }

    @Test
    void authors_and_topics_appear_once_something_published_carries_them() {
        var writers = catalog.writers(new Browse(Condition.NONE, List.of(new Browse.Sort("name", false)), 15, 1, false, false));
        assertThat(writers.items()).extracting(w -> w.author().name()).containsExactly("Ann Smith", "Bob Jones", "Carl Filler");
        var topics = catalog.topics(new Browse(Condition.NONE, List.of(new Browse.Sort("name", false)), 15, 1, false, false));
        assertThat(topics.items()).extracting(org.masthead.topic.Topic::name).containsExactly("Economy", "Labour", "Misc", "Ports");
        long ann = writers.items().getFirst().author().id();
        assertThat(catalog.postsByAuthor(List.of(ann))).containsEntry(ann, 2L);
        assertThatThrownBy(() -> catalog.topicBySlug("secrets")).isInstanceOf(NotFound.class);
    }

    @Test
    void an_editors_program_sees_drafts_at_the_desk_and_nobody_else_does() {
        Actor editor = new Actor(null, "API key Test", Role.EDITOR, null, "");
        Post draft = catalog.deskPost(editor, ArticleKind.ARTICLE, news.draft().id());
        assertThat(draft.status()).isEqualTo("draft");
        assertThat(draft.path()).isNull();
        var drafts = catalog.desk(editor, ArticleKind.ARTICLE, browse(is("status", "draft"), 15, 1));
        assertThat(drafts.items()).extracting(Post::title).containsExactly("Secret plans");
        Actor writer = new Actor(7L, "A writer", Role.AUTHOR, null, "");
        assertThatThrownBy(() -> catalog.deskPost(writer, ArticleKind.ARTICLE, news.draft().id())).isInstanceOf(Forbidden.class);
    }
}
