package org.masthead.common;

/** The change was made against an older version than the one stored. Channels answer 409. */
public class Conflict extends RuntimeException {
    public Conflict(String message) {
        super(message, null, false, false);
    }
}
