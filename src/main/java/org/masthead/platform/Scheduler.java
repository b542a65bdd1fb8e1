package org.masthead.platform;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Publishes what is scheduled, at its time: one thread that sleeps until the next due time and is woken
 * when a schedule changes. It also runs at start-up, so whatever fell due while the server was down goes
 * out then. Each piece of work publishes an item exactly once, checking its state in its own transaction,
 * so two servers, or a late wake-up, never publish anything twice.
 */
public final class Scheduler implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(Scheduler.class);
    // Look again at least this often, for schedules made by another server of a scaled-out magazine.
    private static final Duration LONGEST_SLEEP = Duration.ofMinutes(1);

    /** Something that publishes what is due, and says when it next will be. */
    public interface Work {
        int publishDue(Instant now);

        Optional<Instant> nextDue();
    }

    private final Clock clock;
    private final List<Work> work;
    private final ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "masthead-scheduler");
        thread.setDaemon(true);
        return thread;
    });
    private ScheduledFuture<?> planned;
    private volatile boolean started;

    public Scheduler(Clock clock, List<Work> work) {
        this.clock = clock;
        this.work = List.copyOf(work);
    }

    /** Catches up at once, then keeps time. */
    public void start() {
        started = true;
        wake();
    }

    /**
     * Looks at the schedule again now (after a change to it). Before {@link #start()} it does nothing: a
     * magazine opened by a command (an import, a settings change) or a test publishes only when asked to.
     */
    public void wake() {
        if (started) {
            executor.execute(this::run);
        }
    }

    /** Publishes everything due by now, on the caller's thread; returns how many items went out. */
    public int runDue() {
        Instant now = clock.instant();
        int published = 0;
        for (Work each : work) {
            try {
                published += each.publishDue(now);
            } catch (RuntimeException e) {
                log.error("Publishing what was scheduled failed; it will be tried again", e);
            }
        }
        if (published > 0) {
            log.info("Published {} scheduled item(s)", published);
        }
        return published;
    }

    private synchronized void run() {
        runDue();
        if (planned != null) {
            planned.cancel(false);
        }
        Instant now = clock.instant();
        Duration sleep = LONGEST_SLEEP;
        for (Work each : work) {
            Optional<Instant> next = each.nextDue();
            if (next.isPresent()) {
                Duration until = Duration.between(now, next.get());
                sleep = until.isNegative() ? Duration.ZERO : until.compareTo(sleep) < 0 ? until : sleep;
            }
        }
        planned = executor.schedule(this::run, sleep.toMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }
}
