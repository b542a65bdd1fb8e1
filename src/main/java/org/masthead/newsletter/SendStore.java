package org.masthead.newsletter;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The sends and their deliveries: the record of who was sent what, which is what keeps anyone from a second copy. */
interface SendStore {
    /**
     * Queues the edition's daily send with a delivery for every confirmed daily subscriber; empty when the edition
     * has one already.
     */
    Optional<Send> queueEdition(long editionId, String subject, Instant now);

    /**
     * Queues the week's digest with a delivery for every confirmed weekly subscriber; empty when the week has one
     * already.
     */
    Optional<Send> queueWeekly(DigestWeek week, String subject, Instant now);

    /** Whether the week has its digest queued (or sent) already. */
    boolean hasWeekly(java.time.LocalDate weekOf);

    /** The week a digest send covers; empty for an edition's send. */
    Optional<DigestWeek> weekOf(long sendId);

    Optional<Send> find(long id);

    Optional<Send> findForEdition(long editionId);

    /** Marks skipped the queued deliveries of subscribers who left or were paused since the send was queued. */
    int skipDeparted();

    /** Queued deliveries due by now, of sends not stopped, oldest first. */
    List<Delivery> due(Instant now, int limit);

    /** Takes a queued delivery for sending; false when someone (another server) took it first. */
    boolean claim(Delivery delivery, Instant now);

    /** The server took the message; the subscriber's count of failures starts again. */
    void markSent(Delivery delivery, Instant now);

    /** The server refused the address: counted against it, which is paused at the given count. */
    void markRefused(Delivery delivery, String error, int pauseAt);

    /** Failed for good, but through no fault of the address (put off too many times): not counted against it. */
    void giveUp(Delivery delivery, String error);

    /** A passing fault: back in the queue until the given time, not counted against the address. */
    void retryLater(Delivery delivery, String error, Instant at);

    /** Deliveries claimed before the given time and never marked: interrupted; recorded as failed, not sent again. */
    int giveUpInterrupted(Instant claimedBefore);

    /** Marks done the sends with nothing left to deliver, with their counts. */
    int finishSends(Instant now);

    /** How many of the send's deliveries are in each status ("queued", "sent"...). */
    java.util.Map<String, Integer> countByStatus(long sendId);
}
