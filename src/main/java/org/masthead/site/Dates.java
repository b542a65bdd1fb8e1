package org.masthead.site;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.Locale;

/** Dates as the reference page prints them: "November 09, 2018", "Friday - Sunday". */
final class Dates {
    private static final DateTimeFormatter LONG = DateTimeFormatter.ofPattern("MMMM dd, uuuu", Locale.ENGLISH);
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM uuuu", Locale.ENGLISH);

    private Dates() {}

    static String longDate(LocalDate date) {
        return LONG.format(date);
    }

    static String month(YearMonth month) {
        return MONTH.format(month);
    }

    static String dayRange(LocalDate first, LocalDate last) {
        return dayName(first.getDayOfWeek()) + " - " + dayName(last.getDayOfWeek());
    }

    private static String dayName(DayOfWeek day) {
        return day.getDisplayName(TextStyle.FULL, Locale.ENGLISH);
    }
}
