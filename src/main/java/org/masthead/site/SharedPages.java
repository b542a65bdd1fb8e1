package org.masthead.site;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.masthead.platform.Notices;

/**
 * The readers' kept pages of one server among several serving one magazine: what a change here makes this server
 * forget, every other server forgets too, told by a notice ({@link Notices}) sent after the commit. A server that may
 * have missed notices (its listening connection dropped) keeps no page until it listens again, then starts afresh, so
 * that it never serves a page older than a change another server made. With one server (SQLite), it only forgets.
 */
public final class SharedPages implements KeptPages, Notices.Listener {
    static final String CHANNEL = "masthead_pages";
    /** What a notice carries for "forget every page". */
    private static final String EVERYTHING = "*";

    private final PageCache cache;
    private final Notices notices;
    /** This server, among those listening: it has forgotten what it tells of already. */
    private final String server = UUID.randomUUID().toString();

    public SharedPages(PageCache cache, Notices notices) {
        this.cache = cache;
        this.notices = notices;
    }

    /** Starts hearing the other servers' changes; until it hears them, no page is kept. */
    public void start() {
        notices.listen(CHANNEL, this);
    }

    /**
     * Whether some server may hold pages a change reaches, so that what the change touches is read before it (to work
     * out which pages it reaches): this server's cache, or any other server's. Without that, a change made where the
     * cache is empty (a command, a server just started) would make every server forget every page.
     */
    public boolean mayHoldPages() {
        return !cache.isEmpty() || notices.reachesOthers();
    }

    @Override
    public void forget(Set<String> tags) {
        cache.forget(tags);
        if (!notices.reachesOthers()) {
            return;
        }
        String payload = server + "\n" + String.join("\n", tags);
        // CASE: more tags than a notice carries (an import touching many pages): the others forget everything.
        notices.send(CHANNEL, payload.getBytes(StandardCharsets.UTF_8).length <= Notices.LONGEST ? payload
                : server + "\n" + EVERYTHING);
    }

    @Override
    public void clear() {
        cache.clear();
        notices.send(CHANNEL, server + "\n" + EVERYTHING);
    }

    @Override
    public void heard(String payload) {
        String[] lines = payload.split("\n");
        if (lines[0].equals(server)) {
            return;
        }
        Set<String> tags = Arrays.stream(lines).skip(1).collect(Collectors.toSet());
        if (tags.isEmpty() || tags.contains(EVERYTHING)) {
            cache.clear();
        } else {
            cache.forget(tags);
        }
    }

    @Override
    public void deaf() {
        cache.keep(false);
    }

    @Override
    public void listening() {
        cache.keep(true);
    }
}
