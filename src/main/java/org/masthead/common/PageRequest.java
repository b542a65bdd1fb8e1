package org.masthead.common;

/** Which page of a list is wanted, counted from 1, and how many items a page holds. */
public record PageRequest(int number, int size) {
    public PageRequest {
        if (number < 1) {
            throw new NotFound("page " + number + " does not exist");
        }
        if (size < 1) {
            throw new IllegalArgumentException("page size must be positive: " + size);
        }
    }

    public int offset() {
        return (number - 1) * size;
    }

    /** Asks for one more than a page holds, so a query can tell whether a next page exists. */
    public int limitWithLookahead() {
        return size + 1;
    }
}
