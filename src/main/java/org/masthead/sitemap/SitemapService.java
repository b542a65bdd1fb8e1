package org.masthead.sitemap;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import org.masthead.article.ArticleService;
import org.masthead.article.Permalink;
import org.masthead.common.NotFound;
import org.masthead.settings.SettingsService;

/**
 * The magazine's sitemaps. The index names one sitemap per month of articles and one each for the pages,
 * authors, topics and editions; a list longer than a sitemap may hold is split into parts ("-2", "-3" after
 * the name). A sitemap that names nothing the magazine has is {@link NotFound}.
 */
public final class SitemapService {
    /** The most addresses one sitemap may hold (sitemaps.org). */
    public static final int MAX_URLS = 50_000;
    /** Google News reads at most this many articles from a news sitemap. */
    static final int MAX_NEWS = 1_000;
    static final Duration NEWS_WINDOW = Duration.ofDays(2);

    private final SitemapStore store;
    private final ArticleService articles;
    private final SettingsService settings;
    private final Clock clock;
    private final Supplier<URI> publicUrl;

    public SitemapService(SitemapStores stores, ArticleService articles, SettingsService settings, Clock clock,
            Supplier<URI> publicUrl) {
        this.store = stores.sitemaps;
        this.articles = articles;
        this.settings = settings;
        this.clock = clock;
        this.publicUrl = publicUrl;
    }

    /** The sitemaps of the index, each with its last change: one grouped query for the months, counts for the rest. */
    public List<Location> index() {
        Instant last = lastChange();
        List<Location> sitemaps = new ArrayList<>();
        for (SitemapStore.Month month : store.months()) {
            for (int part = 1; part <= parts(month.count()); part++) {
                sitemaps.add(new Location(url(name("articles-" + month.month(), part)), seconds(month.lastModified())));
            }
        }
        sitemaps.add(new Location(url(name("pages", 1)), last));
        for (String list : List.of("authors", "topics", "editions")) {
            // Counting every author, topic and edition is cheap; a last part may come out empty, which is allowed.
            for (int part = 1; part <= parts(store.count(list)); part++) {
                sitemaps.add(new Location(url(name(list, part)), last));
            }
        }
        return sitemaps;
    }

    /** The articles of a month, or of one part of it. */
    public List<Location> articles(YearMonth month, int part) {
        var rows = store.articles(month.atDay(1), month.atEndOfMonth(), offset(part), MAX_URLS);
        if (rows.isEmpty()) {
            throw new NotFound("no articles in " + month + (part > 1 ? " part " + part : ""));
        }
        return rows.stream().map(r -> new Location(url(Permalink.of(r.publishedOn(), r.slug())), seconds(r.lastModified()))).toList();
    }

    /** The home page and the magazine's pages outside the editions. */
    public List<Location> pages() {
        List<Location> pages = new ArrayList<>();
        pages.add(new Location(url("/"), lastChange()));
        for (var page : store.pages()) {
            pages.add(new Location(url("/" + org.masthead.common.Slugs.inPath(page.slug()) + "/"), seconds(page.lastModified())));
        }
        return pages;
    }

    public List<Location> authors(int part) {
        return list(part, store.count("authors"), store.authors(offset(part), MAX_URLS).stream()
                .map(a -> new Location(url("/author/" + org.masthead.common.Slugs.inPath(a.slug()) + "/"), seconds(a.lastModified()))).toList());
    }

    public List<Location> topics(int part) {
        return list(part, store.count("topics"), store.topics(offset(part), MAX_URLS).stream()
                .map(t -> new Location(url("/topic/" + org.masthead.common.Slugs.inPath(t.slug()) + "/"), seconds(t.lastModified()))).toList());
    }

    public List<Location> editions(int part) {
        return list(part, store.count("editions"), store.editions(offset(part), MAX_URLS).stream()
                .map(e -> new Location(url("/edition/" + e.publishedOn() + "/"), seconds(e.lastModified()))).toList());
    }

    /** Articles published in the last two days, newest first, for Google News. */
    public List<NewsArticle> news() {
        Instant now = clock.instant();
        return store.since(now.minus(NEWS_WINDOW), MAX_NEWS).stream()
                .filter(row -> !row.publishedAt().isAfter(now))
                .map(row -> new NewsArticle(url(Permalink.of(row.publishedOn(), row.slug())), row.title(), seconds(row.publishedAt())))
                .toList();
    }

    /** The publication's name, as Google News shows it. */
    public String publicationName() {
        return settings.current().title();
    }

    /**
     * The magazine's language as Google News wants it: an ISO 639 code, or zh-cn and zh-tw for Chinese
     * ("en-GB" becomes "en").
     */
    public String publicationLanguage() {
        String[] tag = settings.current().language().toLowerCase(Locale.ROOT).split("-");
        if (tag[0].equals("zh")) {
            return List.of(tag).contains("tw") || List.of(tag).contains("hk") || List.of(tag).contains("hant") ? "zh-tw" : "zh-cn";
        }
        return tag[0];
    }

    /** The last change to anything the sitemaps list, for HTTP's Last-Modified. */
    public Instant lastChange() {
        return seconds(articles.lastPublicChange().orElse(Instant.EPOCH));
    }

    /** The absolute address of a path of the site. */
    public String url(String path) {
        return publicUrl.get().toString().replaceFirst("/$", "") + path;
    }

    /** A sitemap's path: its name, and its part from the second on: /sitemap-authors-2.xml. */
    public static String name(String list, int part) {
        return "/sitemap-" + list + (part > 1 ? "-" + part : "") + ".xml";
    }

    private static List<Location> list(int part, int upperBound, List<Location> locations) {
        if (part > 1 && locations.isEmpty() && part > parts(upperBound)) {
            throw new NotFound("no part " + part);
        }
        return locations;
    }

    private static int parts(int count) {
        return Math.max(1, (count + MAX_URLS - 1) / MAX_URLS);
    }

    private static int offset(int part) {
        return (part - 1) * MAX_URLS;
    }

    private static Instant seconds(Instant instant) {
        return instant.truncatedTo(ChronoUnit.SECONDS);
    }
}
