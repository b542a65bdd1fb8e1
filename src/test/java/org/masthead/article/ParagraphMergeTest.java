package org.masthead.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

class ParagraphMergeTest {
    private static final String STORED = "One.\n\nTwo, as the editor cut it.\n\nThree.\n\nFour.";
    private static final String MINE = "One, as I rewrote it.\n\nTwo.\n\nThree.\n\nFour.\n\nFive, which I added.";

    @Test
    void each_place_where_the_versions_differ_is_numbered_with_both_sides() {
        assertThat(ParagraphMerge.places(STORED, MINE)).containsExactly(
                new ParagraphMerge.Place(0, "One.\n\nTwo, as the editor cut it.", "One, as I rewrote it.\n\nTwo."),
                new ParagraphMerge.Place(1, "", "Five, which I added."));
    }

    @Test
    void keeping_some_places_as_ones_own_puts_the_stored_paragraphs_back_at_the_others() {
        assertThat(ParagraphMerge.merge(STORED, MINE, Set.of(1)))
                .isEqualTo("One.\n\nTwo, as the editor cut it.\n\nThree.\n\nFour.\n\nFive, which I added.");
        assertThat(ParagraphMerge.merge(STORED, MINE, Set.of(0, 1))).isEqualTo(MINE);
        assertThat(ParagraphMerge.merge(STORED, MINE, Set.of())).isEqualTo(STORED);
    }

    @Test
    void line_endings_and_extra_blank_lines_do_not_make_a_difference() {
        assertThat(ParagraphMerge.places("A.\r\n\r\nB.", "A.\n\n\n\nB.\n")).isEmpty();
    }
}
