package org.masthead.newsletter;

import java.time.Instant;

/**
 * A reader who asked for the newsletter. The token is the key in every link they get; source says where their
 * consent came from ("form", "csv import"); failures counts permanent delivery failures.
 */
public record Subscriber(long id, String email, Status status, Frequency frequency, String token, String source,
        Instant createdAt, Instant confirmedAt, Instant unsubscribedAt, int failures) {

    /** Pending until the link in the confirmation mail is followed; paused by the sending after repeated failures. */
    public enum Status {
        PENDING, CONFIRMED, UNSUBSCRIBED, PAUSED;

        String code() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }

        static Status fromCode(String code) {
            return valueOf(code.toUpperCase(java.util.Locale.ROOT));
        }
    }

    /** Each edition as it comes out, or a digest once a week. */
    public enum Frequency {
        DAILY, WEEKLY;

        public String code() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }

        /** The frequency a form names ("daily", "weekly"); anything else is no frequency. */
        public static java.util.Optional<Frequency> fromCode(String code) {
            for (Frequency f : values()) {
                if (f.code().equals(code)) {
                    return java.util.Optional.of(f);
                }
            }
            return java.util.Optional.empty();
        }
    }
}
