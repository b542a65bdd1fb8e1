package org.masthead.site;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.YearMonth;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.masthead.common.NotFound;
import org.masthead.sitemap.SitemapService;
import org.masthead.sitemap.SitemapXml;

/**
 * {@code /robots.txt} and the sitemaps: {@code /sitemap.xml} (the index), {@code /sitemap-articles-YYYY-MM.xml}
 * per month, {@code /sitemap-pages.xml}, {@code -authors}, {@code -topics}, {@code -editions} (a part after the
 * first adds its number: {@code /sitemap-authors-2.xml}), and {@code /sitemap-news.xml} for Google News.
 */
public final class SitemapRoutes {
    private static final Pattern NAME = Pattern.compile("(articles-(\\d{4}-\\d{2})|pages|authors|topics|editions|news)(?:-([2-9]|[1-9]\\d{1,4}))?");
    private static final String XML = "application/xml; charset=utf-8";

    private final SitemapService sitemaps;

    private final FirstServed served = new FirstServed();

    public SitemapRoutes(SitemapService sitemaps) {
        this.sitemaps = sitemaps;
    }

    public void register(RoutesConfig routes) {
        getAndHead(routes, "/robots.txt", this::robots);
        getAndHead(routes, "/sitemap.xml", ctx -> send(ctx, SitemapXml.index(sitemaps.index()), true));
        getAndHead(routes, "/sitemap-{name}.xml", this::sitemap);
    }

    private static void getAndHead(RoutesConfig routes, String path, Handler handler) {
        routes.get(path, handler);
        routes.head(path, handler);
    }

    private void sitemap(Context ctx) {
        Matcher name = NAME.matcher(ctx.pathParam("name"));
        if (!name.matches()) {
            throw new NotFound("no sitemap " + ctx.pathParam("name"));
        }
        int part = name.group(3) == null ? 1 : Integer.parseInt(name.group(3));
        String list = name.group(2) != null ? "articles" : name.group(1);
        if ((list.equals("pages") || list.equals("news")) && part > 1) {
            throw new NotFound("the " + list + " sitemap has one part");
        }
        byte[] body = switch (list) {
            case "articles" -> SitemapXml.urls(sitemaps.articles(month(name.group(2)), part));
            case "pages" -> SitemapXml.urls(sitemaps.pages());
            case "authors" -> SitemapXml.urls(sitemaps.authors(part));
            case "topics" -> SitemapXml.urls(sitemaps.topics(part));
            case "editions" -> SitemapXml.urls(sitemaps.editions(part));
            default -> SitemapXml.news(sitemaps.news(), sitemaps.publicationName(), sitemaps.publicationLanguage());
        };
        // The news sitemap changes as time passes, not only as the magazine does: it has no date to ask by.
        send(ctx, body, !list.equals("news"));
    }

    /** Everything may be crawled but the newsroom, the search results and the API. */
    private void robots(Context ctx) {
        String text = """
                User-agent: *
                Disallow: /admin/
                Disallow: /api/
                Disallow: /search?
                Disallow: /search$

                Sitemap: %s
                Sitemap: %s
                """.formatted(sitemaps.url("/sitemap.xml"), sitemaps.url("/sitemap-news.xml"));
        ctx.header("Cache-Control", "public, max-age=0, must-revalidate");
        Conditional.send(ctx, "text/plain; charset=utf-8", text.getBytes(StandardCharsets.UTF_8));
    }

    private void send(Context ctx, byte[] body, boolean dated) {
        ctx.header("Cache-Control", "public, max-age=0, must-revalidate");
        if (dated) {
            Conditional.send(ctx, XML, body, sitemaps.lastChange(), served);
        } else {
            Conditional.send(ctx, XML, body);
        }
    }

    private static YearMonth month(String text) {
        try {
            return YearMonth.parse(text);
        } catch (DateTimeException e) {
            throw new NotFound("not a month: " + text);
        }
    }
}
