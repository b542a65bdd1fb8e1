package org.masthead.site;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.function.Function;
import org.masthead.common.Moved;
import org.masthead.common.NotFound;
import org.masthead.common.Slugs;
import org.masthead.feed.Feed;
import org.masthead.feed.FeedFormat;
import org.masthead.feed.FeedService;

/**
 * The feeds' route table: RSS at {@code feed/}, Atom at {@code feed/atom/} and JSON Feed at {@code feed.json},
 * beside the home page, each author's, each topic's and each edition's page. Registered before the site's own
 * routes, which would otherwise take {@code /feed/} for a page and {@code /feed/atom/} for a month.
 */
public final class FeedRoutes {
    private final FeedService feeds;

    private final FirstServed served;
    private final PageCache cache;

    public FeedRoutes(FeedService feeds, PageCache cache, java.time.Clock clock) {
        this.served = new FirstServed(clock);
        this.feeds = feeds;
        this.cache = cache;
    }

    public void register(RoutesConfig routes) {
        for (FeedFormat format : FeedFormat.values()) {
            route(routes, format, "/", ctx -> feeds.site());
            route(routes, format, "/author/{slug}/", ctx -> feeds.author(slug(ctx)));
            route(routes, format, "/topic/{slug}/", ctx -> feeds.topic(slug(ctx)));
            route(routes, format, "/edition/{date}/", ctx -> edition(ctx, format));
        }
    }

    /** GET and HEAD alike, as the pages answer them. */
    private void route(RoutesConfig routes, FeedFormat format, String page, Function<Context, Feed> source) {
        String path = format.path(page).replaceFirst("/$", "");
        io.javalin.http.Handler handler = ctx -> cache.answer(ctx, format.contentType(), "public, max-age=0, must-revalidate", c -> {
            PageTags.showsList(PageTags.FEEDS);
            Feed feed = source.apply(c);
            byte[] body = format.write(feed);
            return new PageCache.Rendered(body, Conditional.lastModified(c, body, feed.lastModified(), served));
        });
        routes.get(path, handler);
        routes.head(path, handler);
    }

    /** An edition's feed; asked by another of the edition's days, it sends readers on to the first day's. */
    private Feed edition(Context ctx, FeedFormat format) {
        String asked = ctx.pathParam("date");
        LocalDate day;
        try {
            day = asked.matches("\\d{4}-\\d{2}-\\d{2}") ? LocalDate.parse(asked) : null;
        } catch (DateTimeException e) {
            day = null;
        }
        if (day == null) {
            throw new NotFound("not a date: " + asked);
        }
        Feed feed = feeds.edition(day);
        if (!feed.pagePath().equals("/edition/" + day + "/")) {
            throw new Moved(format.path(feed.pagePath()));
        }
        return feed;
    }

    /** A slug from the address; anything that is not one names no author or topic. */
    private static String slug(Context ctx) {
        String slug = ctx.pathParam("slug");
        if (!Slugs.isSlug(slug)) {
            throw new NotFound("not a slug: " + slug);
        }
        return slug;
    }
}
