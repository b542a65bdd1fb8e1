package org.masthead.common;

/** The thing asked for does not exist, or is not public. Channels answer 404. */
public final class NotFound extends RuntimeException {
    public NotFound(String message) {
        super(message, null, false, false);
    }
}
