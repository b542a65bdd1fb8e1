package org.masthead.admin;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Times as the admin screens show them: in the magazine's time zone, to the minute. */
final class AdminFormat {
    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("d MMM uuuu, HH:mm", Locale.ENGLISH);

    private AdminFormat() {}

    static String dateTime(Instant instant, ZoneId zone) {
        return SHOWN.format(instant.atZone(zone));
    }
}
