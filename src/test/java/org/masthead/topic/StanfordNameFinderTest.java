package org.masthead.topic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The named-entity model is loaded when needed and let go when unused, and tags text either way. */
class StanfordNameFinderTest {
    private static final String TEXT = "Ministers met in Lisbon on Tuesday. Amara Okonkwo of the World Health Organization "
            + "said the talks with Portugal would go on.";

    @Test
    void the_model_is_loaded_on_first_use_let_go_when_unused_and_loaded_again_when_needed() throws Exception {
        try (var names = new StanfordNameFinder(Duration.ofMillis(300))) {
            assertThat(names.isLoaded()).isFalse();

            assertThat(names.mentions(TEXT)).contains("Lisbon", "Amara Okonkwo", "World Health Organization", "Portugal");
            assertThat(names.isLoaded()).isTrue();

            await("let go after 300 ms unused").atMost(Duration.ofSeconds(5)).until(() -> !names.isLoaded());

            assertThat(names.mentions(TEXT)).contains("Lisbon", "Portugal");
        }
    }

    @Test
    void a_very_long_text_is_cut_between_words() {
        String cut = StanfordNameFinder.cut("word ".repeat(20_000));

        assertThat(cut.length()).isLessThanOrEqualTo(StanfordNameFinder.MAX_CHARACTERS);
        assertThat(cut).endsWith("word");
    }
}
