package org.masthead.webhook;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends the deliveries, one at a time, on one virtual thread: woken when one is written, and otherwise
 * awake at the next retry's time (or within a minute, for deliveries another server wrote). A receiver
 * that does not answer 2xx within ten seconds is tried again after 1 minute, 5 minutes, 30 minutes, 2 hours
 * and 12 hours, then the delivery is marked failed; one that answers 410 Gone has its webhook stopped, as
 * Ghost does. Redirects are not followed: the answer to a webhook is the receiver's, not another server's.
 * Pending deliveries live in the database, so a restart resumes them.
 */
final class DeliveryWorker implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(DeliveryWorker.class);
    static final List<Duration> BACKOFF = List.of(Duration.ofMinutes(1), Duration.ofMinutes(5), Duration.ofMinutes(30),
            Duration.ofHours(2), Duration.ofHours(12));
    static final Duration TIMEOUT = Duration.ofSeconds(10);
    /** Longer than a send can take: a delivery whose sender died is due again after this. */
    private static final Duration LEASE = Duration.ofMinutes(2);
    private static final Duration LONGEST_SLEEP = Duration.ofMinutes(1);
    private static final Duration CATCH_UP_EVERY = Duration.ofMinutes(5);
    private static final int BATCH = 50;
    private static final int MAX_ERROR = 500;

    private final WebhookStore store;
    private final Targets targets;
    private final Clock clock;
    private final Runnable catchUp;
    private final String userAgent;
    /** Made on first use: a command that never sends (an import) starts no client threads. */
    private HttpClient client;
    private final ReentrantLock pass = new ReentrantLock();
    private final Semaphore wakeups = new Semaphore(0);
    private volatile boolean running;
    private Thread thread;

    DeliveryWorker(WebhookStore store, Targets targets, Clock clock, Runnable catchUp, String userAgent) {
        this.store = store;
        this.targets = targets;
        this.clock = clock;
        this.catchUp = catchUp;
        this.userAgent = userAgent;
    }

    synchronized void start() {
        if (running) {
            return;
        }
        running = true;
        thread = Thread.ofVirtual().name("webhook-deliveries").start(this::run);
    }

    void wake() {
        wakeups.release();
    }

    /**
     * Sends everything due by the clock's now, on the caller's thread, after any pass already under way;
     * returns how many deliveries were tried.
     */
    int deliverDue() {
        pass.lock();
        try {
            int tried = 0;
            List<Long> due;
            do {
                Instant now = clock.instant();
                due = store.due(now, BATCH);
                for (long id : due) {
                    Optional<WebhookStore.Outgoing> claimed = store.claim(id, now, now.plus(LEASE));
                    if (claimed.isPresent()) {
                        send(claimed.get());
                        tried++;
                    }
                }
            } while (due.size() == BATCH && running);
            return tried;
        } finally {
            pass.unlock();
        }
    }

    private void run() {
        long nextCatchUp = System.nanoTime();
        while (running) {
            if (System.nanoTime() - nextCatchUp >= 0) {
                nextCatchUp = System.nanoTime() + CATCH_UP_EVERY.toNanos();
                guarded("Taking articles written elsewhere as they are", catchUp);
            }
            guarded("Sending webhooks", this::deliverDue);
            Duration sleep = LONGEST_SLEEP;
            try {
                Optional<Instant> next = store.nextDue();
                if (next.isPresent()) {
                    Duration until = Duration.between(clock.instant(), next.get());
                    sleep = until.isNegative() ? Duration.ZERO : until.compareTo(sleep) < 0 ? until : sleep;
                }
                wakeups.tryAcquire(Math.max(1, sleep.toMillis()), TimeUnit.MILLISECONDS);
                wakeups.drainPermits();
            } catch (InterruptedException e) {
                return;
            } catch (RuntimeException e) {
                log.error("Webhooks could not read what is due next; looking again in a minute", e);
            }
        }
    }

    private static void guarded(String what, Runnable step) {
        try {
            step.run();
        } catch (RuntimeException e) {
            log.error("{} failed; trying again later", what, e);
        }
    }

    private void send(WebhookStore.Outgoing out) {
        Delivery delivery = out.delivery();
        int attempt = delivery.attempts() + 1;
        Instant started = clock.instant();
        URI target = URI.create(out.targetUrl());
        try {
            String refused = targets.refusalBeforeSending(target);
            if (refused != null) {
                store.recordAttempt(delivery.id(), attempt, Delivery.Status.FAILED, null, null, limit(refused), started);
                return;
            }
            HttpResponse<Void> answer = client().send(request(out, target), HttpResponse.BodyHandlers.discarding());
            int status = answer.statusCode();
            if (status >= 200 && status < 300) {
                store.recordAttempt(delivery.id(), attempt, Delivery.Status.DELIVERED, null, status, null, clock.instant());
            } else if (status == 410) {
                store.recordAttempt(delivery.id(), attempt, Delivery.Status.FAILED, null, status, "410 Gone", clock.instant());
                store.stop(delivery.webhookId(), "the receiver answered 410 Gone: it wants no more deliveries", clock.instant());
                log.info("Webhook {} stopped: its receiver answered 410 Gone", delivery.webhookId());
            } else {
                String redirect = status >= 300 && status < 400 ? answer.headers().firstValue("Location").orElse("") : null;
                failed(delivery, attempt, status, redirect == null ? "the receiver answered " + status
                        : "the receiver answered " + status + " (a redirect to " + redirect + "); webhooks do not follow redirects");
            }
        } catch (HttpTimeoutException e) {
            failed(delivery, attempt, null, "no answer within " + TIMEOUT.toSeconds() + " seconds");
        } catch (UnknownHostException e) {
            failed(delivery, attempt, null, "no such server: " + target.getHost());
        } catch (ConnectException e) {
            failed(delivery, attempt, null, "could not connect to " + target.getHost() + (target.getPort() > 0 ? ":" + target.getPort() : ""));
        } catch (IOException e) {
            failed(delivery, attempt, null, "the connection failed: " + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            // CASE: stopped mid-send: the lease runs out and the delivery is tried again, by the next start if need be.
        } catch (IllegalArgumentException e) {
            store.recordAttempt(delivery.id(), attempt, Delivery.Status.FAILED, null, null, limit("the address cannot be sent to: "
                    + e.getMessage()), started);
        }
    }

    private synchronized HttpClient client() {
        if (client == null) {
            client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).connectTimeout(TIMEOUT).build();
        }
        return client;
    }

    private HttpRequest request(WebhookStore.Outgoing out, URI target) {
        var request = HttpRequest.newBuilder(target).timeout(TIMEOUT)
                .header("Content-Type", "application/json")
                .header("User-Agent", userAgent)
                .header("X-Ghost-Signature", Signature.ghostHeader(out.secret(), out.payload(), clock.instant().toEpochMilli()))
                .header("X-Masthead-Signature", Signature.ownHeader(out.secret(), out.payload()))
                .header("X-Masthead-Event", out.delivery().event())
                .header("X-Masthead-Delivery", Long.toString(out.delivery().id()))
                .POST(HttpRequest.BodyPublishers.ofString(out.payload()));
        if (out.delivery().test()) {
            request.header("X-Masthead-Test", "true");
        }
        return request.build();
    }

    private void failed(Delivery delivery, int attempt, Integer status, String error) {
        Instant now = clock.instant();
        if (attempt > BACKOFF.size()) {
            store.recordAttempt(delivery.id(), attempt, Delivery.Status.FAILED, null, status, limit(error), now);
            log.warn("Webhook delivery {} failed for good after {} tries: {}", delivery.id(), attempt, error);
        } else {
            store.recordAttempt(delivery.id(), attempt, Delivery.Status.PENDING, now.plus(BACKOFF.get(attempt - 1)), status,
                    limit(error), now);
        }
    }

    private static String limit(String error) {
        return error.length() <= MAX_ERROR ? error : error.substring(0, MAX_ERROR - 1) + "…";
    }

    @Override
    public void close() {
        running = false;
        wake();
        if (thread != null) {
            try {
                thread.join(TIMEOUT.toMillis() + 1000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        synchronized (this) {
            if (client != null) {
                client.close();
            }
        }
    }
}
