package org.masthead.webhook;

import java.time.Instant;

/**
 * One event sent (or to be sent) to one webhook: what it was about, how many times it was tried, what the
 * receiver last answered (a status code, or the error that kept it from answering), and when it is tried
 * next while it is pending.
 */
public record Delivery(long id, long webhookId, String event, Long articleId, String title, boolean test, int attempts,
        Status status, Instant nextAttemptAt, Instant lastAttemptAt, Integer lastStatusCode, String lastError,
        Instant createdAt, Instant deliveredAt) {

    public enum Status {
        PENDING, DELIVERED, FAILED;

        public String code() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }

        static Status fromCode(String code) {
            return valueOf(code.toUpperCase(java.util.Locale.ROOT));
        }
    }
}
