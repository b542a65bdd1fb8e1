package org.masthead.api;

/** The thing asked for has its own address (an edition asked by its second day): answered with a 301 there. */
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
