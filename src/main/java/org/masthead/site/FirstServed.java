package org.masthead.site;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * When this server first sent each version of an answer, by its address and tag. The database knows when
 * articles and authors last changed, but not when a topic was renamed, a picture's credit corrected or a
 * setting changed; a feed or sitemap that shows such a change has a new tag, and so is dated from the moment
 * it was first served. Last-Modified is then never earlier than the content, and a client asking by date
 * alone is never told a changed answer is unchanged. Bounded: an address forgotten is dated afresh, which is
 * only ever later than need be.
 */
public final class FirstServed {
    private static final int REMEMBERED = 20_000;

    private record Version(String tag, Instant since) {}

    private final Map<String, Version> versions = new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Version> eldest) {
            return size() > REMEMBERED;
        }
    };
    private final Clock clock;

    public FirstServed(Clock clock) {
        this.clock = clock;
    }

    /** The time by this server's clock, which dates what it serves. */
    Instant now() {
        return clock.instant();
    }

    /** When the answer at this address with this tag was first served (now, if it never was). */
    public synchronized Instant since(String address, String tag) {
        Version known = versions.get(address);
        if (known == null || !known.tag().equals(tag)) {
            Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
            // HTTP dates count whole seconds: a version that replaces one served this same second is a second later.
            known = new Version(tag, known != null && !now.isAfter(known.since()) ? known.since().plusSeconds(1) : now);
            versions.put(address, known);
        }
        return known.since();
    }
}
