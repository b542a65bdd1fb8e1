package org.masthead.site;

/** Links to the neighbouring pages of a paginated list; null where there is none. */
public record Pager(String newerPath, String olderPath) {
    public boolean isNeeded() {
        return newerPath != null || olderPath != null;
    }

    /** Pages of a list at {@code base}: page 1 is the base itself, page n is {@code base + "page/n/"}. */
    public static Pager of(String base, int number, boolean hasNext) {
        String newer = number <= 1 ? null : number == 2 ? base : base + "page/" + (number - 1) + "/";
        String older = hasNext ? base + "page/" + (number + 1) + "/" : null;
        return new Pager(newer, older);
    }
}
