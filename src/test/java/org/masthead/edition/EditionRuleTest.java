package org.masthead.edition;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class EditionRuleTest {
    private static final LocalDate FRIDAY = LocalDate.of(2018, 11, 9);

    @Test
    void friday_saturday_and_sunday_share_the_weekend_edition_starting_friday() {
        for (int day = 0; day < 3; day++) {
            EditionSpan span = EditionRule.DEFAULT.spanFor(FRIDAY.plusDays(day));
            assertThat(span).isEqualTo(new EditionSpan(FRIDAY, FRIDAY.plusDays(2), "Weekend Edition"));
        }
    }

    @Test
    void monday_to_thursday_each_have_their_own_edition() {
        for (int day = 3; day < 7; day++) {
            LocalDate weekday = FRIDAY.plusDays(day);
            assertThat(EditionRule.DEFAULT.spanFor(weekday)).isEqualTo(EditionSpan.day(weekday));
        }
    }

    @Test
    void without_weekend_editions_every_day_is_its_own_edition() {
        var daily = new EditionRule(false, "Weekend Edition");
        assertThat(daily.spanFor(FRIDAY.plusDays(1))).isEqualTo(EditionSpan.day(FRIDAY.plusDays(1)));
    }

    @Test
    void the_weekend_label_is_a_setting() {
        assertThat(new EditionRule(true, "Week-end").spanFor(FRIDAY).label()).isEqualTo("Week-end");
    }
}
