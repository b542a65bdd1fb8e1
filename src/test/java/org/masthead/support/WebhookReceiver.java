package org.masthead.support;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * A webhook receiver on a random local port, as a magazine's readers' tools would run one: it records every
 * request (headers and body) and answers with the statuses it is given in turn, 200 once they run out.
 */
public final class WebhookReceiver implements AutoCloseable {
    public record Request(String path, Map<String, List<String>> headers, String body) {
        public String header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name)).findFirst()
                    .map(e -> e.getValue().getFirst()).orElse(null);
        }
    }

    private final HttpServer server;
    private final List<Request> received = new CopyOnWriteArrayList<>();
    private final ConcurrentLinkedQueue<Integer> answers = new ConcurrentLinkedQueue<>();
    private volatile int thereafter = 200;
    private volatile CountDownLatch holding;
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition arrived = lock.newCondition();

    public WebhookReceiver() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            received.add(new Request(exchange.getRequestURI().getPath(), Map.copyOf(exchange.getRequestHeaders()), body));
            CountDownLatch held = holding;
            if (held != null) {
                arrived();
                awaitRelease(held);
            }
            Integer status = answers.poll();
            int answer = status == null ? thereafter : status;
            if (answer >= 300 && answer < 400) {
                exchange.getResponseHeaders().add("Location", "/elsewhere");
            }
            exchange.sendResponseHeaders(answer, -1);
            exchange.close();
            arrived();
        });
        server.start();
    }

    private void arrived() {
        lock.lock();
        try {
            arrived.signalAll();
        } finally {
            lock.unlock();
        }
    }

    private static void awaitRelease(CountDownLatch held) {
        try {
            held.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * Takes the requests from now on without answering them until {@link #answerHeld}: the sender waits, as on a slow
     * receiver. One at a time: the receiver serves a request only after answering the one before.
     */
    public void holdAnswers() {
        holding = new CountDownLatch(1);
    }

    /** Answers the request held, if any, and the next ones at once. */
    public void answerHeld() {
        CountDownLatch held = holding;
        holding = null;
        if (held != null) {
            held.countDown();
        }
    }

    /** Answers these statuses to the next requests, in order. */
    public WebhookReceiver answering(Integer... statuses) {
        answers.addAll(List.of(statuses));
        return this;
    }

    /** Answers this status to every request after those given to {@link #answering}. */
    public WebhookReceiver thereafter(int status) {
        thereafter = status;
        return this;
    }

    public String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    /** Waits until this many requests have arrived in all (the worker sends on its own thread); returns them. */
    public List<Request> await(int count) {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        lock.lock();
        try {
            while (received.size() < count) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    throw new AssertionError("expected " + count + " request(s), received " + received.size() + ": " + received);
                }
                arrived.awaitNanos(Math.min(left, TimeUnit.MILLISECONDS.toNanos(200)));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        } finally {
            lock.unlock();
        }
        return received();
    }

    public List<Request> received() {
        return new ArrayList<>(received);
    }

    @Override
    public void close() {
        answerHeld();
        server.stop(0);
    }
}
