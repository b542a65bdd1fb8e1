package org.masthead.newsletter;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.masthead.platform.Scheduler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Forgets the subscriptions nobody confirmed within a week, address and all: an address someone typed without its
 * owner's consent is not kept, and the link in the mail says it has expired. Run by the scheduler, like the weekly
 * digest, at the time the oldest pending one falls due (and at start-up); deleting is once whoever does it.
 */
final class PendingExpiry implements Scheduler.Work {
    private static final Logger log = LoggerFactory.getLogger(PendingExpiry.class);
    /** How long a confirmation link works. */
    static final Duration AFTER = Duration.ofDays(7);

    private final SubscriberStore store;
    private final Clock clock;

    PendingExpiry(SubscriberStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /** Deletes what expired by now; returns 0, since it publishes nothing (the scheduler counts what it publishes). */
    @Override
    public int publishDue(Instant now) {
        int forgotten = store.deletePendingBefore(now.minus(AFTER));
        if (forgotten > 0) {
            log.info("Forgot {} subscription(s) not confirmed within {} days", forgotten, AFTER.toDays());
        }
        return 0;
    }

    @Override
    public Optional<Instant> nextDue() {
        return store.oldestPending().map(asked -> asked.plus(AFTER).plusMillis(1)).filter(due -> due.isAfter(clock.instant()));
    }
}
