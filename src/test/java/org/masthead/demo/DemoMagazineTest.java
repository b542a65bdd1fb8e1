package org.masthead.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.masthead.edition.EditionRule;

class DemoMagazineTest {
    @Test
    void the_demo_editions_end_before_today_and_always_include_a_weekend() {
        LocalDate thursday = LocalDate.of(2026, 11, 26);
        for (int day = 0; day < 7; day++) {
            LocalDate today = thursday.plusDays(day);
            var days = DemoMagazine.recentEditionDays(today, EditionRule.DEFAULT);
            assertThat(days).hasSize(5).allMatch(d -> d.isBefore(today));
            assertThat(days).anyMatch(d -> d.getDayOfWeek() == java.time.DayOfWeek.FRIDAY);
            assertThat(days).isSortedAccordingTo(java.util.Comparator.reverseOrder());
        }
    }

    @Test
    void the_artwork_is_a_jpeg_of_the_stated_size_and_the_same_for_the_same_seed() throws Exception {
        byte[] first = DemoArtwork.draw("rain", 23);
        byte[] again = DemoArtwork.draw("rain", 23);
        var image = javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(first));
        assertThat(image.getWidth()).isEqualTo(DemoArtwork.WIDTH);
        assertThat(image.getHeight()).isEqualTo(DemoArtwork.HEIGHT);
        assertThat(first).isEqualTo(again);
    }
}
