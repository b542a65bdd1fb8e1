package org.masthead.site;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.HttpStatus;
import java.net.URI;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.masthead.article.ArticleService;
import org.masthead.author.AuthorService;
import org.masthead.common.Moved;
import org.masthead.common.NotFound;
import org.masthead.common.Slugs;
import org.masthead.edition.EditionService;
import org.masthead.media.MediaService;
import org.masthead.platform.Templates;
import org.masthead.search.SearchService;
import org.masthead.settings.SettingsService;
import org.masthead.topic.TopicService;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;

/**
 * The public site's route table. Handlers parse the address, ask {@link PublicPages} for one page and render
 * it. Routes with "page" in a fixed place come before the date routes they would otherwise match.
 */
public final class SiteRoutes {
    private static final Pattern SAFE_PATH = Pattern.compile("/[A-Za-z0-9._~%-]+(/[A-Za-z0-9._~%-]+)*");

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final PublicPages pages;
    private final SearchPages search;
    private final SharePages share;
    private final Templates templates;
    private final Assets assets;
    private final AttachmentFiles attachmentFiles;
    private final Supplier<URI> publicUrl;
    private final PageCache cache;
    private final NewsletterPages newsletter;

    /** The services the public site reads from, and the time zone its dates are told in. */
    public record Wiring(ArticleService articles, AuthorService authors, EditionService editions, MediaService media,
            SettingsService settings, TopicService topics, SearchService search, java.time.ZoneId zone, java.time.Clock clock,
            org.masthead.newsletter.SubscriptionService subscriptions) {}

    /** themeDir is the data directory's {@code theme} folder, with a magazine's own stylesheets if any. */
    public SiteRoutes(Wiring wiring, Templates templates, Supplier<URI> publicUrl, java.nio.file.Path themeDir, PageCache cache) {
        this.templates = templates;
        this.cache = cache;
        this.publicUrl = publicUrl;
        this.assets = new Assets(wiring.media().storage(), themeDir);
        this.attachmentFiles = new AttachmentFiles(wiring.media().storage());
        this.pages = new PublicPages(wiring, publicUrl, assets);
        this.share = new SharePages(pages, templates, publicUrl);
        this.newsletter = new NewsletterPages(wiring.subscriptions(), pages, templates);
        this.search = new SearchPages(wiring.search(), slug -> wiring.authors().findBySlug(slug).name(),
                slug -> wiring.topics().findBySlug(slug).name());
    }

    /** An article rendered exactly as its public page will be, under the preview's banner, for the editors' preview. */
    public byte[] preview(org.masthead.article.Article article, java.time.LocalDate today) {
        return PreviewBanner.onto(templates.render("article.jte", pages.chrome(), pages.preview(article, today)));
    }

    /** The home page with an edition on top as it will go out, for the editors' preview. */
    public byte[] previewEdition(org.masthead.edition.Edition edition, java.util.List<org.masthead.article.ArticleListItem> lineup,
            String articlePreviewPath) {
        return PreviewBanner.onto(templates.render("home.jte", pages.chrome(), pages.previewEdition(edition, lineup, articlePreviewPath)));
    }

    /** The versioned address of one of the theme's static files, for other channels' pages. */
    public String assetPath(String name) {
        return assets.path(name);
    }

    /**
     * The addresses no page cache answers, asked often, looked up first: Javalin tries each route in the order it was
     * given until one matches, and the newsroom's and the APIs' hundred routes come before the site's (a search
     * matched a regular expression against each of them).
     */
    public void registerFirst(RoutesConfig routes) {
        getAndHead(routes, "/search", this::searchPage);
        getAndHead(routes, "/api/search", this::searchJson);
        getAndHead(routes, "/static/{file}", assets::serveStatic);
        // CASE: browsers ask for /favicon.ico whatever a page links. It leads to the theme's icon at its unversioned
        // address, which stays the same when the icon changes, so the redirect may be permanent.
        getAndHead(routes, "/favicon.ico", ctx -> ctx.redirect("/static/favicon.svg", HttpStatus.MOVED_PERMANENTLY));
        getAndHead(routes, "/media/{file}", assets::serveMedia);
        getAndHead(routes, "/media/files/{file}", attachmentFiles::serve);
    }

    public void register(RoutesConfig routes) {
        routes.before(this::addTrailingSlash);
        routes.exception(Moved.class, (moved, ctx) -> ctx.redirect(moved.location(), HttpStatus.MOVED_PERMANENTLY));
        // Before the date routes, which would take /subscribe/confirm/ for a month of a year.
        newsletter.register(routes);
        getAndHead(routes, "/", page("home.jte", ctx -> {
            // CASE: WordPress's own links name a post by number (/?p=42): an imported one answers where it is now.
            if (ctx.queryString() != null && (ctx.queryParam("p") != null || ctx.queryParam("page_id") != null)) {
                // Whether it leads somewhere follows the old addresses: one remembered later must not find home kept.
                PageTags.showsList(PageTags.ADDRESSES);
                pages.oldAddress("/", ctx.queryString()).ifPresent(path -> {
                    throw new Moved(path);
                });
            }
            return pages.home(1);
        }));
        getAndHead(routes, "/page/{n}", page("home.jte", ctx -> pages.home(number(ctx, "/"))));
        getAndHead(routes, "/author/{slug}", page("author.jte", ctx -> pages.author(slug(ctx), 1)));
        getAndHead(routes, "/author/{slug}/page/{n}", page("author.jte",
                ctx -> pages.author(slug(ctx), number(ctx, "/author/" + Slugs.inPath(slug(ctx)) + "/"))));
        getAndHead(routes, SharePages.MASTODON_PATH, share::mastodon);
        getAndHead(routes, "/topic/{slug}", page("topic.jte", ctx -> pages.topic(slug(ctx), 1)));
        getAndHead(routes, "/topic/{slug}/page/{n}", page("topic.jte",
                ctx -> pages.topic(slug(ctx), number(ctx, "/topic/" + Slugs.inPath(slug(ctx)) + "/"))));
        getAndHead(routes, "/edition/{date}", page("edition.jte", ctx -> pages.edition(ctx.pathParam("date"))));
        getAndHead(routes, "/{year}/page/{n}", page("archive.jte",
                ctx -> pages.archive(ctx.pathParam("year"), null, null, number(ctx, base(ctx)))));
        getAndHead(routes, "/{year}/{month}/page/{n}", page("archive.jte",
                ctx -> pages.archive(ctx.pathParam("year"), ctx.pathParam("month"), null, number(ctx, base(ctx)))));
        getAndHead(routes, "/{year}/{month}/{day}/page/{n}", page("archive.jte", ctx -> pages.archive(ctx.pathParam("year"),
                ctx.pathParam("month"), ctx.pathParam("day"), number(ctx, base(ctx)))));
        getAndHead(routes, "/{year}", this::yearOrPage);
        getAndHead(routes, "/{year}/{month}", page("archive.jte",
                ctx -> pages.archive(ctx.pathParam("year"), ctx.pathParam("month"), null, 1)));
        getAndHead(routes, "/{year}/{month}/{day}", page("archive.jte",
                ctx -> pages.archive(ctx.pathParam("year"), ctx.pathParam("month"), ctx.pathParam("day"), 1)));
        getAndHead(routes, "/{year}/{month}/{day}/{slug}", page("article.jte", ctx -> pages.article(ctx.pathParam("year"),
                ctx.pathParam("month"), ctx.pathParam("day"), slug(ctx))));
    }

    /**
     * Renders the error page a status calls for; used by the server's error mapping. A failure that was
     * logged shows its id, so a reader can quote it when reporting the problem.
     */
    public byte[] errorPage(int status, String errorId, String message) {
        Chrome chrome;
        ErrorView view;
        try {
            chrome = pages.chrome();
            view = pages.error(status, errorId, message);
        } catch (RuntimeException databaseDown) {
            // CASE: the settings cannot be read (the database is down): still answer with a page.
            chrome = assets.chrome("Masthead", "", "en", false, Chrome.Links.none(pages.year()));
            view = new ErrorView(new PageMeta("Something went wrong", "Please try again in a moment.", null, false), status,
                    "Something went wrong on our side", "Please try again in a moment.", errorId);
        }
        try {
            return templates.render("error.jte", chrome, view);
        } catch (RuntimeException brokenOverride) {
            // CASE: a magazine's own error page fails on this error: the built-in one still explains it to the reader.
            LoggerFactory.getLogger(SiteRoutes.class).error("The theme's error.jte failed; showing the built-in one", brokenOverride);
            return templates.renderBuiltIn("error.jte", chrome, view);
        }
    }

    /** Link checkers and caches ask with HEAD: they get the same status and headers as GET, without the body. */
    private static void getAndHead(RoutesConfig routes, String path, Handler handler) {
        routes.get(path, handler);
        routes.head(path, handler);
    }

    private interface PageSource {
        Object build(Context ctx);
    }

    /** A page kept in the cache once rendered (see {@link PageCache}). */
    private Handler page(String template, PageSource source) {
        return ctx -> cache.answer(ctx, "text/html; charset=utf-8", "public, max-age=0, must-revalidate",
                c -> PageCache.Rendered.of(templates.render(template, pages.chrome(), source.build(c))));
    }

    /** A page rendered for each request: the search's results follow its index, which catches up after a change. */
    private Handler uncachedPage(String template, PageSource source) {
        return ctx -> {
            Object view = source.build(ctx);
            ctx.header("Cache-Control", "public, max-age=0, must-revalidate");
            Conditional.send(ctx, "text/html; charset=utf-8", templates.render(template, pages.chrome(), view));
        };
    }

    private static SearchPages.Params params(Context ctx) {
        return new SearchPages.Params(ctx.queryParam("q"), ctx.queryParam("author"), ctx.queryParam("topic"),
                ctx.queryParam("year"), ctx.queryParam("order"), ctx.queryParam("page"));
    }

    /** The search page; a page past the last one (an old link, a hand-typed number) goes to the last one. */
    private void searchPage(Context ctx) throws Exception {
        org.masthead.search.SearchResults found = search.results(params(ctx));
        String last = SearchPages.lastPageIfPast(found);
        if (last != null) {
            ctx.redirect(last, HttpStatus.FOUND);
            return;
        }
        uncachedPage("search.jte", c -> search.view(found, pages::searchHead)).handle(ctx);
    }

    /** The search as JSON, for the site's own scripts and for other sites (any origin may read it). */
    private void searchJson(Context ctx) {
        ctx.header("Access-Control-Allow-Origin", "*");
        org.masthead.search.SearchResults found;
        try {
            found = search.results(params(ctx));
        } catch (org.masthead.common.Unavailable e) {
            // CASE: a program asked: it gets its error as JSON, not the readers' error page.
            org.masthead.platform.HttpServer.keepPage(ctx);
            ctx.status(503).header("Retry-After", "60").header("Cache-Control", "no-store").contentType("application/json")
                    .result(JSON.writeValueAsBytes(java.util.Map.of("error", java.util.Map.of("code", "unavailable",
                            "message", e.getMessage()))));
            return;
        }
        ctx.header("Cache-Control", "public, max-age=0, must-revalidate");
        Conditional.send(ctx, "application/json", JSON.writeValueAsBytes(SearchPages.json(found, publicUrl.get().toString())));
    }

    /** One segment: four digits are a year's archive; anything else is one of the magazine's pages. */
    private void yearOrPage(Context ctx) throws Exception {
        String segment = ctx.pathParam("year");
        if (segment.matches("\\d{4}")) {
            page("archive.jte", c -> pages.archive(segment, null, null, 1)).handle(ctx);
        } else {
            page("page.jte", c -> pages.page(slug(c, segment))).handle(ctx);
        }
    }

    private static String slug(Context ctx, String value) {
        if (!Slugs.isSlug(value)) {
            throw new NotFound("not a slug: " + value);
        }
        return value;
    }

    /** A slug from the address; anything that is not one cannot name a page (nor end up in a redirect). */
    private static String slug(Context ctx) {
        String slug = ctx.pathParam("slug");
        if (!Slugs.isSlug(slug)) {
            throw new NotFound("not a slug: " + slug);
        }
        return slug;
    }

    /** A page number from the address; page 1 lives at the list's own address. */
    private static int number(Context ctx, String firstPage) {
        String n = ctx.pathParam("n");
        if (!n.matches("[1-9]\\d{0,5}")) {
            throw new NotFound("not a page number: " + n);
        }
        if (n.equals("1")) {
            throw new Moved(firstPage);
        }
        return Integer.parseInt(n);
    }

    private static String base(Context ctx) {
        String path = ctx.path();
        return path.substring(0, path.indexOf("/page/") + 1);
    }

    /** CASE: pages live at addresses ending in a slash; the same address without it redirects there. */
    private void addTrailingSlash(Context ctx) {
        String path = ctx.path();
        boolean page = ctx.method().name().equals("GET") || ctx.method().name().equals("HEAD");
        if (!page || path.endsWith("/") || path.startsWith("/static/") || path.startsWith("/media/") || path.startsWith("/admin")
                || path.equals("/search") || path.equals("/metrics") || path.startsWith("/api/")
                || path.substring(path.lastIndexOf('/')).contains(".") || !SAFE_PATH.matcher(path).matches()) {
            return;
        }
        String query = ctx.queryString();
        // CASE: an imported permalink without its last slash goes straight to the article, in one hop.
        String target = pages.oldAddress(path, query).orElse(path + "/" + (query == null ? "" : "?" + query));
        ctx.redirect(target, HttpStatus.MOVED_PERMANENTLY);
        ctx.skipRemainingHandlers();
    }
}
