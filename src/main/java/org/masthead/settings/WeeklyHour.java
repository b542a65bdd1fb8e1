package org.masthead.settings;

import java.time.DayOfWeek;

/** An hour of a day of the week, in the magazine's time zone: when the weekly digest goes out. */
public record WeeklyHour(DayOfWeek day, int hour) {}
