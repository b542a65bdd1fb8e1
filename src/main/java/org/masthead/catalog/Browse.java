package org.masthead.catalog;

import java.util.List;

/**
 * One page of a list: which items (the filter), in what order (fields, ties broken by id), how many to a page
 * and which page, counted from 1; and which related things to bring along.
 */
public record Browse(Condition filter, List<Sort> order, int limit, int page, boolean withAuthors, boolean withTopics) {
    /** The most items one page holds, as Ghost 6 allows. */
    public static final int MAX_LIMIT = 100;

    public Browse {
        filter = filter == null ? Condition.NONE : filter;
        order = List.copyOf(order);
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("a page holds 1 to " + MAX_LIMIT + " items, not " + limit);
        }
        if (page < 1) {
            throw new IllegalArgumentException("pages are counted from 1, not " + page);
        }
    }

    /** One field of the order, ascending or descending. */
    public record Sort(String field, boolean descending) {}

    long offset() {
        return (long) (page - 1) * limit;
    }
}
