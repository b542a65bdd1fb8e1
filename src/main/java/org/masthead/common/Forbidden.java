package org.masthead.common;

/** The actor's role does not allow this; the message says what would. Channels answer 403. */
public final class Forbidden extends RuntimeException {
    public Forbidden(String message) {
        super(message, null, false, false);
    }
}
