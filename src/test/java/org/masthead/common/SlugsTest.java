package org.masthead.common;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SlugsTest {
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Kerron Ó Luain | kerron-o-luain
            Jérôme Duval | jerome-duval
            Military “Service” Serves the Ruling Class | military-service-serves-the-ruling-class
            Harold Pinter’s America: a Giant Criminal Conspiracy… | harold-pinters-america-a-giant-criminal-conspiracy
            J.P. Linstroth | j-p-linstroth
            Straße in Łódź, Ærø and Øresund | strasse-in-lodz-aero-and-oresund
            Bread & Roses | bread-and-roses
            """)
    void a_slug_is_ascii_words_joined_by_hyphens(String text, String slug) {
        assertThat(Slugs.of(text)).isEqualTo(slug);
        assertThat(Slugs.isSlug(slug)).isTrue();
    }

    @ParameterizedTest
    @CsvSource({"日本語", "???", "''"})
    void a_text_without_letters_or_digits_takes_the_fallback(String text) {
        assertThat(Slugs.of(text, "article")).isEqualTo("article");
    }

    @org.junit.jupiter.api.Test
    void a_long_title_is_cut_at_a_word_within_eighty_characters() {
        String slug = Slugs.of("Does America Have a “Gun Problem”…Or a White Supremacy Capitalist Empire Problem? And Other Questions");
        assertThat(slug).hasSizeLessThanOrEqualTo(80).doesNotEndWith("-").startsWith("does-america-have-a-gun-problem-or-a-white");
    }
}
