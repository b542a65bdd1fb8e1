package org.masthead.common;

import java.time.Duration;

/** Asked too often in too short a time; the message says so for people. Channels answer 429 with Retry-After. */
public final class TooMany extends RuntimeException {
    private final Duration retryAfter;

    public TooMany(String message, Duration retryAfter) {
        super(message, null, false, false);
        this.retryAfter = retryAfter;
    }

    public Duration retryAfter() {
        return retryAfter;
    }
}
