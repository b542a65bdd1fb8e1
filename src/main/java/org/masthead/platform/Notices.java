package org.masthead.platform;

/**
 * Short messages between the processes serving one magazine, so that what one of them keeps in memory (the readers'
 * page cache) learns of a change another committed. On PostgreSQL they travel by {@code LISTEN}/{@code NOTIFY}
 * ({@link PostgresNotices}); a magazine on SQLite is served by one process, which has nobody to tell
 * ({@link #alone()}). A listener is told when it may have missed messages (the connection dropped) and when it hears
 * again, so that it can forget what it kept meanwhile rather than serve it stale.
 */
public interface Notices extends AutoCloseable {
    /** What hears the messages of one channel. Called on the notices' own thread: quick, and never throwing. */
    interface Listener {
        /** A message sent by any process, this one included. */
        void heard(String payload);

        /** From now until {@link #listening()}, messages may be missed. */
        void deaf();

        /** Listening (again): every message sent from now on is heard. */
        void listening();
    }

    /** The most a message carries, in bytes of UTF-8 (PostgreSQL's limit is 8,000). */
    int LONGEST = 7_900;

    /** Sends a message to every process listening on the channel; a failure is logged, never thrown. */
    void send(String channel, String payload);

    /** Listens on a channel (lower-case letters and underscores) for as long as this is open. */
    void listen(String channel, Listener listener);

    @Override
    void close();

    /** Whether other processes may hear what this sends (false for {@link #alone()}). */
    default boolean reachesOthers() {
        return true;
    }

    /** For a magazine one process serves: nothing to send, and listening from the start. */
    static Notices alone() {
        return new Notices() {
            @Override
            public boolean reachesOthers() {
                return false;
            }

            @Override
            public void send(String channel, String payload) {}

            @Override
            public void listen(String channel, Listener listener) {
                listener.listening();
            }

            @Override
            public void close() {}
        };
    }
}
