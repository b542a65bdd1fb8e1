package org.masthead.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.masthead.support.ArticleBuilder.anArticle;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.masthead.article.Article;
import org.masthead.common.Actor;
import org.masthead.common.Role;
import org.masthead.platform.Database;
import org.masthead.support.Http;
import org.masthead.support.RunningSite;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Reader search over HTTP, on SQLite and PostgreSQL: the page, the JSON twin, and the index following every change. */
@ParameterizedClass
@EnumSource(Database.Kind.class)
class SearchSiteTest {
    /** The system actor test data is written as, through the doors imports use. */
    private static final Actor SYSTEM = Actor.system("test");

    private static final LocalDate DAY = LocalDate.of(2024, 3, 4);

    @Parameter
    Database.Kind kind;

    private RunningSite site;

    @BeforeEach
    void start() {
        site = RunningSite.empty(kind);
    }

    @AfterEach
    void stop() {
        site.close();
    }

    private Http.Response search(String query) {
        return site.http().get("/search?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8));
    }

    private List<String> titles(String query) {
        return search(query).html().select(".search-hit-title").eachText();
    }

    private void indexed() {
        site.magazine().search().awaitIndexed();
    }

    /** Waits up to a second for a condition, as a reader refreshing the page would. */
    private static void within(long millis, Callable<Boolean> condition) {
        await().atMost(Duration.ofMillis(millis)).pollInterval(Duration.ofMillis(20)).until(condition);
    }

    @Test
    void the_search_page_ranks_highlights_and_narrows_by_facets() {
        anArticle().titled("The ferry strike").by("Ann Lee").about("Labour").withBody("Crews stopped work.").publishedOn(DAY).in(site.magazine());
        anArticle().titled("Harbour notes").by("Bo Chen").about("Shipping").withBody("Talk of a ferry strike filled the quay.")
                .publishedOn(DAY.plusDays(1)).in(site.magazine());
        indexed();

        Document page = search("ferry strike").html();
        assertThat(page.select(".search-hit-title").eachText()).containsExactly("The ferry strike", "Harbour notes");
        assertThat(page.select(".search-hit-snippet mark").eachText()).contains("ferry", "strike");
        assertThat(page.selectFirst(".search-summary").text()).isEqualTo("2 articles for “ferry strike”.");
        assertThat(page.select(".search-facets a").eachText()).contains("Ann Lee (1)", "Bo Chen (1)", "Labour (1)", "2024 (2)");

        String byBo = page.select(".search-facets a").stream().filter(a -> a.text().startsWith("Bo Chen")).findFirst().orElseThrow().attr("href");
        assertThat(byBo).isEqualTo("/search?q=ferry+strike&author=bo-chen");
        Document narrowed = site.http().get(byBo).html();
        assertThat(narrowed.select(".search-hit-title").eachText()).containsExactly("Harbour notes");
        assertThat(narrowed.selectFirst(".search-summary").text()).contains("by Bo Chen (remove)");

        Document newest = site.http().get("/search?q=ferry&order=newest").html();
        assertThat(newest.select(".search-hit-title").eachText()).containsExactly("Harbour notes", "The ferry strike");
    }

    @Test
    void a_misspelling_an_empty_result_and_hostile_input_each_get_a_clear_page() {
        anArticle().titled("On empires").by("Patrick Cockburn").publishedOn(DAY).in(site.magazine());
        indexed();

        Document corrected = search("Cockburm").html();
        assertThat(corrected.selectFirst(".search-corrected").text())
                .isEqualTo("No articles contain “Cockburm”. Showing results for Cockburn instead.");
        assertThat(corrected.select(".search-hit-title").eachText()).containsExactly("On empires");

        Document none = search("zzyzx quux").html();
        assertThat(none.selectFirst(".search-empty h2").text()).isEqualTo("No articles found for “zzyzx quux”");
        assertThat(none.select(".search-empty li").eachText()).anyMatch(tip -> tip.startsWith("Check the spelling"));

        String hostile = "\"><script>alert(1)</script> title:( \u0007" + "x".repeat(5000);
        Http.Response response = search(hostile);
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.body()).doesNotContain("<script>alert(1)</script>").contains("&lt;script&gt;");
        assertThat(response.html().selectFirst("#search-page-q").attr("value")).startsWith("\"><script>").hasSizeLessThanOrEqualTo(300);

        assertThat(site.http().get("/search?q=x&page=abc&year=20x4&author=..%2F").status()).isEqualTo(200);
        assertThat(site.http().get("/search").html().select(".search-results")).isEmpty();
    }

    @Test
    void a_page_past_the_last_goes_to_the_last_and_a_filter_is_named_even_when_nothing_is_found() {
        for (int i = 0; i < 12; i++) {
            anArticle().titled("Tide table " + i).by("Ann Lee").withBody("The tide.").publishedOn(DAY.minusDays(i)).in(site.magazine());
        }
        indexed();

        for (String page : List.of("3", "99", "1000", "123456789012345678901234567890")) {
            Http.Response past = site.http().get("/search?q=tide&page=" + page);
            assertThat(past.status()).as(page).isEqualTo(302);
            assertThat(past.header("Location")).as(page).isEqualTo("/search?q=tide&page=2");
        }
        assertThat(site.http().get("/search?q=tide&page=2").html().select(".search-hit-title")).hasSize(2);

        Document none = site.http().get("/search?q=zzzzqqq&author=ann-lee").html();
        assertThat(none.select(".search-empty li").eachText()).contains("Search without the filter “by Ann Lee”: remove it.");
    }

    @Test
    void when_the_index_cannot_answer_readers_and_programs_are_told_so_and_articles_still_open() {
        anArticle().titled("Still readable").publishedOn(DAY).in(site.magazine());
        indexed();
        site.magazine().search().index().close();

        Http.Response page = search("readable");
        assertThat(page.status()).isEqualTo(503);
        assertThat(page.header("Retry-After")).isEqualTo("60");
        assertThat(page.html().selectFirst("main").text()).contains("Search is not available at the moment")
                .doesNotContain("Exception");
        Http.Response json = site.http().get("/api/search?q=readable");
        assertThat(json.status()).isEqualTo(503);
        // The shape of every refusal of our API: {"error": {"code", "message"}}.
        JsonNode error = JsonMapper.builder().build().readTree(json.body()).get("error");
        assertThat(error.get("code").asString()).isEqualTo("unavailable");
        assertThat(error.get("message").asString()).startsWith("search is not available");
        assertThat(site.http().get("/2024/03/04/still-readable/").status()).isEqualTo(200);
    }

    @Test
    void the_json_endpoint_answers_as_the_page_does() {
        anArticle().titled("Rain over the valley").by("Ann Lee").about("Weather").withBody("The rain came early.").publishedOn(DAY).in(site.magazine());
        indexed();

        Http.Response response = site.http().get("/api/search?q=rain");
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.header("Content-Type")).startsWith("application/json");
        JsonNode json = JsonMapper.builder().build().readTree(response.body());
        assertThat(json.get("total").asLong()).isEqualTo(1);
        JsonNode hit = json.get("results").get(0);
        assertThat(hit.get("title").asString()).isEqualTo("Rain over the valley");
        assertThat(hit.get("url").asString()).isEqualTo(site.http().base().toString().replaceAll("/$", "")
                + "/2024/03/04/rain-over-the-valley/");
        assertThat(hit.get("snippetHtml").asString()).contains("<mark>rain</mark>");
        assertThat(hit.get("authors").get(0).get("name").asString()).isEqualTo("Ann Lee");
        assertThat(json.get("facets").get("topics").get(0).get("label").asString()).isEqualTo("Weather");
        assertThat(site.http().get("/api/search?q=%22unclosed").status()).isEqualTo(200);
    }

    @Test
    void the_index_follows_publishing_editing_and_unpublishing_within_a_second() throws Exception {
        var magazine = site.magazine();
        Article draft = anArticle().titled("Lighthouse keepers").withBody("The last keeper left in May.").in(magazine);
        indexed();
        assertThat(titles("lighthouse")).isEmpty();

        magazine.articleImports().publish(SYSTEM, draft.id(), magazine.articles().startOf(DAY));
        within(1000, () -> titles("lighthouse").equals(List.of("Lighthouse keepers")));

        var changed = new org.masthead.article.ArticleDraft("Lighthouse keepers", null, "", org.masthead.article.Body.markdown(
                "The last keeper left in June, to a fishing village."), List.of(), List.of(), null);
        magazine.articleImports().update(SYSTEM, draft.id(), changed);
        within(1000, () -> titles("fishing village").size() == 1 && titles("May").isEmpty());

        magazine.articleImports().changeStatus(SYSTEM, draft.id(), org.masthead.article.ArticleStatus.UNPUBLISHED, null);
        within(1000, () -> titles("lighthouse").isEmpty());
    }

    @Test
    void renaming_an_author_changes_what_finds_their_articles() throws Exception {
        Article article = anArticle().titled("Notes").by("Ann Lee").publishedOn(DAY).in(site.magazine());
        indexed();
        long authorId = article.authorIds().getFirst();

        site.magazine().authors().describe(new Actor(null, "Editor", Role.EDITOR, null, ""), authorId, "Annabel Leigh", "");

        within(1000, () -> titles("Annabel").equals(List.of("Notes")));
    }

    @Test
    void topic_pages_list_their_articles_newest_first_twenty_to_a_page() {
        for (int i = 0; i < 21; i++) {
            anArticle().titled("Tide table " + i).by("Ann Lee").about("The Sea").publishedOn(DAY.plusDays(i)).in(site.magazine());
        }
        anArticle().titled("Unrelated").by("Ann Lee").about("Land").publishedOn(DAY).in(site.magazine());

        Document first = site.http().get("/topic/the-sea/").html();
        assertThat(first.selectFirst("h1").text()).isEqualTo("The Sea");
        assertThat(first.select(".article-list-title").eachText()).hasSize(20).first().isEqualTo("Tide table 20");
        assertThat(first.selectFirst("a[rel=next]").attr("href")).isEqualTo("/topic/the-sea/page/2/");
        assertThat(site.http().get("/topic/the-sea/page/2/").html().select(".article-list-title").eachText())
                .containsExactly("Tide table 0");
        assertThat(site.http().get("/topic/the-sea/page/3/").status()).isEqualTo(404);
        assertThat(site.http().get("/topic/no-such-topic/").status()).isEqualTo(404);

        Document article = site.http().get("/2024/03/04/tide-table-0/").html();
        assertThat(article.select(".topics a").eachAttr("href")).containsExactly("/topic/the-sea/");
    }

    @Test
    void related_articles_under_an_article_share_its_subject_and_have_text() {
        anArticle().titled("The ferry strike").by("Ann Lee").withBody("Ferry crews struck; the ferry owners lost a week of sailings.")
                .publishedOn(DAY).in(site.magazine());
        anArticle().titled("Ferry owners answer").by("Bo Chen").withBody("The ferry owners said crews and sailings would return.")
                .publishedOn(DAY).in(site.magazine());
        anArticle().titled("Gardens in spring").by("Cy Dee").withBody("Tulips and sun.").publishedOn(DAY).in(site.magazine());
        indexed();

        Document page = site.http().get("/2024/03/04/the-ferry-strike/").html();
        assertThat(page.select(".related li a[href^=/2024]").eachText()).containsExactly("Ferry owners answer");
    }
}
