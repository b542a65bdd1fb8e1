package org.masthead.edition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.masthead.common.Invalid;
import org.masthead.common.PageRequest;

/** The edition rules, with the store held in memory. */
class EditionServiceTest {
    private static final LocalDate FRIDAY = LocalDate.of(2018, 11, 9);

    private final InMemoryEditionStore store = new InMemoryEditionStore();
    private final AtomicReference<EditionRule> rule = new AtomicReference<>(EditionRule.DEFAULT);
    private final EditionService editions = new EditionService(new EditionStores(store), rule::get);

    @Test
    void the_first_article_of_a_saturday_opens_the_weekend_edition_and_sunday_finds_it() {
        Edition saturday = editions.editionFor(FRIDAY.plusDays(1));
        Edition sunday = editions.editionFor(FRIDAY.plusDays(2));

        assertThat(saturday.span()).isEqualTo(new EditionSpan(FRIDAY, FRIDAY.plusDays(2), "Weekend Edition"));
        assertThat(sunday).isEqualTo(saturday);
        assertThat(store.count()).isEqualTo(1);
    }

    @Test
    void a_weekend_never_swallows_a_day_that_already_has_its_own_edition() {
        rule.set(new EditionRule(false, "Weekend Edition"));
        editions.editionFor(FRIDAY.plusDays(1));
        rule.set(EditionRule.DEFAULT);

        Edition friday = editions.editionFor(FRIDAY);

        assertThat(friday.span()).isEqualTo(EditionSpan.day(FRIDAY));
    }

    @Test
    void opening_a_span_that_cuts_into_another_edition_is_refused_with_both_dates() {
        editions.open(EditionSpan.day(FRIDAY.plusDays(2)));

        assertThatThrownBy(() -> editions.open(new EditionSpan(FRIDAY, FRIDAY.plusDays(2), "Weekend Edition")))
                .isInstanceOf(Invalid.class)
                .hasMessage("an edition from 2018-11-09 to 2018-11-11 would overlap the edition of 2018-11-11");
    }

    @Test
    void opening_an_existing_edition_with_a_longer_span_or_new_label_updates_it_in_place() {
        Edition day = editions.open(EditionSpan.day(FRIDAY));
        Edition weekend = editions.open(new EditionSpan(FRIDAY, FRIDAY.plusDays(2), "Weekend Edition"));

        assertThat(weekend.id()).isEqualTo(day.id());
        assertThat(editions.findContaining(FRIDAY.plusDays(2))).contains(weekend);
        assertThat(store.count()).isEqualTo(1);
    }

    @Test
    void an_edition_is_never_cut_short_of_its_own_articles() {
        Edition weekend = editions.open(new EditionSpan(FRIDAY, FRIDAY.plusDays(2), "Weekend Edition"));
        store.articlesOutside(weekend.id(), 2);

        assertThatThrownBy(() -> editions.open(EditionSpan.day(FRIDAY)))
                .isInstanceOf(Invalid.class)
                .hasMessage("the edition of 2018-11-09 runs to 2018-11-11 and has 2 article(s) after 2018-11-09; "
                        + "it cannot be cut to 2018-11-09 alone");
        assertThat(editions.findContaining(FRIDAY.plusDays(2))).contains(weekend);
    }

    @Test
    void an_edition_spans_a_month_at_most_and_never_ends_before_it_starts() {
        assertThatThrownBy(() -> new EditionSpan(FRIDAY, FRIDAY.minusDays(1), null)).isInstanceOf(Invalid.class);
        assertThatThrownBy(() -> new EditionSpan(FRIDAY, FRIDAY.plusDays(31), null)).isInstanceOf(Invalid.class);
    }

    @Test
    void the_neighbours_of_an_edition_are_the_nearest_ones_with_published_articles() {
        Edition monday = editions.editionFor(FRIDAY.minusDays(4));
        Edition tuesday = editions.editionFor(FRIDAY.minusDays(3));
        Edition weekend = editions.editionFor(FRIDAY);
        store.publishIn(monday.id());
        store.publishIn(weekend.id());

        assertThat(editions.previous(weekend)).contains(monday);
        assertThat(editions.next(monday)).contains(weekend);
        assertThat(editions.next(tuesday)).contains(weekend);
        assertThat(editions.withPublishedArticles(null, null, new PageRequest(1, 5)).items()).containsExactly(weekend, monday);
    }
}
