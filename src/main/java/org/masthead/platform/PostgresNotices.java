package org.masthead.platform;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@link Notices} over PostgreSQL's {@code LISTEN}/{@code NOTIFY}. Messages go out through the pool (after the commit
 * they tell of); one connection of its own, outside the pool, listens, on a thread of its own. That connection is
 * checked every few seconds; when it fails, the listeners are told they may miss messages, and it connects again,
 * with a pause between attempts, until it listens again.
 */
final class PostgresNotices implements Notices {
    private static final Logger log = LoggerFactory.getLogger(PostgresNotices.class);
    private static final Pattern CHANNEL = Pattern.compile("[a-z_]{1,63}");
    private static final Duration WAIT = Duration.ofMillis(500);
    private static final Duration CHECK_EVERY = Duration.ofSeconds(5);
    private static final Duration RETRY_AFTER = Duration.ofSeconds(1);

    private final DataSource pool;
    private final String url;
    private final Properties login;
    private final Map<String, List<Listener>> listeners = new ConcurrentHashMap<>();
    private final Thread thread;
    private volatile boolean open = true;
    /** The listening connection, while there is one: what {@link #listen} sends a LISTEN on, and close interrupts. */
    private volatile Connection listening;

    PostgresNotices(DataSource pool, Config.DatabaseConfig settings) {
        this.pool = pool;
        this.url = settings.url().orElseThrow();
        this.login = new Properties();
        settings.user().ifPresent(user -> login.setProperty("user", user));
        settings.password().ifPresent(password -> login.setProperty("password", password));
        // A connection whose server went away without a word (a network cut) is given up after this many seconds.
        login.setProperty("socketTimeout", "30");
        login.setProperty("ApplicationName", "masthead-notices");
        this.thread = Thread.ofPlatform().daemon().name("masthead-notices").unstarted(this::run);
    }

    @Override
    public void send(String channel, String payload) {
        requireChannel(channel);
        try (Connection connection = pool.getConnection();
                var statement = connection.prepareStatement("SELECT pg_notify(?, ?)")) {
            statement.setString(1, channel);
            statement.setString(2, payload);
            statement.execute();
        } catch (SQLException e) {
            log.warn("could not tell the other servers of a change on {}: {}", channel, e.getMessage());
        }
    }

    @Override
    public synchronized void listen(String channel, Listener listener) {
        requireChannel(channel);
        boolean first = !listeners.containsKey(channel);
        listeners.computeIfAbsent(channel, c -> new CopyOnWriteArrayList<>()).add(listener);
        listener.deaf();
        if (thread.getState() == Thread.State.NEW) {
            thread.start();
        } else if (first) {
            // The listening thread LISTENs on every channel each time it connects; reconnecting takes the new one too.
            reconnect();
        } else if (listening != null) {
            listener.listening();
        }
    }

    private static void requireChannel(String channel) {
        if (!CHANNEL.matcher(channel).matches()) {
            throw new IllegalArgumentException("a channel is named in lower-case letters and underscores: " + channel);
        }
    }

    private void run() {
        while (open) {
            try (Connection connection = DriverManager.getConnection(url, login)) {
                try (var statement = connection.createStatement()) {
                    for (String channel : listeners.keySet()) {
                        statement.execute("LISTEN " + channel);
                    }
                }
                listening = connection;
                listeners.values().forEach(list -> list.forEach(Listener::listening));
                hear(connection);
            } catch (SQLException e) {
                if (open) {
                    log.warn("not hearing the other servers' changes ({}); trying again", e.getMessage());
                }
            } finally {
                listening = null;
            }
            if (open) {
                listeners.values().forEach(list -> list.forEach(Listener::deaf));
                pause();
            }
        }
    }

    private void hear(Connection connection) throws SQLException {
        PGConnection postgres = connection.unwrap(PGConnection.class);
        long checked = System.nanoTime();
        while (open && listening == connection) {
            PGNotification[] heard = postgres.getNotifications((int) WAIT.toMillis());
            if (heard != null) {
                for (PGNotification notice : heard) {
                    for (Listener listener : listeners.getOrDefault(notice.getName(), List.of())) {
                        listener.heard(notice.getParameter());
                    }
                }
            }
            if (System.nanoTime() - checked > CHECK_EVERY.toNanos()) {
                // A silent connection may be a dead one: a query finds out.
                try (var statement = connection.createStatement()) {
                    statement.setQueryTimeout(5);
                    statement.execute("SELECT 1");
                }
                checked = System.nanoTime();
            }
        }
    }

    /** Drops the listening connection: the thread connects again and LISTENs on every channel. */
    private void reconnect() {
        listening = null;
    }

    private void pause() {
        try {
            Thread.sleep(RETRY_AFTER);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            open = false;
        }
    }

    @Override
    public void close() {
        open = false;
        listening = null;
        thread.interrupt();
        try {
            thread.join(Duration.ofSeconds(2));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
