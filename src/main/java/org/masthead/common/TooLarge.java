package org.masthead.common;

/** What was sent is larger than the magazine takes; the message says the limit. Channels answer 413. */
public final class TooLarge extends RuntimeException {
    public TooLarge(String message) {
        super(message, null, false, false);
    }
}
