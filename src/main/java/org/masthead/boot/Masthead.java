package org.masthead.boot;

import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.masthead.account.AccountService;
import org.masthead.account.PasswordResets;
import org.masthead.mail.Mailer;
import org.masthead.admin.AdminRoutes;
import org.masthead.account.SignInService;
import org.masthead.audit.AuditLog;
import org.masthead.article.ArticleHistory;
import org.masthead.article.ArticleLists;
import org.masthead.article.ArticleService;
import org.masthead.article.ArticleChanged;
import org.masthead.article.ScheduleChanged;
import org.masthead.author.AuthorChanged;
import org.masthead.search.SearchIndexer;
import org.masthead.search.SearchService;
import org.masthead.topic.StanfordNameFinder;
import org.masthead.topic.TopicSuggester;
import org.masthead.topic.TopicSuggestions;
import org.masthead.article.WorkflowService;
import org.masthead.author.AuthorService;
import org.masthead.demo.DemoMagazine;
import org.masthead.edition.EditionService;
import org.masthead.importer.ImportService;
import org.masthead.media.MediaService;
import org.masthead.newsroom.EditionDesk;
import org.masthead.platform.ClientAddress;
import org.masthead.platform.Config;
import org.masthead.platform.Database;
import org.masthead.platform.Events;
import org.masthead.platform.HttpServer;
import org.masthead.platform.Scheduler;
import org.masthead.platform.Templates;
import org.masthead.settings.SettingsService;
import org.masthead.site.SiteRoutes;
import org.masthead.topic.TopicService;

/**
 * The composition root: opens every store once ({@link Stores}) and builds every service once, by hand, from the
 * configuration. The commands and the tests start here; nothing else constructs services.
 */
public final class Masthead implements AutoCloseable {
    private final Config config;
    private final Database database;
    private final Stores stores;
    private final SettingsService settings;
    private final EditionService editions;
    private final AuthorService authors;
    private final ArticleService articles;
    private final org.masthead.article.ArticleImports articleImports;
    private final org.masthead.article.LineupDesk lineups;
    private final TopicService topics;
    private final MediaService media;
    private final ImportService imports;
    private final org.masthead.transfer.MagazineExport export;
    private final Clock clock;
    private final AuditLog audit;
    private final AccountService accounts;
    private final SignInService signIn;
    private final Events events;
    private final Mailer mailer;
    private final PasswordResets passwordResets;
    private final NewsletterWiring newsletter;
    private final WorkflowService workflow;
    private final ArticleHistory history;
    private final ArticleLists lists;
    private final EditionDesk editionDesk;
    private final Scheduler scheduler;
    private final org.masthead.apikey.ApiKeyService apiKeys;
    private final org.masthead.catalog.CatalogService catalog;
    private final org.masthead.newsroom.ProgramDesk programDesk;
    private final org.masthead.webhook.WebhookService webhooks;
    private final WorkflowSignals signals;
    private volatile SearchIndexer search;
    /** Loaded when an editor first wants topic suggestions; let go after two hours unused. */
    private final StanfordNameFinder names = new StanfordNameFinder(java.time.Duration.ofHours(2));
    private final TopicSuggestions topicSuggestions;
    private HttpServer http;
    /** The readers' pages as ready bytes, each forgotten when a change reaches it (64 MB at most: a magazine's busy pages fit). */
    private final org.masthead.site.PageCache pageCache;

    private Masthead(Config config, Database database, Clock clock) {
        this.config = config;
        this.database = database;
        this.clock = clock;
        this.stores = Stores.open(database, clock);
        this.pageCache = new org.masthead.site.PageCache(64L * 1024 * 1024, clock, database::publicReads);
        this.audit = new AuditLog(stores.audit(), clock);
        this.events = new Events(database);
        // With several servers on one PostgreSQL, what one of them changes is forgotten by every server's cache.
        var sharedPages = new org.masthead.site.SharedPages(pageCache, database.notices());
        database.afterEveryCommit(new org.masthead.site.ReaderChanges(sharedPages, new org.masthead.article.Footprints(database)));
        sharedPages.start();
        database.readBeforeWhen(sharedPages::mayHoldPages);
        this.topics = new TopicService(stores.topics());
        this.settings = new SettingsService(database, stores.settings(), new SettingsReferences(topics, this::articles));
        settings.share(pageCache::clear);
        this.editions = new EditionService(stores.editions(), settings::editionRule);
        this.authors = new AuthorService(stores.authors(), audit, events);
        this.articles = new ArticleService(database, stores.articles(), editions, config.timezone(), events);
        this.topicSuggestions = new TopicSuggestions(names, () -> {
            var index = search().index();
            return TopicSuggester.Archive.of(index::size, index::countMentioning);
        }, topics);
        this.media = new MediaService(database, stores.media(), MediaPlace.open(config), audit);
        this.accounts = new AccountService(database, stores.accounts(), authors, audit, clock);
        this.signIn = new SignInService(database, stores.accounts(), audit, clock);
        this.mailer = new Mailer();
        this.passwordResets = new PasswordResets(database, stores.accounts(), audit, mailer, settings::mail,
                () -> settings.current().title(), () -> config.publicUrl(http == null ? config.port() : http.port()), clock);
        var presenting = new org.masthead.article.PresentationDesk(database, articles, audit);
        this.articleImports = new org.masthead.article.ArticleImports(database, stores.articles(), articles, audit, clock);
        this.lineups = new org.masthead.article.LineupDesk(articles);
        this.workflow = new WorkflowService(database, stores.articles(), articles, authors, topics, media, presenting, audit,
                events, clock);
        this.history = new ArticleHistory(database, stores.articles(), workflow, authors, audit);
        this.lists = new ArticleLists(stores.articles());
        var restore = new org.masthead.transfer.MagazineRestore(database, settings, audit,
                stores.search().rebuildRequests(), media.storage(), MediaPlace.folder(config), config.timezone(), clock);
        this.imports = new ImportService(new ImportService.Wiring(database, stores.imports(), articles, articleImports, lineups,
                workflow, authors, editions, topics, media, audit, clock, config.timezone(), restore, settings));
        this.export = new org.masthead.transfer.MagazineExport(database, settings, media.storage(), config.timezone(), clock);
        this.apiKeys = new org.masthead.apikey.ApiKeyService(stores.apiKeys(), audit, clock);
        this.catalog = new org.masthead.catalog.CatalogService(stores.catalog());
        this.programDesk = new org.masthead.newsroom.ProgramDesk(database, workflow, articles, presenting, authors, topics, media,
                catalog, clock, () -> {
                    String named = settings.all().get(org.masthead.settings.Setting.API_BYLINE);
                    return !named.isBlank() ? java.util.Optional.of(named)
                            : accounts.firstAdminsByline().map(id -> authors.find(id).name());
                });
        this.webhooks = new org.masthead.webhook.WebhookService(new org.masthead.webhook.WebhookService.Wiring(database,
                stores.webhooks(), articles, topics, media, editions, audit, clock,
                () -> config.publicUrl(http == null ? config.port() : http.port()), config.webhookPrivateTargets(),
                "Masthead/" + version() + " (webhooks)"));
        this.editionDesk = new EditionDesk(database, editions, articles, workflow, lineups, audit, events, config.timezone(), clock);
        this.newsletter = new NewsletterWiring(database, stores.newsletter(), settings, editions, articles, mailer,
                () -> config.publicUrl(http == null ? config.port() : http.port()), clock, config.timezone());
        this.signals = new WorkflowSignals(new WorkflowSignals.Sources(lists, articles, editions, audit, accounts, workflow), events,
                mailer, settings, () -> config.publicUrl(http == null ? config.port() : http.port()), config.timezone(), clock);
        // Editions first: the articles of an edition go out together, with it (and the week's digest after them).
        this.scheduler = new Scheduler(clock, List.of(editionDesk, workflow, newsletter.sending().weeklyDigest(),
                newsletter.subscriptions().expiry()));
        events.subscribe(ScheduleChanged.class, changed -> scheduler.wake());
        events.subscribe(org.masthead.edition.EditionPublished.class, out -> newsletter.sending().queueEdition(out.editionId()));
        // The index as it is at each change (null until it opens: its catch-up picks the change up then).
        events.subscribe(ArticleChanged.class, changed -> java.util.Optional.ofNullable(search).ifPresent(i -> i.articleChanged(changed.id())));
        // Does nothing until serve() starts the webhooks: a command's changes are announced to no one.
        events.subscribe(ArticleChanged.class, changed -> webhooks.articleChanged(changed.id()));
        events.subscribe(AuthorChanged.class, changed -> java.util.Optional.ofNullable(search).ifPresent(i -> i.authorChanged(changed.id())));
    }

    /**
     * The search index, opened on first use (only the server and the {@code reindex} command use it, so
     * the other commands run beside a running server). While it is not open, changes are picked up by its
     * catch-up when it opens.
     */
    public synchronized SearchIndexer search() {
        if (search == null) {
            search = new SearchIndexer(SearchPlace.open(config, clock), stores.search(), clock);
        }
        return search;
    }

    /** Opens the magazine's storage (migrating it) and builds the services; serves nothing yet. */
    public static Masthead open(Config config) {
        return open(config, Clock.systemUTC());
    }

    /** As {@link #open(Config)}, with the clock every service reads the time from (tests move it). */
    public static Masthead open(Config config, Clock clock) {
        return new Masthead(config, Database.open(config), clock);
    }

    /** Adds the demo magazine on the first serve, when wanted and still empty ({@link DemoMagazine#seedOnFirstServe}). */
    public boolean seedDemoOnFirstServe(boolean wanted) {
        var demo = new DemoMagazine(database, articles, articleImports, authors, topics, media, settings,
                clock.withZone(config.timezone()));
        return demo.seedOnFirstServe(wanted);
    }

    /** Starts the public site, then the scheduler, the webhooks and the newsletter; returns the port it listens on. */
    public int serve() {
        // The theme first: a template of the magazine's that does not compile stops the start before anything runs.
        Path theme = config.dataDir().resolve("theme");
        var templates = Templates.withTheme(theme.resolve("templates"));
        newsletter.useTemplates(templates);
        search().share(database.notices());
        search().start();
        var site = new SiteRoutes(new SiteRoutes.Wiring(articles, authors, editions, media, settings, topics,
                new SearchService(search().index()), config.timezone(), clock, newsletter.subscriptions()), templates,
                () -> config.publicUrl(http.port()), theme, pageCache);
        var admin = new AdminRoutes(new AdminRoutes.Frame(accounts, signIn, templates, () -> settings.current().title(),
                config.baseUrl().orElse(URI.create("http://localhost")), site::assetPath,
                config.timezone(), clock),
                new AdminRoutes.Content(workflow, history, lists, authors, media, topicSuggestions, site::preview, editions,
                        editionDesk, settings::editionRule, site::previewEdition, signals.dashboard()),
                new AdminRoutes.Office(audit, settings, mailer, passwordResets),
                new AdminRoutes.Integrations(apiKeys, webhooks, newsletter.desk(audit)));
        // Feeds and sitemaps first: the site's own routes would take /feed/ for a page and /feed/atom/ for a month.
        var feeds = new org.masthead.site.FeedRoutes(new org.masthead.feed.FeedService(stores.feeds(), articles, authors, topics, editions, media,
                settings, () -> config.publicUrl(http.port())), pageCache, clock);
        var sitemaps = new org.masthead.site.SitemapRoutes(new org.masthead.sitemap.SitemapService(stores.sitemaps(), articles,
                settings, clock, () -> config.publicUrl(http.port())), pageCache, clock);
        var ghost = new org.masthead.api.ghost.GhostRoutes(new org.masthead.api.ghost.GhostRoutes.Wiring(catalog, apiKeys, settings,
                programDesk, media, () -> config.publicUrl(http.port()), config.timezone(), clock));
        var api = new org.masthead.api.ApiRoutes(new org.masthead.api.ApiRoutes.Wiring(articles, authors, editions, topics, media,
                () -> config.publicUrl(http.port()), clock));
        var errorPages = new ErrorAnswers(admin, site);
        var formerLists = new org.masthead.site.FormerAddresses(slug -> exists(() -> topics.findBySlug(slug)),
                slug -> exists(() -> authors.findBySlug(slug)));
        // The search and static files first (see SiteRoutes.registerFirst); our API before the rest of the site: the
        // site's date routes would take /api/editions/2018-11-09/ for an article.
        var metrics = config.metricsToken().map(token -> new Metrics(token, pageCache));
        var routes = new java.util.ArrayList<java.util.function.Consumer<io.javalin.config.RoutesConfig>>(List.of(site::registerFirst,
                ghost::register, admin::register, feeds::register, sitemaps::register, api::register, site::register));
        metrics.ifPresent(m -> routes.addFirst(m::register));
        http = new HttpServer(routes, errorPages, new ClientAddress(config.trustedProxies()),
                new org.masthead.site.OldAddressRedirects(pageCache, articles, formerLists), pageCache::answerKept,
                metrics.map(Metrics::timer).orElse((ctx, ms) -> { }));
        int port = http.start(config.host(), config.port());
        // CASE: the work in the background after the site listens: a newsletter pending at a restart (a server killed
        // while sending) links to the site at once, asking it its port, which a site still starting has not got.
        scheduler.start();
        webhooks.start();
        newsletter.sending().start();
        return port;
    }

    private static boolean exists(Runnable lookup) {
        try {
            lookup.run();
            return true;
        } catch (org.masthead.common.NotFound absent) {
            return false;
        }
    }

    public Config config() {
        return config;
    }

    public Database database() {
        return database;
    }

    public SettingsService settings() {
        return settings;
    }

    public EditionService editions() {
        return editions;
    }

    public AuthorService authors() {
        return authors;
    }

    public ArticleService articles() {
        return articles;
    }

    public TopicService topics() {
        return topics;
    }

    public MediaService media() {
        return media;
    }

    public ImportService imports() {
        return imports;
    }

    public org.masthead.transfer.MagazineExport export() {
        return export;
    }

    public AuditLog audit() {
        return audit;
    }

    public AccountService accounts() {
        return accounts;
    }

    public SignInService signIn() {
        return signIn;
    }

    public PasswordResets passwordResets() {
        return passwordResets;
    }

    public org.masthead.newsletter.SubscriptionService subscriptions() {
        return newsletter.subscriptions();
    }

    public org.masthead.newsletter.SendingService sending() {
        return newsletter.sending();
    }

    public Mailer mailer() {
        return mailer;
    }

    /** Articles as imports and the demo write them, for a named system actor. */
    public org.masthead.article.ArticleImports articleImports() {
        return articleImports;
    }

    public org.masthead.article.LineupDesk lineups() {
        return lineups;
    }

    public WorkflowService workflow() {
        return workflow;
    }

    public ArticleHistory history() {
        return history;
    }

    public ArticleLists lists() {
        return lists;
    }

    public EditionDesk editionDesk() {
        return editionDesk;
    }

    public org.masthead.apikey.ApiKeyService apiKeys() {
        return apiKeys;
    }

    public org.masthead.catalog.CatalogService catalog() {
        return catalog;
    }

    public org.masthead.newsroom.ProgramDesk programDesk() {
        return programDesk;
    }

    public org.masthead.webhook.WebhookService webhooks() {
        return webhooks;
    }

    /** The mail that follows the workflow's steps. */
    public org.masthead.newsroom.WorkflowMail workflowMail() {
        return signals.mail();
    }

    /** This build's version, as the jar's manifest gives it ("dev" when run from classes). */
    public static String version() {
        String version = Masthead.class.getPackage().getImplementationVersion();
        return version == null ? "dev" : version;
    }

    public Scheduler scheduler() {
        return scheduler;
    }

    /** The readers' pages as kept. */
    public org.masthead.site.PageCache pageCache() {
        return pageCache;
    }

    public Clock clock() {
        return clock;
    }

    @Override
    public void close() {
        scheduler.close();
        newsletter.sending().close();
        webhooks.close();
        if (http != null) {
            http.stop();
        }
        passwordResets.close();
        signals.close();
        newsletter.subscriptions().close();
        if (search != null) {
            search.close();
        }
        names.close();
        media.storage().close();
        database.close();
    }
}
