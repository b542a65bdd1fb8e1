package org.masthead.edition;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;

/**
 * How the magazine cuts its calendar into editions when nobody says otherwise: one edition a day, and, when
 * weekend editions are on, one labelled edition from Friday to Sunday.
 */
public record EditionRule(boolean weekendEditions, String weekendLabel) {
    public static final EditionRule DEFAULT = new EditionRule(true, "Weekend Edition");

    public EditionSpan spanFor(LocalDate date) {
        DayOfWeek day = date.getDayOfWeek();
        boolean weekend = day == DayOfWeek.FRIDAY || day == DayOfWeek.SATURDAY || day == DayOfWeek.SUNDAY;
        if (!weekendEditions || !weekend) {
            return EditionSpan.day(date);
        }
        LocalDate friday = date.with(TemporalAdjusters.previousOrSame(DayOfWeek.FRIDAY));
        return new EditionSpan(friday, friday.plusDays(2), weekendLabel);
    }
}
