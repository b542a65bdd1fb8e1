package org.masthead.search;

/** The search index cannot be opened or written; the message says why in words an operator can act on. */
public final class SearchUnavailable extends RuntimeException {
    public SearchUnavailable(String message) {
        super(message);
    }
}
