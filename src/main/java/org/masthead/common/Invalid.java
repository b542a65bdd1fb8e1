package org.masthead.common;

/** Input that breaks a rule; the message is written for the person who sent it. Channels answer 400. */
public final class Invalid extends RuntimeException {
    public Invalid(String message) {
        super(message, null, false, false);
    }
}
