package org.masthead.article;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A page of the editors' list and where the next one starts. Pages follow each other by the last item's
 * time and id rather than by an offset, so the thousandth page is as quick as the first.
 */
public record ListPage(List<ArticleListItem> items, Cursor next) {
    public ListPage {
        items = List.copyOf(items);
    }

    public boolean hasNext() {
        return next != null;
    }

    /** The position after an item: older changes come after it; the id breaks ties of time. */
    public record Cursor(Instant updatedAt, long id) {
        /** As carried in an address: {@code 2026-11-24T20:00:00.123Z~1234}. */
        public String token() {
            return updatedAt + "~" + id;
        }

        /** Reads a token; anything malformed is no position (the first page). */
        public static Optional<Cursor> parse(String token) {
            if (token == null || !token.matches("[0-9T:.Z-]{10,40}~\\d{1,18}")) {
                return Optional.empty();
            }
            try {
                int tilde = token.indexOf('~');
                return Optional.of(new Cursor(Instant.parse(token.substring(0, tilde)), Long.parseLong(token.substring(tilde + 1))));
            } catch (java.time.format.DateTimeParseException e) {
                return Optional.empty();
            }
        }
    }
}
