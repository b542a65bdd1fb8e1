package org.masthead.site;

/** The page asked for lives at another address; the routes answer with a permanent redirect there. */
final class Moved extends RuntimeException {
    private final String location;

    Moved(String location) {
        super(location, null, false, false);
        this.location = location;
    }

    String location() {
        return location;
    }
}
