package org.masthead.site;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.masthead.author.Byline;
import org.masthead.search.SearchDocument;
import org.masthead.search.SearchQuery;
import org.masthead.search.SearchResults;
import org.masthead.search.SearchService;

/**
 * The search page and its JSON twin: the reader's parameters become a {@link SearchQuery} (any input is
 * safe), the results become the page's view, with links that add or remove a facet, change the order or
 * turn the page while keeping everything else.
 */
final class SearchPages {
    private final SearchService search;
    private final java.util.function.Function<String, String> authorName;
    private final java.util.function.Function<String, String> topicName;

    /** {@code authorName} and {@code topicName} name the author or topic of a slug, for the filters shown. */
    SearchPages(SearchService search, java.util.function.Function<String, String> authorName,
            java.util.function.Function<String, String> topicName) {
        this.search = search;
        this.authorName = authorName;
        this.topicName = topicName;
    }

    /** The address of the last page of results when this page is past it, else null. */
    static String lastPageIfPast(SearchResults found) {
        SearchQuery query = found.query();
        if (!found.hits().isEmpty() || found.total() == 0) {
            return null;
        }
        long last = Math.min(SearchQuery.MAX_PAGE, (found.total() + query.pageSize() - 1) / query.pageSize());
        return href(query, null, null, (int) last);
    }

    /** The parameters a search address may carry, each at most once. */
    record Params(String q, String author, String topic, String year, String order, String page) {}

    SearchResults results(Params params) {
        return search.search(SearchQuery.of(params.q(), params.author(), params.topic(), params.year(), params.order(),
                params.page(), SearchService.PAGE_SIZE));
    }

    /** The page's view; {@code head} makes the page's head from its heading. */
    SearchView view(SearchResults found, java.util.function.Function<String, PageMeta> head) {
        SearchQuery query = found.query();
        var meta = head.apply(query.text().isEmpty() ? "Search" : "Search: " + query.text());
        List<SearchView.Result> results = found.hits().stream().map(hit -> new SearchView.Result(hit.path(), hit.titleHtml(),
                hit.snippetHtml(), bylines(hit.authors()), Dates.longDate(hit.publishedOn()), hit.publishedOn().toString())).toList();
        List<SearchView.FacetGroup> facets = new ArrayList<>();
        facets.add(group("Authors", "author", found.facets().authors(), query.author(), query));
        facets.add(group("Topics", "topic", found.facets().topics(), query.topic(), query));
        facets.add(group("Years", "year", found.facets().years(), query.year() == null ? null : query.year().toString(), query));
        facets.removeIf(group -> group.values().isEmpty());
        List<SearchView.Filter> filters = new ArrayList<>();
        if (query.author() != null) {
            filters.add(new SearchView.Filter("by " + label(found.facets().authors(), query.author(), authorName),
                    href(query, "author", null, 1)));
        }
        if (query.topic() != null) {
            filters.add(new SearchView.Filter("on " + label(found.facets().topics(), query.topic(), topicName),
                    href(query, "topic", null, 1)));
        }
        if (query.year() != null) {
            filters.add(new SearchView.Filter("in " + query.year(), href(query, "year", null, 1)));
        }
        List<SearchView.OrderLink> orders = List.of(
                new SearchView.OrderLink("Best match", href(query, "order", null, 1), found.order() == SearchQuery.Order.RELEVANCE),
                new SearchView.OrderLink("Newest first", href(query, "order", "newest", 1), found.order() == SearchQuery.Order.NEWEST));
        String newer = query.page() > 1 ? href(query, null, null, query.page() - 1) : null;
        String older = found.hasNext() ? href(query, null, null, query.page() + 1) : null;
        return new SearchView(meta, query.text(), !query.isEmpty(), found.total(), results, found.correctedText(), facets,
                filters, orders, new Pager(newer, older));
    }

    /** The results as the JSON endpoint answers: the same hits, facets and correction as the page. */
    static Map<String, Object> json(SearchResults found, String publicUrl) {
        SearchQuery query = found.query();
        Map<String, Object> asked = new LinkedHashMap<>();
        asked.put("q", query.text());
        asked.put("author", query.author());
        asked.put("topic", query.topic());
        asked.put("year", query.year());
        asked.put("order", query.order() == SearchQuery.Order.NEWEST ? "newest" : "relevance");
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("query", asked);
        json.put("total", found.total());
        json.put("page", query.page());
        json.put("pageSize", query.pageSize());
        json.put("hasNext", found.hasNext());
        json.put("corrected", found.correctedText());
        json.put("order", found.order() == SearchQuery.Order.NEWEST ? "newest" : "relevance");
        json.put("results", found.hits().stream().map(hit -> {
            Map<String, Object> result = new LinkedHashMap<>();
            result.put("id", hit.id());
            result.put("url", publicUrl + hit.path());
            result.put("path", hit.path());
            result.put("title", hit.title());
            result.put("titleHtml", hit.titleHtml());
            result.put("snippetHtml", hit.snippetHtml());
            result.put("publishedOn", hit.publishedOn().toString());
            result.put("authors", bylines(hit.authors()).stream().map(b -> Map.of("slug", b.slug(), "name", b.name(),
                    "url", publicUrl + b.path())).toList());
            return result;
        }).toList());
        json.put("facets", Map.of("authors", found.facets().authors(), "topics", found.facets().topics(),
                "years", found.facets().years()));
        return json;
    }

    /** A related article as the article page lists it. */
    static LineupEntry entry(SearchResults.Hit hit) {
        PageTags.showsArticle(hit.id());
        return new LineupEntry(bylines(hit.authors()), hit.title(),
                org.masthead.markup.Markup.escape(hit.title()), hit.path(), "", Dates.longDate(hit.publishedOn()),
                hit.publishedOn().toString());
    }

    private static SearchView.FacetGroup group(String name, String id, List<SearchResults.FacetValue> values, String active,
            SearchQuery query) {
        List<SearchView.FacetLink> links = values.stream().map(value -> new SearchView.FacetLink(value.label(), value.count(),
                href(query, id, value.value().equals(active) ? null : value.value(), 1), value.value().equals(active))).toList();
        return new SearchView.FacetGroup(name, id, links);
    }

    /** The name of the author or topic filtered by, from the counts or else looked up; the slug if there is none. */
    private static String label(List<SearchResults.FacetValue> values, String slug, java.util.function.Function<String, String> name) {
        return values.stream().filter(v -> v.value().equals(slug)).map(SearchResults.FacetValue::label).findFirst().orElseGet(() -> {
            try {
                return name.apply(slug);
            } catch (org.masthead.common.NotFound none) {
                return slug;
            }
        });
    }

    private static List<Byline> bylines(List<SearchDocument.Label> authors) {
        return authors.stream().map(a -> new Byline(0, a.slug(), a.name())).toList();
    }

    /** The address of this search with one parameter changed (null removes it) and the given page. */
    static String href(SearchQuery query, String name, String value, int page) {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("q", query.text().isEmpty() ? null : query.text());
        params.put("author", query.author());
        params.put("topic", query.topic());
        params.put("year", query.year() == null ? null : query.year().toString());
        params.put("order", query.order() == SearchQuery.Order.NEWEST ? "newest" : null);
        if (name != null) {
            params.put(name, value);
        }
        params.put("page", page > 1 ? Integer.toString(page) : null);
        var href = new StringBuilder("/search");
        params.forEach((key, v) -> {
            if (v != null) {
                href.append(href.length() == 7 ? '?' : '&').append(key).append('=').append(URLEncoder.encode(v, StandardCharsets.UTF_8));
            }
        });
        return href.toString();
    }
}
