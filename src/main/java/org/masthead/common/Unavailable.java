package org.masthead.common;

/**
 * A part of the magazine cannot answer for now (the search index is being repaired, say) while the rest
 * works: a 503 with the message, worded for the person who asked, and a hint to try again shortly.
 */
public final class Unavailable extends RuntimeException {
    public Unavailable(String message, Throwable cause) {
        super(message, cause);
    }
}
