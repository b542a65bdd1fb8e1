package org.masthead.platform;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Domain events, delivered after the transaction that raised them commits: services say what happened
 * ("an article was scheduled"), and whatever must follow (the scheduler, later the search index and the
 * page cache) subscribes here at start-up. A failing subscriber is logged and never undoes the change.
 */
public final class Events {
    private static final Logger log = LoggerFactory.getLogger(Events.class);

    private final Database db;
    private final Map<Class<?>, List<Consumer<Object>>> subscribers = new ConcurrentHashMap<>();

    public Events(Database db) {
        this.db = db;
    }

    public <E> void subscribe(Class<E> type, Consumer<? super E> handler) {
        subscribers.computeIfAbsent(type, t -> new CopyOnWriteArrayList<>()).add(event -> handler.accept(type.cast(event)));
    }

    public void publish(Object event) {
        db.afterCommit(() -> deliver(event));
    }

    private void deliver(Object event) {
        for (Consumer<Object> handler : subscribers.getOrDefault(event.getClass(), List.of())) {
            try {
                handler.accept(event);
            } catch (RuntimeException e) {
                log.error("Handling {} failed", event, e);
            }
        }
    }
}
