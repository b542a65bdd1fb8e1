package org.masthead.mail;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * Work done after a request has been answered, one piece at a time (looking an address up, sending it mail): the
 * answer then takes the same time whatever the work finds, and a slow mail server never holds a reader up.
 */
public final class Outbox implements AutoCloseable {
    private final ExecutorService worker;

    /** {@code name} names the thread, for a thread dump. */
    public Outbox(String name) {
        this.worker = Executors.newSingleThreadExecutor(Thread.ofVirtual().name(name).factory());
    }

    public void later(Runnable work) {
        worker.execute(work);
    }

    /** Waits until what was queued before this call is done (for tests, which check what it sent). */
    public void drain() {
        try {
            worker.submit(() -> { }).get(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
            throw new IllegalStateException("the outbox did not drain", e);
        }
    }

    /** Finishes what is waiting, for five seconds at most. */
    @Override
    public void close() {
        worker.shutdown();
        try {
            if (!worker.awaitTermination(5, TimeUnit.SECONDS)) {
                worker.shutdownNow();
            }
        } catch (InterruptedException e) {
            worker.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }
}
