package org.masthead.common;

/**
 * Input that breaks a rule; the message is written for the person who sent it, and names the form field at
 * fault when there is one, so a screen can show it there. Channels answer 400.
 */
public final class Invalid extends RuntimeException {
    private final String field;

    public Invalid(String message) {
        this(null, message);
    }

    public Invalid(String field, String message) {
        super(message, null, false, false);
        this.field = field;
    }

    /** The field at fault, or null. */
    public String field() {
        return field;
    }
}
