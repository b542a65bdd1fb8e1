package org.masthead.api.ghost;

import io.javalin.http.Context;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.masthead.catalog.Browse;
import org.masthead.common.Invalid;

/**
 * The query parameters Ghost's browse and read requests take: {@code limit} (15 by default; "all" and anything
 * past 100 give 100, as Ghost 6 does), {@code page}, {@code filter} (NQL), {@code order} ("published_at desc,
 * title asc"), {@code include}, {@code fields} and {@code formats}. What cannot be read is refused naming
 * the parameter.
 */
record BrowseParams(Browse browse, Set<String> include, Set<String> fields, Set<String> formats) {
    static final int DEFAULT_LIMIT = 15;

    /**
     * @param allowedIncludes what {@code include} may name for this resource
     * @param defaultOrder    the order when none is asked, e.g. "published_at desc"
     */
    static BrowseParams of(Context ctx, Set<String> allowedIncludes, String defaultOrder, Instant now) {
        Set<String> include = list(ctx.queryParam("include"));
        for (String wanted : include) {
            if (!allowedIncludes.contains(wanted)) {
                throw new Invalid("include", "cannot include '" + wanted + "' here; this resource includes "
                        + (allowedIncludes.isEmpty() ? "nothing" : String.join(", ", allowedIncludes)));
            }
        }
        Set<String> formats = list(ctx.queryParam("formats"));
        for (String format : formats) {
            if (!Set.of("html", "plaintext", "mobiledoc", "lexical").contains(format)) {
                throw new Invalid("formats", "the formats are html and plaintext, not '" + format + "'");
            }
        }
        if (formats.isEmpty()) {
            formats = Set.of("html");
        }
        String order = ctx.queryParam("order");
        var browse = new Browse(Nql.parse(ctx.queryParam("filter"), now),
                order(order == null || order.isBlank() ? defaultOrder : order), limit(ctx.queryParam("limit")),
                page(ctx.queryParam("page")), include.contains("authors"), include.contains("tags"));
        return new BrowseParams(browse, include, list(ctx.queryParam("fields")), formats);
    }

    GhostJson.Shape shape() {
        return new GhostJson.Shape(formats.contains("html"), formats.contains("plaintext"), include.contains("authors"),
                include.contains("tags"), include.contains("count.posts"), fields);
    }

    private static int limit(String limit) {
        if (limit == null || limit.isBlank()) {
            return DEFAULT_LIMIT;
        }
        if (limit.strip().equalsIgnoreCase("all")) {
            return Browse.MAX_LIMIT;
        }
        if (!limit.strip().matches("\\d{1,9}") || Integer.parseInt(limit.strip()) < 1) {
            throw new Invalid("limit", "limit is a number from 1 to " + Browse.MAX_LIMIT + ", or all; not '" + limit + "'");
        }
        return Math.min(Integer.parseInt(limit.strip()), Browse.MAX_LIMIT);
    }

    private static int page(String page) {
        if (page == null || page.isBlank()) {
            return 1;
        }
        if (!page.strip().matches("\\d{1,7}") || Integer.parseInt(page.strip()) < 1) {
            throw new Invalid("page", "page is a number from 1, not '" + page + "'");
        }
        return Integer.parseInt(page.strip());
    }

    /** "published_at desc, title asc": fields each with an optional direction (ascending when none). */
    static List<Browse.Sort> order(String order) {
        List<Browse.Sort> sorts = new ArrayList<>();
        for (String part : order.split(",")) {
            String[] words = part.strip().split("\\s+");
            if (words.length == 0 || words[0].isEmpty() || words.length > 2) {
                throw new Invalid("order", "order is fields each followed by asc or desc, e.g. 'published_at desc', not '" + order + "'");
            }
            String direction = words.length == 2 ? words[1].toLowerCase(Locale.ROOT) : "asc";
            if (!direction.equals("asc") && !direction.equals("desc")) {
                throw new Invalid("order", "a field is ordered asc or desc, not '" + words[1] + "'");
            }
            sorts.add(new Browse.Sort(words[0].toLowerCase(Locale.ROOT), direction.equals("desc")));
        }
        return sorts;
    }

    private static Set<String> list(String value) {
        if (value == null || value.isBlank()) {
            return Set.of();
        }
        Set<String> items = new LinkedHashSet<>();
        Arrays.stream(value.split(",")).map(String::strip).filter(s -> !s.isEmpty()).forEach(items::add);
        return items;
    }
}
