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
    void a_latin_slug_is_ascii_words_joined_by_hyphens(String text, String slug) {
        assertThat(Slugs.of(text)).isEqualTo(slug);
        assertThat(Slugs.isSlug(slug)).isTrue();
    }

    @ParameterizedTest
    @CsvSource({"???", "''", "— … —"})
    void a_text_without_letters_or_digits_takes_the_fallback(String text) {
        assertThat(Slugs.of(text, "article")).isEqualTo("article");
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            日本 | 日本
            Ωmega | ωmega
            Ελληνικά νέα | ελληνικά-νέα
            Привет, мир! | привет-мир
            مرحبا بالعالم | مرحبا-بالعالم
            हिन्दी समाचार | हिन्दी-समाचार
            ｶﾀｶﾅ がくせい | カタカナ-がくせい
            Café 東京 2026 | cafe-東京-2026
            snake_case title | snake_case-title
            """)
    void a_slug_keeps_the_letters_of_every_script_as_wordpress_does(String text, String slug) {
        assertThat(Slugs.of(text)).isEqualTo(slug);
        assertThat(Slugs.isSlug(slug)).isTrue();
    }

    @ParameterizedTest
    @CsvSource({"Upper-Case", "two--hyphens", "-leading", "trailing-", "with space", "a/b", "%e6%97%a5", "ΩMEGA"})
    void a_value_with_capitals_gaps_or_escapes_is_not_a_slug(String value) {
        assertThat(Slugs.isSlug(value)).isFalse();
    }

    @org.junit.jupiter.api.Test
    void a_slug_in_an_address_is_percent_encoded_utf8_and_an_ascii_one_is_unchanged() {
        assertThat(Slugs.inPath("日本")).isEqualTo("%E6%97%A5%E6%9C%AC");
        assertThat(Slugs.inPath("ωmega")).isEqualTo("%CF%89mega");
        assertThat(Slugs.inPath("kerron-o-luain")).isEqualTo("kerron-o-luain");
    }

    @org.junit.jupiter.api.Test
    void a_long_title_is_cut_at_a_word_within_eighty_characters() {
        String slug = Slugs.of("Does America Have a “Gun Problem”…Or a White Supremacy Capitalist Empire Problem? And Other Questions");
        assertThat(slug).hasSizeLessThanOrEqualTo(80).doesNotEndWith("-").startsWith("does-america-have-a-gun-problem-or-a-white");
    }
}
