package org.masthead.catalog;

import java.util.List;

/** One page of a list, with how many items the whole list holds. */
public record Listing<T>(List<T> items, int page, int limit, long total) {
    public Listing {
        items = List.copyOf(items);
    }

    /** How many pages the list fills; an empty list has its one empty page, as Ghost counts. */
    public int pages() {
        return (int) Math.max(1, (total + limit - 1) / limit);
    }

    public boolean hasNext() {
        return page < pages();
    }
}
