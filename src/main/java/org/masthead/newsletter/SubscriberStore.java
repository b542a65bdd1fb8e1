package org.masthead.newsletter;

import java.time.Instant;
import java.util.Optional;

/** The subscribers, one row per address whatever its case. */
interface SubscriberStore {
    Optional<Subscriber> findByEmail(String email);

    Optional<Subscriber> findByToken(String token);

    /** Adds a pending subscriber unless the address is there already (another server got there first); returns the row. */
    Subscriber insertPending(String email, String token, String source, Instant now);

    /** Pending to confirmed; false when the subscriber was not pending. */
    boolean confirm(long id, Instant now);

    /**
     * Back to pending for someone who left or was paused and asked again: their failures are forgiven, and the request
     * dates from now, so the week to confirm it starts now.
     */
    void resubscribe(long id, String source, Instant now);

    /** Forgets the subscriptions still pending that were asked for before the cutoff; returns how many. */
    int deletePendingBefore(Instant cutoff);

    /** When the oldest subscription still pending was asked for, if any is. */
    Optional<Instant> oldestPending();

    void unsubscribe(long id, Instant now);

    void setFrequency(long id, Subscriber.Frequency frequency);
}
