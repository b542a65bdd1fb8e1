package org.masthead.importer.wordpress;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * WordPress's times: {@code post_date_gmt} is UTC, {@code post_date} the site's own clock, and a draft never saved
 * with a date has {@code 0000-00-00 00:00:00} for the first. The export does not name the site's zone; its offset
 * is seen on posts that carry both.
 */
final class WxrDates {
    private static final DateTimeFormatter MYSQL = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private WxrDates() {}

    /** A MySQL date-time, or empty for a missing, zero or unreadable one. */
    static Optional<LocalDateTime> local(String text) {
        if (text == null || text.isBlank() || text.startsWith("0000")) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDateTime.parse(text.strip(), MYSQL));
        } catch (DateTimeParseException unreadable) {
            return Optional.empty();
        }
    }

    /** The site's offset from UTC, when a post gives both its local and its UTC time. */
    static Optional<Duration> offset(String postDate, String postDateGmt) {
        Optional<LocalDateTime> local = local(postDate);
        Optional<LocalDateTime> gmt = local(postDateGmt);
        if (local.isEmpty() || gmt.isEmpty()) {
            return Optional.empty();
        }
        Duration offset = Duration.between(gmt.get(), local.get());
        // Offsets run from -12 to +14 hours; anything else is two unrelated dates.
        return offset.abs().toHours() <= 14 ? Optional.of(offset) : Optional.empty();
    }

    /** When an item happened: its UTC time, else its local time at the site's offset, else its RSS pubDate. */
    static Optional<Instant> when(WxrItem item, Duration siteOffset) {
        Optional<LocalDateTime> gmt = local(item.postDateGmt());
        if (gmt.isPresent()) {
            return Optional.of(gmt.get().toInstant(ZoneOffset.UTC));
        }
        Optional<LocalDateTime> local = local(item.postDate());
        if (local.isPresent()) {
            return Optional.of(local.get().minus(siteOffset).toInstant(ZoneOffset.UTC));
        }
        if (item.pubDate() != null && !item.pubDate().isBlank()) {
            try {
                ZonedDateTime rss = ZonedDateTime.parse(item.pubDate().strip(), DateTimeFormatter.RFC_1123_DATE_TIME);
                // WordPress writes the Unix epoch's date for a post it has not dated.
                return rss.getYear() < 1971 ? Optional.empty() : Optional.of(rss.toInstant());
            } catch (DateTimeParseException unreadable) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }
}
