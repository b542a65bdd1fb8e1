package org.masthead.media;

import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.masthead.common.Unavailable;

/**
 * Lets two pictures at most be decoded, resized and encoded at once, whichever way they come: each takes a core
 * and tens of MB for a moment, and eight at once took the home page from milliseconds to 16 s. A person's upload
 * waits its turn a few seconds, then is refused to be tried again (a 503); an import waits as long as it takes,
 * since nobody is waiting on a page for it.
 */
final class PictureGate {
    private final Semaphore turns;
    private final ThreadPoolExecutor workers;
    private volatile Duration patience;

    PictureGate(int atOnce, Duration patience) {
        this.turns = new Semaphore(atOnce, true);
        this.patience = patience;
        // CASE: requests run on virtual threads, which a busy core never gives up: two pictures processed on them
        // held both carriers of a two-core server and the home page waited 3 s. Platform threads are time-sliced.
        this.workers = new ThreadPoolExecutor(atOnce, atOnce, 30, TimeUnit.SECONDS, new LinkedBlockingQueue<>(),
                Thread.ofPlatform().name("pictures-", 1).daemon().factory());
        this.workers.allowCoreThreadTimeOut(true);
    }

    /** The work, once a turn comes within the patience; else {@link Unavailable}. */
    <T> T soon(Supplier<T> work) {
        try {
            if (!turns.tryAcquire(patience.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new Unavailable("other pictures are being processed; please send this one again in a minute", null);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Unavailable("the upload was stopped while it waited its turn", e);
        }
        return run(work);
    }

    /** The work, however long its turn takes to come. */
    <T> T eventually(Supplier<T> work) {
        turns.acquireUninterruptibly();
        return run(work);
    }

    private <T> T run(Supplier<T> work) {
        Future<T> done;
        try {
            // The turn is given back by the worker when the work ends, not by a caller who stopped waiting for it.
            done = workers.submit(() -> {
                try {
                    return work.get();
                } finally {
                    turns.release();
                }
            });
        } catch (RuntimeException notStarted) {
            turns.release();
            throw notStarted;
        }
        try {
            return done.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException refused) {
                throw refused;
            }
            throw new IllegalStateException("cannot process a picture", e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Unavailable("the upload was stopped while its picture was processed", e);
        }
    }

    // For tests: take every turn, and shorten the wait.
    Semaphore turns() {
        return turns;
    }

    void patience(Duration patience) {
        this.patience = patience;
    }
}
