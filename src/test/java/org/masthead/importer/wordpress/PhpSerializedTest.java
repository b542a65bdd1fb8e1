package org.masthead.importer.wordpress;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PhpSerializedTest {
    @Test
    void attachment_metadata_reads_as_nested_maps_with_lengths_counted_in_utf8_bytes() {
        var value = PhpSerialized.read("a:3:{s:5:\"width\";i:640;s:6:\"height\";i:480;s:10:\"image_meta\";a:1:{s:6:\"credit\";s:6:\"Zoë\u00A0\";}}")
                .orElseThrow();

        assertThat(PhpSerialized.at(value, "width")).contains(640L);
        assertThat(PhpSerialized.at(value, "image_meta", "credit")).contains("Zoë\u00A0");
    }

    @Test
    void lengths_that_do_not_add_up_read_as_nothing_rather_than_a_guess() {
        assertThat(PhpSerialized.read("a:1:{s:5:\"width\";s:9:\"short\";}")).isEmpty();
        assertThat(PhpSerialized.read("not serialized")).isEmpty();
        assertThat(PhpSerialized.read("i:1;trailing")).isEmpty();
    }

    @Test
    void objects_read_as_maps_and_no_class_is_made() {
        var value = PhpSerialized.read("O:8:\"stdClass\":1:{s:1:\"a\";b:1;}").orElseThrow();

        assertThat(PhpSerialized.at(value, "a")).contains(true);
    }
}
