package org.masthead.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every search index must do, whichever engine is behind it: documents built in code, queries as readers type
 * them. Each engine's test extends it with how to open a new, empty index of its own.
 */
public abstract class SearchIndexContract {
    protected SearchIndex index;
    private long nextId = 1;

    /** A new, empty index, for one test. */
    protected abstract SearchIndex openIndex();

    @BeforeEach
    void open() {
        index = openIndex();
    }

    @AfterEach
    void close() {
        index.close();
    }

    protected SearchDocument put(String title, String body, String author, String topic, String day) {
        var doc = new SearchDocument(nextId, "/a/" + nextId + "/", title, "", body,
                List.of(new SearchDocument.Label(org.masthead.common.Slugs.of(author), author)),
                topic == null ? List.of() : List.of(new SearchDocument.Label(org.masthead.common.Slugs.of(topic), topic)),
                LocalDate.parse(day), null);
        nextId++;
        index.put(doc);
        index.commit("2026-01-01T00:00:00Z");
        return doc;
    }

    protected SearchResults search(String text) {
        return index.search(SearchQuery.of(text, null, null, null, null, null, 10));
    }

    private List<String> titles(SearchResults results) {
        return results.hits().stream().map(SearchResults.Hit::title).toList();
    }

    @Test
    void a_word_in_the_headline_outranks_the_same_word_in_the_text() {
        put("Notes from the coast", "The harbour strike went on for a week and the strike is over now.", "Ann Lee", null, "2020-01-01");
        put("The harbour strike", "Notes from the coast, where nothing happened at all.", "Ann Lee", null, "2019-01-01");

        assertThat(titles(search("strike"))).containsExactly("The harbour strike", "Notes from the coast");
    }

    @Test
    void english_stemming_finds_other_forms_of_a_word() {
        put("Dockers", "The dockers were striking for better wages.", "Ann Lee", null, "2020-01-01");

        assertThat(search("strikes").total()).isEqualTo(1);
        assertThat(search("wage").total()).isEqualTo(1);
        assertThat(search("Jérôme").total()).isZero();
    }

    @Test
    void a_phrase_in_quotes_matches_only_those_words_in_that_order() {
        put("One", "The city council voted against the budget.", "Ann Lee", null, "2020-01-01");
        put("Two", "The budget of the council of the city was voted.", "Ann Lee", null, "2020-01-02");

        assertThat(titles(search("\"city council\""))).containsExactly("One");
        assertThat(titles(search("city council"))).containsExactlyInAnyOrder("One", "Two");
        assertThat(titles(search("council -against"))).containsExactly("Two");
    }

    @Test
    void snippets_mark_the_words_found_and_escape_everything_else() {
        put("Ports <b>and</b> rivers", "Before. The <script>port</script> & the river met at dawn. After.", "Ann Lee", null, "2020-01-01");

        SearchResults.Hit hit = search("river").hits().getFirst();
        assertThat(hit.snippetHtml()).contains("<mark>river</mark>").contains("&lt;script&gt;").doesNotContain("<script>")
                .contains("&amp;");
        assertThat(hit.titleHtml()).isEqualTo("Ports &lt;b&gt;and&lt;&#x2F;b&gt; <mark>rivers</mark>");
    }

    @Test
    void facets_count_authors_topics_and_years_and_filter_the_results() {
        put("Rain one", "rain", "Ann Lee", "Weather", "2019-03-01");
        put("Rain two", "rain", "Ann Lee", "Farming", "2020-03-01");
        put("Rain three", "rain", "Bo Chen", "Weather", "2020-04-01");
        put("Sun", "sun", "Bo Chen", "Weather", "2020-05-01");

        SearchResults all = search("rain");
        assertThat(all.total()).isEqualTo(3);
        assertThat(all.facets().authors()).containsExactly(new SearchResults.FacetValue("ann-lee", "Ann Lee", 2),
                new SearchResults.FacetValue("bo-chen", "Bo Chen", 1));
        assertThat(all.facets().topics()).containsExactly(new SearchResults.FacetValue("weather", "Weather", 2),
                new SearchResults.FacetValue("farming", "Farming", 1));
        assertThat(all.facets().years()).containsExactly(new SearchResults.FacetValue("2020", "2020", 2),
                new SearchResults.FacetValue("2019", "2019", 1));

        assertThat(titles(index.search(SearchQuery.of("rain", "ann-lee", "weather", null, null, null, 10)))).containsExactly("Rain one");
        assertThat(titles(index.search(SearchQuery.of("rain", null, null, "2020", "newest", null, 10))))
                .containsExactly("Rain three", "Rain two");
        assertThat(titles(index.search(SearchQuery.of("", "bo-chen", null, null, "newest", null, 10))))
                .containsExactly("Sun", "Rain three");
    }

    @Test
    void facet_counts_follow_articles_changed_moved_and_removed_after_they_were_first_counted() {
        SearchDocument first = put("Rain one", "Rain fell.", "Ann Lee", "Weather", "2020-01-01");
        put("Rain two", "Rain again.", "Ann Lee", "Weather", "2020-02-01");
        assertThat(index.search(SearchQuery.of("rain", null, null, null, null, null, 10)).facets().authors())
                .containsExactly(new SearchResults.FacetValue("ann-lee", "Ann Lee", 2));

        // The first article passes to another author, a new name, in a later segment; the second is taken down.
        index.put(new SearchDocument(first.id(), first.path(), first.title(), "", first.body(),
                List.of(new SearchDocument.Label("bo-chen", "Bo Chen")), first.topics(), LocalDate.parse("2021-01-01"), null));
        index.remove(2);
        index.commit("2026-01-01T00:00:00Z");
        put("Rain three", "Rain and rain.", "Bo Chen", null, "2021-03-01");

        SearchResults.Facets facets = index.search(SearchQuery.of("rain", null, null, null, null, null, 10)).facets();
        assertThat(facets.authors()).containsExactly(new SearchResults.FacetValue("bo-chen", "Bo Chen", 2));
        assertThat(facets.topics()).containsExactly(new SearchResults.FacetValue("weather", "Weather", 1));
        assertThat(facets.years()).containsExactly(new SearchResults.FacetValue("2021", "2021", 2));
        // A search that names the author counts the others as if it did not: Ann Lee has nothing left.
        assertThat(index.search(SearchQuery.of("rain", "bo-chen", null, null, null, null, 10)).facets().authors())
                .containsExactly(new SearchResults.FacetValue("bo-chen", "Bo Chen", 2));
    }

    @Test
    void a_misspelt_name_finds_the_name_the_archive_knows() {
        put("On empires", "A long essay.", "Patrick Cockburn", null, "2020-01-01");
        put("On the Tigris", "Mosul lies on the Tigris.", "Ann Lee", null, "2020-01-01");

        SearchResults results = search("Cockburm");
        assertThat(results.correctedText()).isEqualTo("Cockburn");
        assertThat(titles(results)).containsExactly("On empires");
        assertThat(search("Mosel").correctedText()).isEqualTo("Mosul");
        assertThat(search("Cockburn").correctedText()).isNull();
    }

    @Test
    void a_correction_is_offered_as_the_word_readers_know_not_as_its_stem() {
        put("On happiness", "The pursuit of happiness in small towns.", "Ann Lee", null, "2020-01-01");

        assertThat(search("happines towns").correctedText()).isEqualTo("happiness towns");
    }

    @Test
    void a_short_word_or_one_two_letters_off_is_not_replaced_by_another_word_the_archive_has() {
        put("Markets", "Putting the market first could cost the economy and zero-hours workers dearly.", "Ann Lee", null, "2020-01-01");

        for (String unknown : List.of("putin", "covid", "merkel", "zebra", "cafe")) {
            SearchResults results = search(unknown);
            assertThat(results.correctedText()).as(unknown).isNull();
            assertThat(results.total()).as(unknown).isZero();
        }
        assertThat(search("economny").correctedText()).isEqualTo("economy");
    }

    @Test
    void words_too_common_to_index_find_every_article_newest_first() {
        put("Older", "The tide came in.", "Ann Lee", null, "2019-01-01");
        put("Newer", "The tide went out.", "Bo Chen", null, "2020-01-01");

        assertThat(titles(search("the"))).containsExactly("Newer", "Older");
        assertThat(search("the").order()).as("the order said is the order shown").isEqualTo(SearchQuery.Order.NEWEST);
        assertThat(search("tide").order()).isEqualTo(SearchQuery.Order.RELEVANCE);
        assertThat(titles(index.search(SearchQuery.of("the it", "ann-lee", null, null, null, null, 10)))).containsExactly("Older");
    }

    @Test
    void the_counts_of_a_filter_in_use_are_what_each_of_its_links_would_show() {
        put("Rain one", "rain", "Ann Lee", "Weather", "2019-03-01");
        put("Rain two", "rain", "Ann Lee", "Farming", "2020-03-01");
        put("Rain three", "rain", "Bo Chen", "Weather", "2020-04-01");

        SearchResults byBo = index.search(SearchQuery.of("rain", "bo-chen", null, null, null, null, 10));

        assertThat(titles(byBo)).containsExactly("Rain three");
        assertThat(byBo.facets().authors()).as("choosing Ann Lee instead shows her two").containsExactly(
                new SearchResults.FacetValue("ann-lee", "Ann Lee", 2), new SearchResults.FacetValue("bo-chen", "Bo Chen", 1));
        assertThat(byBo.facets().topics()).as("other dimensions count within Bo Chen's")
                .containsExactly(new SearchResults.FacetValue("weather", "Weather", 1));
        assertThat(index.search(SearchQuery.of("rain", null, null, "2020", null, null, 10)).facets().years())
                .containsExactly(new SearchResults.FacetValue("2020", "2020", 2), new SearchResults.FacetValue("2019", "2019", 1));
    }

    @Test
    void a_query_of_hundreds_of_chinese_characters_is_cut_to_what_the_engine_can_run() {
        put("北京 notes", "北京 is a city.", "Ann Lee", null, "2020-01-01");

        String chinese = "北京" + "的城市是一个很大的地方".repeat(25);
        SearchResults results = index.search(SearchQuery.of(chinese, null, null, null, null, null, 10));

        assertThat(results.total()).isGreaterThanOrEqualTo(0);
        assertThat(search("北京").total()).isEqualTo(1);
    }

    @Test
    void hostile_queries_are_just_text() {
        put("Brackets", "Some text about a (mistake) and colons: here.", "Ann Lee", null, "2020-01-01");

        for (String hostile : List.of("title:(", "\"unclosed", "a AND OR NOT", "*", "?", "~2", "\\", "((((", "[1 TO 2]",
                "<script>alert(1)</script>", "\u0000\u0007mistake\u202e", "mistake".repeat(1) + " x".repeat(2500), "-", "|", "+")) {
            SearchResults results = index.search(SearchQuery.of(hostile, null, null, null, null, null, 10));
            assertThat(results.total()).as(hostile).isGreaterThanOrEqualTo(0);
        }
        assertThat(search("\u0000\u0007mistake\u202e").total()).isEqualTo(1);
        assertThat(SearchQuery.of("word ".repeat(1000), null, null, null, null, null, 10).text()).hasSizeLessThanOrEqualTo(300);
        assertThat(search("colons:(mistake").total()).isEqualTo(1);
    }

    @Test
    void pages_of_results_follow_each_other_without_overlap() {
        for (int i = 0; i < 25; i++) {
            put("Harbour " + i, "harbour", "Ann Lee", null, LocalDate.parse("2020-01-01").plusDays(i).toString());
        }
        var first = index.search(SearchQuery.of("harbour", null, null, null, "newest", "1", 10));
        var third = index.search(SearchQuery.of("harbour", null, null, null, "newest", "3", 10));

        assertThat(first.total()).isEqualTo(25);
        assertThat(first.hasNext()).isTrue();
        assertThat(titles(first).getFirst()).isEqualTo("Harbour 24");
        assertThat(titles(third)).containsExactly("Harbour 4", "Harbour 3", "Harbour 2", "Harbour 1", "Harbour 0");
        assertThat(third.hasNext()).isFalse();
    }

    @Test
    void related_articles_share_words_never_include_the_article_itself_nor_articles_without_text() {
        SearchDocument ferry = put("Ferry strike on the Baltic", "The ferry crews struck; berths stood empty; the ferry owners lost.",
                "Ann Lee", null, "2020-01-01");
        put("The ferry owners answer", "Ferry owners said the berths and the crews would return.", "Bo Chen", null, "2020-01-02");
        put("Ferry strike: a lineup entry", "", "Cy Dee", null, "2020-01-03");
        put("Gardening", "Tomatoes want sun and water.", "Ann Lee", null, "2020-01-04");
        put("Notes on the allotments", "Tomatoes, beans and onions grew in rows; the allotment owners met on Sundays and"
                + " talked of sun, of rain, of slugs, of seeds and of the price of compost.", "Bo Chen", null, "2020-01-05");

        assertThat(index.related(ferry.id(), 5)).extracting(SearchResults.Hit::title).containsExactly("The ferry owners answer");
        assertThat(index.related(999, 5)).isEmpty();
    }

    @Test
    void replacing_and_removing_a_document_changes_what_is_found() {
        SearchDocument doc = put("Old headline", "old words", "Ann Lee", null, "2020-01-01");
        index.put(new SearchDocument(doc.id(), doc.path(), "New headline", "", "new words", doc.authors(), List.of(), doc.publishedOn(), null));
        index.commit("m");
        assertThat(search("old").total()).isZero();
        assertThat(search("new").total()).isEqualTo(1);

        index.remove(doc.id());
        index.commit("m");
        assertThat(search("new").total()).isZero();
        assertThat(index.size()).isZero();
    }

    @Test
    void phrases_are_counted_across_the_archive() {
        put("One", "Parsons Green station was closed.", "Ann Lee", null, "2020-01-01");
        put("Two", "The green of Parsons is a park.", "Ann Lee", null, "2020-01-01");

        assertThat(index.countMentioning("Parsons Green")).isEqualTo(1);
        assertThat(index.countMentioning("the")).isZero();
    }
}
