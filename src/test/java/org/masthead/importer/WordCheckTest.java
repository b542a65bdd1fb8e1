package org.masthead.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.masthead.article.Body;
import org.masthead.article.BodyFormat;

class WordCheckTest {
    @Test
    void words_are_lower_case_letters_and_digits_cut_at_typographic_quotes_and_dashes() {
        assertThat(WordCheck.words("Don’t — “Ωmega” 2024–25 Naïve naïve"))
                .isEqualTo(Map.of("don", 1, "t", 1, "ωmega", 1, "2024", 1, "25", 1, "naïve", 2));
    }

    @Test
    void markup_comments_and_entities_are_no_words_but_the_text_they_mark_is() {
        var count = WordCheck.of("<!-- wp:paragraph --><p class=\"lead\">Fish &amp; chips</p><!-- /wp:paragraph -->",
                BodyFormat.HTML, Body.html("<p>Fish &amp; chips</p>"));

        assertThat(count).isEqualTo(new WordCheck.Count(2, 2, 0));
    }

    @Test
    void a_word_kept_fewer_times_than_written_is_lost_each_time() {
        var count = WordCheck.of("<p>Row, row, row your boat</p>", BodyFormat.HTML, Body.html("<p>Row your boat</p>"));

        assertThat(count).isEqualTo(new WordCheck.Count(5, 3, 2));
    }

    @Test
    void a_markdown_link_address_is_no_word_of_the_text() {
        var source = "Read [the report](https://old.example/report.pdf) *now*.";

        assertThat(WordCheck.of(source, BodyFormat.MARKDOWN, Body.markdown(source))).isEqualTo(new WordCheck.Count(4, 4, 0));
    }
}
