package org.masthead.common;

import java.util.List;
import java.util.function.Function;

/** One page of a list, knowing whether pages come before and after it. */
public record Page<T>(List<T> items, int number, boolean hasNext) {
    public Page {
        items = List.copyOf(items);
    }

    /** Builds a page from rows fetched with {@link PageRequest#limitWithLookahead()}. */
    public static <T> Page<T> fromLookahead(List<T> rows, PageRequest request) {
        boolean more = rows.size() > request.size();
        return new Page<>(more ? rows.subList(0, request.size()) : rows, request.number(), more);
    }

    public boolean hasPrevious() {
        return number > 1;
    }

    public boolean isEmpty() {
        return items.isEmpty();
    }

    public <R> Page<R> map(Function<? super T, ? extends R> mapper) {
        return new Page<>(items.stream().<R>map(mapper).toList(), number, hasNext);
    }
}
