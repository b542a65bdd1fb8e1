package org.masthead.search;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.LongConsumer;
import java.util.UUID;
import org.masthead.platform.Notices;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the index in step with the magazine. Services announce changed articles and authors (events after
 * commit); one background thread takes them in batches, reads the articles as they now are, puts or
 * removes them and commits, so a change is searchable well within a second. A catch-up reads the database
 * for whatever changed since the marker of the last one (the moment it started, less a minute for
 * transactions still committing then) and indexes it again: at start-up, for changes made while the server
 * was down, and every half minute, for changes other processes made (an import run beside the server),
 * which no event announces here. An index without a marker (new, or of an older schema) is rebuilt, and so is
 * one older than a {@link RebuildRequests request} (a restore rewrote the archive with the times it had).
 */
public final class SearchIndexer implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(SearchIndexer.class);
    private static final int BATCH = 500;
    private static final Duration SLACK = Duration.ofMinutes(1);
    private static final Duration LOOK_EVERY = Duration.ofSeconds(30);

    private record AuthorChange(long authorId) {}

    /** Put in the queue to stop the worker: Lucene must not be interrupted in the middle of writing a file. */
    private static final Object STOP = new Object();
    /** Put in the queue when another server changed articles: a catch-up now rather than within half a minute. */
    private static final Object CATCH_UP = new Object();
    /** Where the servers of one magazine, each with its own index, tell each other that they changed articles. */
    static final String CHANNEL = "masthead_search";

    private final SearchIndex index;
    private final SearchDocuments documents;
    private final LinkedBlockingQueue<Object> queue = new LinkedBlockingQueue<>();
    private volatile boolean running;
    private Thread worker;

    private final Duration lookEvery;
    private final RebuildRequests requests;
    /** The rebuild request this indexer last answered, so that it answers each only once. */
    private volatile Instant answered;

    private final Clock clock;
    private volatile Notices notices = Notices.alone();
    private final String server = UUID.randomUUID().toString();

    public SearchIndexer(SearchIndex index, SearchStores stores, Clock clock) {
        this(index, stores, clock, LOOK_EVERY);
    }

    /** With another interval between catch-ups, for tests. */
    SearchIndexer(SearchIndex index, SearchStores stores, Clock clock, Duration lookEvery) {
        this.index = index;
        this.clock = clock;
        this.documents = stores.documents;
        this.lookEvery = lookEvery;
        this.requests = stores.rebuildRequests();
    }

    public SearchIndex index() {
        return index;
    }

    /** Starts following changes in the background, after catching up with those made while it was not. */
    public synchronized void start() {
        if (running) {
            return;
        }
        running = true;
        worker = Thread.ofPlatform().name("search-indexer").daemon().start(this::follow);
    }

    /**
     * Shares changes with the other servers of the magazine (on PostgreSQL): after indexing a change made here, this
     * server tells them, and each catches its own index up from the database at once; hearing again after a lost
     * connection, it catches up too. Without it, another server's change is searchable here within half a minute.
     */
    public void share(Notices shared) {
        this.notices = shared;
        shared.listen(CHANNEL, new Notices.Listener() {
            @Override
            public void heard(String payload) {
                if (running && !payload.equals(server)) {
                    queue.add(CATCH_UP);
                }
            }

            @Override
            public void deaf() {}

            @Override
            public void listening() {
                if (running) {
                    queue.add(CATCH_UP);
                }
            }
        });
    }

    public void articleChanged(long id) {
        if (running) {
            queue.add(id);
        }
    }

    public void authorChanged(long id) {
        if (running) {
            queue.add(new AuthorChange(id));
        }
    }

    /** Waits until every change announced so far is searchable (for tests and the command line). */
    public void awaitIndexed() {
        if (!running) {
            return;
        }
        var done = new CountDownLatch(1);
        queue.add(done);
        try {
            if (!done.await(2, TimeUnit.MINUTES)) {
                throw new IllegalStateException("the search index did not catch up within two minutes");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * Empties the index and indexes every published article again, reporting progress as articles are
     * done; returns how many were indexed. For the {@code reindex} command, with no server running.
     */
    public long rebuild(LongConsumer progress) {
        return rebuild(progress, () -> true);
    }

    /** As {@link #rebuild(LongConsumer)}, giving up between batches (and committing nothing) once told to stop. */
    private long rebuild(LongConsumer progress, java.util.function.BooleanSupplier going) {
        Instant started = clock.instant();
        index.clear();
        int threads = Math.max(1, Runtime.getRuntime().availableProcessors());
        var done = new java.util.concurrent.atomic.AtomicLong();
        // Reading an article (its text out of HTML) and analysing it are CPU work: one batch per core at a time.
        try (var workers = java.util.concurrent.Executors.newFixedThreadPool(threads)) {
            var pending = new java.util.ArrayDeque<java.util.concurrent.Future<?>>();
            List<Long> ids = documents.publishedIds();
            for (int from = 0; from < ids.size(); from += BATCH) {
                if (!going.getAsBoolean()) {
                    pending.forEach(SearchIndexer::finish);
                    return done.get();
                }
                List<Long> batch = ids.subList(from, Math.min(ids.size(), from + BATCH));
                pending.add(workers.submit(() -> {
                    documents.load(batch).values().forEach(index::put);
                    long count = done.addAndGet(batch.size());
                    synchronized (progress) {
                        progress.accept(count);
                    }
                }));
                while (pending.size() > 2 * threads) {
                    finish(pending.removeFirst());
                }
            }
            pending.forEach(SearchIndexer::finish);
        }
        index.commit(started.toString());
        index.compact();
        return done.get();
    }

    private static void finish(java.util.concurrent.Future<?> work) {
        try {
            work.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while rebuilding the search index", e);
        } catch (java.util.concurrent.ExecutionException e) {
            throw e.getCause() instanceof RuntimeException failure ? failure : new IllegalStateException(e.getCause());
        }
    }

    /** How many published articles the database has, for a progress bar's end. */
    public long publishedCount() {
        return documents.countPublished();
    }

    private void follow() {
        long nextLook = System.nanoTime();
        while (running) {
            Object first;
            try {
                first = queue.poll(Math.max(0, nextLook - System.nanoTime()), TimeUnit.NANOSECONDS);
            } catch (InterruptedException e) {
                return;
            }
            if (System.nanoTime() - nextLook >= 0) {
                // At start, then every half minute, busy or not: changes made while the server was down, or by
                // other processes, reach no event here. A failure waits for the next look, never loops.
                nextLook = System.nanoTime() + lookEvery.toNanos();
                guarded("Catching the search index up", this::catchUp);
            }
            if (first == STOP) {
                return;
            }
            if (first != null) {
                List<Object> batch = new ArrayList<>(List.of(first));
                queue.drainTo(batch, BATCH);
                if (batch.removeIf(item -> item == CATCH_UP)) {
                    nextLook = System.nanoTime() + lookEvery.toNanos();
                    guarded("Catching the search index up with another server's changes", this::catchUp);
                }
                if (!batch.isEmpty()) {
                    guarded("Indexing a change", () -> apply(batch));
                }
            }
        }
    }

    /** Runs one step of the worker; a failure is logged and the worker goes on (the next catch-up retries). */
    private static void guarded(String what, Runnable step) {
        try {
            step.run();
        } catch (VirtualMachineError fatal) {
            throw fatal;
        } catch (RuntimeException | Error e) {
            log.error("{} failed; the next look at the database, within a minute, tries again", what, e);
        }
    }

    private void catchUp() {
        String marker = index.marker();
        Instant started = clock.instant();
        Instant requested = requests.latest().orElse(null);
        Instant since = marker == null ? null : Instant.parse(marker).minus(SLACK);
        // The slack covers a request committed just after the last catch-up started: it is older than the marker.
        boolean asked = requested != null && !requested.equals(answered) && (since == null || requested.isAfter(since));
        if (marker == null || asked) {
            answered = requested;
            log.info(marker == null ? "Building the search index from the {} published articles"
                    : "Building the search index again, as a restore asked, from the {} published articles", documents.countPublished());
            long count = rebuild(done -> { }, () -> running);
            if (running) {
                log.info("Search index built: {} articles", count);
            }
            return;
        }
        List<Long> changed = documents.changedSince(since);
        for (int from = 0; from < changed.size() && running; from += BATCH) {
            update(changed.subList(from, Math.min(changed.size(), from + BATCH)));
        }
        if (running) {
            index.commit(started.toString());
        }
    }

    private void apply(List<Object> batch) {
        Set<Long> ids = new LinkedHashSet<>();
        List<CountDownLatch> waiting = new ArrayList<>();
        for (Object item : batch) {
            switch (item) {
                case Long id -> ids.add(id);
                case AuthorChange author -> ids.addAll(documents.ofAuthor(author.authorId()));
                case CountDownLatch latch -> waiting.add(latch);
                case Object stop when stop == STOP -> queue.add(STOP);
                default -> throw new IllegalStateException("unknown work " + item);
            }
        }
        try {
            update(List.copyOf(ids));
            if (!ids.isEmpty()) {
                notices.send(CHANNEL, server);
            }
            // Only a catch-up, which reads the database, moves the marker: an event says nothing of the
            // changes other processes made meanwhile.
            String marker = index.marker();
            index.commit(marker);
            if (marker == null) {
                // CASE: the index was lost (deleted on the cluster) and made again, empty: rebuilt now, not in 30 s.
                queue.add(CATCH_UP);
            }
        } finally {
            waiting.forEach(CountDownLatch::countDown);
        }
    }

    private void update(List<Long> ids) {
        Map<Long, SearchDocument> found = documents.load(ids);
        for (long id : ids) {
            SearchDocument document = found.get(id);
            if (document == null) {
                index.remove(id);
            } else {
                index.put(document);
            }
        }
    }

    @Override
    public void close() {
        running = false;
        if (worker != null) {
            queue.add(STOP);
            try {
                worker.join(60_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            if (worker.isAlive()) {
                // Closing the index under a writing worker could leave it half-written; what the worker had not
                // committed is caught up at the next start.
                log.warn("The search indexer did not stop within a minute; leaving the index to the process's exit");
                return;
            }
        }
        index.close();
    }
}
