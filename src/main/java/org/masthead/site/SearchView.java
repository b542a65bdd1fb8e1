package org.masthead.site;

import java.util.List;
import org.masthead.author.Byline;

/**
 * The search page. {@code asked} is false before anything was asked; {@code corrected} is the spelling
 * searched instead of the words as typed, which found nothing. Result titles
 * and snippets are HTML escaped by the index, with only {@code <mark>} added.
 */
public record SearchView(PageMeta meta, String text, boolean asked, long total, List<Result> results, String corrected,
        List<FacetGroup> facets, List<Filter> filters, List<OrderLink> orders, Pager pager) {

    public record Result(String path, String titleHtml, String snippetHtml, List<Byline> authors, String date, String isoDate) {}

    public record FacetGroup(String name, String id, List<FacetLink> values) {}

    public record FacetLink(String label, long count, String href, boolean active) {}

    /** A filter in force, with the address of the same search without it. */
    public record Filter(String label, String removeHref) {}

    public record OrderLink(String label, String href, boolean active) {}

    public String totalText() {
        return total == 1 ? "1 article" : String.format(java.util.Locale.ENGLISH, "%,d articles", total);
    }
}
