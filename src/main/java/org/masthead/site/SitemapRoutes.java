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

    private final FirstServed served;
    private final PageCache cache;

    public SitemapRoutes(SitemapService sitemaps, PageCache cache, java.time.Clock clock) {
        this.served = new FirstServed(clock);
        this.sitemaps = sitemaps;
        this.cache = cache;
    }

    public void register(RoutesConfig routes) {
        getAndHead(routes, "/robots.txt", this::robots);
        getAndHead(routes, "/sitemap.xml", ctx -> kept(ctx, c -> SitemapXml.index(sitemaps.index())));
        getAndHead(routes, "/sitemap-{name}.xml", this::sitemap);
    }

    private static void getAndHead(RoutesConfig routes, String path, Handler handler) {
        routes.get(path, handler);
        routes.head(path, handler);
    }

    /**
     * A sitemap kept in the page cache, asked for by every crawler as often as it likes: filed under the sitemaps,
     * which any article, author, topic or edition coming, going or changing forgets.
     */
    private void kept(Context ctx, java.util.function.Function<Context, byte[]> render) throws Exception {
        cache.answer(ctx, XML, "public, max-age=0, must-revalidate", c -> {
            PageTags.showsList(PageTags.SITEMAPS);
            byte[] body = render.apply(c);
            return new PageCache.Rendered(body, Conditional.lastModified(c, body, sitemaps.lastChange(), served));
        });
    }

    private void sitemap(Context ctx) throws Exception {
        Matcher name = NAME.matcher(ctx.pathParam("name"));
        if (!name.matches()) {
            throw new NotFound("no sitemap " + ctx.pathParam("name"));
        }
        int part = name.group(3) == null ? 1 : Integer.parseInt(name.group(3));
        String list = name.group(2) != null ? "articles" : name.group(1);
        if ((list.equals("pages") || list.equals("news")) && part > 1) {
            throw new NotFound("the " + list + " sitemap has one part");
        }
        if (list.equals("news")) {
            // The news sitemap changes as time passes, not only as the magazine does: no date to ask by, and not kept.
            ctx.header("Cache-Control", "public, max-age=0, must-revalidate");
            Conditional.send(ctx, XML, SitemapXml.news(sitemaps.news(), sitemaps.publicationName(), sitemaps.publicationLanguage()));
            return;
        }
        kept(ctx, c -> switch (list) {
            case "articles" -> SitemapXml.urls(sitemaps.articles(month(name.group(2)), part));
            case "pages" -> SitemapXml.urls(sitemaps.pages());
            case "authors" -> SitemapXml.urls(sitemaps.authors(part));
            case "topics" -> SitemapXml.urls(sitemaps.topics(part));
            default -> SitemapXml.urls(sitemaps.editions(part));
        });
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

    private static YearMonth month(String text) {
        try {
            return YearMonth.parse(text);
        } catch (DateTimeException e) {
            throw new NotFound("not a month: " + text);
        }
    }
}
