package org.masthead.newsletter;

import java.time.Instant;

/**
 * One edition going out to its subscribers. The counts are final once the send is done; while it runs, recipients is
 * how many deliveries it queued.
 */
public record Send(long id, Long editionId, String subject, Status status, Instant createdAt, Instant startedAt,
        Instant finishedAt, int recipients, int sent, int failed) {

    /** Queued until its first delivery is taken, done when none is left; stopped by an admin (a later slice). */
    public enum Status {
        QUEUED, SENDING, DONE, STOPPED;

        static Status fromCode(String code) {
            return valueOf(code.toUpperCase(java.util.Locale.ROOT));
        }
    }
}
