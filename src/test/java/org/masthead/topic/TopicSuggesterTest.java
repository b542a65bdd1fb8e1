package org.masthead.topic;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.masthead.support.ReferencePage;

/**
 * Topic suggestions from the text itself: names found by the real named-entity model (loaded once for the
 * class), ranked with statistics over an archive given here in code.
 */
class TopicSuggesterTest {
    private static final String TEXT = String.join("\n", ReferencePage.paragraphs());
    private static final StanfordNameFinder NAMES = new StanfordNameFinder(Duration.ofMinutes(10));

    @AfterAll
    static void release() {
        NAMES.close();
    }

    /** An archive of 1,000 articles where some names are everywhere and the rest appear in this one alone. */
    private static TopicSuggester.Archive archive(Map<String, Long> counts) {
        return new TopicSuggester.Archive() {
            @Override
            public long size() {
                return 1000;
            }

            @Override
            public long countMentioning(String phrase) {
                return counts.getOrDefault(phrase, 1L);
            }
        };
    }

    private static List<String> suggest(Map<String, Long> counts, List<String> chosen) {
        return new TopicSuggester(NAMES, archive(counts), slugs -> java.util.Set.of()).suggest(TEXT, chosen);
    }

    @Test
    void the_people_places_and_organisations_of_the_reference_article_are_suggested() {
        List<String> suggested = suggest(Map.of(), List.of());

        assertThat(suggested).contains("Isis", "Mosul", "Raqqa", "Nassiriya", "Parsons Green", "Jeremy Corbyn", "David Cameron",
                "Syria", "Iraq", "al-Qaeda", "Bashar al-Assad", "Deir Ezzor");
        // One name for one thing: the office and the lone surname go into the person, the demonym into the place.
        assertThat(suggested).doesNotContain("President Bashar al-Assad", "Assad", "Iraqis", "Syrians");
        assertThat(suggested.getFirst()).isEqualTo("Isis");
    }

    @Test
    void words_that_only_start_a_sentence_or_are_common_nouns_are_not_suggested() {
        List<String> suggested = suggest(Map.of(), List.of());

        assertThat(suggested).doesNotContain("Unfortunately", "Wearing", "Remember", "Previously", "The", "It", "Government",
                "Western", "Isis-related", "Isis’s");
    }

    @Test
    void a_name_found_in_much_of_the_archive_ranks_below_one_found_in_little_of_it() {
        List<String> common = suggest(Map.of("Syria", 900L, "Iraq", 900L), List.of());
        List<String> rare = suggest(Map.of(), List.of());

        assertThat(common.indexOf("Syria")).isGreaterThan(rare.indexOf("Syria"));
        assertThat(common.indexOf("Mosul")).isLessThan(common.indexOf("Syria"));
    }

    @Test
    void topics_already_chosen_are_not_suggested_again() {
        assertThat(suggest(Map.of(), List.of("ISIS", "mosul"))).doesNotContain("Isis", "Mosul").contains("Raqqa");
    }

    @Test
    void spellings_of_one_name_count_together_under_the_usual_one_without_offices_or_possessives() {
        var found = TopicSuggester.candidates(List.of("Isis", "ISIS", "Isis", "President Bashar al-Assad", "Bashar al-Assad’s",
                "Mr. Corbyn", "the Pentagon"));

        assertThat(found.keySet()).containsExactly("Isis", "Bashar al-Assad", "Corbyn", "Pentagon");
        assertThat(found.get("Isis").count).isEqualTo(3);
        assertThat(found.get("Bashar al-Assad").count).isEqualTo(2);
    }
}
