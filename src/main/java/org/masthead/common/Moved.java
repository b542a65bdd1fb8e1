package org.masthead.common;

/**
 * The thing asked for lives at another address (an article under its old slug, an edition asked by its second
 * day): each channel answers with a permanent redirect there.
 */
public final class Moved extends RuntimeException {
    private final String location;

    public Moved(String location) {
        super(location, null, false, false);
        this.location = location;
    }

    public String location() {
        return location;
    }
}
