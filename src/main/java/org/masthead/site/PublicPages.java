package org.masthead.site;

import java.net.URI;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.function.Supplier;
import org.masthead.article.Article;
import org.masthead.article.ArticleService;
import org.masthead.author.Author;
import org.masthead.author.AuthorService;
import org.masthead.common.Moved;
import org.masthead.common.NotFound;
import org.masthead.common.Page;
import org.masthead.common.PageRequest;
import org.masthead.edition.Edition;
import org.masthead.edition.EditionService;
import org.masthead.settings.SettingsService;
import org.masthead.settings.SiteSettings;

/**
 * Reading the magazine: each method is one public page, assembled from the features' services into the
 * typed view its template prints. Anything a reader may not see is {@link NotFound}.
 */
final class PublicPages {
    static final int EDITIONS_PER_PAGE = 5;
    static final int ARTICLES_PER_PAGE = 20;
    static final int LATEST_EDITIONS = 2;
    /** How many featured articles the home page pins above the lineup under the one it leads with, newest first. */
    static final int FEATURED_ON_HOME = 3;

    private final ArticleService articles;
    private final AuthorService authors;
    private final EditionService editions;
    private final SettingsService settings;
    private final ArticlePages articlePages;
    private final Lineups lineups;
    private final Metadata metadata;
    private final Assets assets;

    private final org.masthead.topic.TopicService topics;
    private final org.masthead.media.MediaService media;
    private final SiteLinks links;
    private final LeadStories leads;

    /** assets are the theme's files, which every page's frame links by their versioned addresses. */
    PublicPages(SiteRoutes.Wiring w, Supplier<URI> publicUrl, Assets assets) {
        this.articles = w.articles();
        this.authors = w.authors();
        this.editions = w.editions();
        this.settings = w.settings();
        this.topics = w.topics();
        this.media = w.media();
        this.lineups = new Lineups(articles);
        this.metadata = new Metadata(publicUrl, w.zone());
        this.articlePages = new ArticlePages(authors, w.media(), this::latestEditions, topics, w.search(), metadata);
        this.assets = assets;
        this.links = new SiteLinks(topics, articles, w.clock(), w.zone());
        this.leads = new LeadStories(articles, media);
    }

    public Chrome chrome() {
        SiteSettings site = settings.current();
        // CASE: no mail server yet: a subscribe form would only answer "cannot send email yet".
        return assets.chrome(site.title(), site.tagline(), site.language(), settings.mail().isConfigured(), links.of(site));
    }

    /** This year in the magazine's time zone, from the clock. */
    int year() {
        return links.year();
    }

    public HomeView home(int pageNumber) {
        Page<Edition> page = editions.withPublishedArticles(null, null, new PageRequest(pageNumber, EDITIONS_PER_PAGE));
        if (page.isEmpty() && pageNumber > 1) {
            throw new NotFound("no home page " + pageNumber);
        }
        SiteSettings site = settings.current();
        String path = pageNumber == 1 ? "/" : "/page/" + pageNumber + "/";
        String title = site.tagline().isEmpty() ? site.title() : site.title() + " – " + site.tagline();
        var meta = metadata.home(site, pageNumber == 1 ? title : site.title() + " – page " + pageNumber, path);
        List<LineupBlock> blocks = lineups.blocks(page.items(), null, null);
        if (pageNumber > 1 || blocks.isEmpty()) {
            return new HomeView(meta, null, List.of(), blocks, Pager.of("/", pageNumber, page.hasNext()));
        }
        // The lead is the newest featured article; the others stay pinned under it.
        List<org.masthead.article.ArticleSummary> featured = articles.featured(FEATURED_ON_HOME + 1);
        LeadStory lead = leads.choose(featured).orElse(null);
        List<LineupEntry> pinned = featured.stream().skip(1).limit(FEATURED_ON_HOME).map(Lineups::entry).toList();
        return new HomeView(meta, lead, pinned, blocks, Pager.of("/", pageNumber, page.hasNext()));
    }

    /** The title a browser tab and a search result show: the article's own search-engine title when it has one. */
    private String titleOf(Article article) {
        return article.seo().title().isEmpty() ? pageTitle(article.title()) : article.seo().title();
    }

    /** Where the article an old address stood for is now, if it is one. */
    public java.util.Optional<String> oldAddress(String path, String query) {
        return articles.findByOldAddress(path, query).map(Article::path);
    }

    public ArticleView article(String year, String month, String day, String slug) {
        LocalDate date = date(year, month, day);
        String asked = org.masthead.article.Permalink.of(date, slug);
        // CASE: an address the article had before its slug or date changed: send readers on, permanently.
        Article article = articles.findPublishedBySlug(slug).or(() -> articles.findByOldPath(asked))
                .orElseThrow(() -> new NotFound("no article " + slug));
        // CASE: a page (About, Contact) stands outside the editions and has no day: a dated address for it is wrong.
        if (article.kind() == org.masthead.article.ArticleKind.PAGE) {
            throw new NotFound("no article " + slug);
        }
        if (!article.path().equals(asked)) {
            // CASE: the slug is right but the date is not (an old link, a mistyped day): send to the article.
            throw movedTo(article);
        }
        Edition edition = editions.findContaining(date).orElseThrow(() -> new NotFound("no edition for " + date));
        return articlePages.view(article, date, edition, settings.current(), article.path(), titleOf(article));
    }

    /**
     * An article as readers will see it once it goes out, whatever its state: dated its publication day,
     * its scheduled day, or today, and placed in the edition it is in or would join.
     */
    public ArticleView preview(Article article, LocalDate today) {
        LocalDate day = article.publishedOn() != null ? article.publishedOn() : today;
        Edition edition = (article.editionId() != null ? editions.findByIds(List.of(article.editionId())).stream().findFirst()
                : editions.findContaining(day)).orElseGet(() -> {
                    var span = settings.editionRule().spanFor(day);
                    return new Edition(0, span.startsOn(), span.endsOn(), span.label());
                });
        String path = org.masthead.article.Permalink.of(day, article.slug());
        return articlePages.view(article, day, edition, settings.current(), path, pageTitle("Preview: " + article.title()));
    }

    /** A page of the magazine at {@code /slug/}. */
    public PageView page(String slug) {
        String asked = "/" + org.masthead.common.Slugs.inPath(slug) + "/";
        // CASE: an address the page had before its slug changed: send readers on, permanently.
        Article page = articles.findPublishedPage(slug).or(() -> articles.findByOldPath(asked))
                .orElseThrow(() -> new NotFound("no page " + slug));
        if (!page.path().equals(asked)) {
            throw movedTo(page);
        }
        return articlePages.page(page, settings.current(), titleOf(page));
    }

    /** Sends readers on to where an article is now, kept until it moves again or another takes the old address. */
    private static Moved movedTo(Article article) {
        PageTags.showsArticle(article.id());
        PageTags.showsList(PageTags.ADDRESSES);
        return new Moved(article.path());
    }

    public AuthorView author(String slug, int pageNumber) {
        Author author = authors.findBySlug(slug);
        PageTags.showsList(PageTags.author(author.id()));
        PageTags.showsAuthor(author.id());
        Page<org.masthead.article.ArticleSummary> page = articles.byAuthor(author.id(),
                new PageRequest(pageNumber, ARTICLES_PER_PAGE));
        if (page.isEmpty() && pageNumber > 1) {
            throw new NotFound("no page " + pageNumber + " for " + slug);
        }
        String path = author.path() + (pageNumber == 1 ? "" : "page/" + pageNumber + "/");
        var meta = metadata.author(settings.current(), author, path,
                pageTitle(author.name() + (pageNumber == 1 ? "" : ", page " + pageNumber)));
        PageTags.showsPicture(author.profile().profileImageId());
        var image = media.findOptional(author.profile().profileImageId());
        String picture = image.flatMap(org.masthead.media.Image::src).orElse(null);
        String focus = image.map(org.masthead.media.Image::focusClasses).orElse("");
        return new AuthorView(meta, author.name(), picture, focus, author.profile().location(), ProfileLink.of(author.profile()),
                author.bioHtml(), page.items().stream().map(Lineups::entry).toList(),
                Pager.of(author.path(), pageNumber, page.hasNext()));
    }

    public TopicView topic(String slug, int pageNumber) {
        org.masthead.topic.Topic topic = topics.findBySlug(slug);
        PageTags.showsList(PageTags.topic(topic.id()));
        PageTags.showsTopic(topic.id());
        Page<org.masthead.article.ArticleSummary> page = articles.byTopic(topic.id(), new PageRequest(pageNumber, ARTICLES_PER_PAGE));
        if (page.isEmpty()) {
            // CASE: a topic nothing published is filed under yet has no page of its own.
            throw new NotFound("nothing published under " + slug + " on page " + pageNumber);
        }
        String base = "/topic/" + org.masthead.common.Slugs.inPath(topic.slug()) + "/";
        String path = pageNumber == 1 ? base : base + "page/" + pageNumber + "/";
        var meta = metadata.topic(settings.current(), topic, path,
                pageTitle(topic.name() + (pageNumber == 1 ? "" : ", page " + pageNumber)));
        return new TopicView(meta, topic.name(), pageNumber == 1 ? topic.description() : "", page.items().stream().map(Lineups::entry).toList(),
                Pager.of(base, pageNumber, page.hasNext()));
    }

    public EditionView edition(String isoDate) {
        LocalDate date;
        try {
            date = LocalDate.parse(isoDate);
        } catch (DateTimeException e) {
            throw new NotFound("not a date: " + isoDate);
        }
        Edition edition = editions.findContaining(date).orElseThrow(() -> new NotFound("no edition on " + date));
        if (!edition.startsOn().equals(date)) {
            throw new Moved(edition.path());
        }
        List<LineupBlock> blocks = lineups.blocks(List.of(edition), null, null);
        if (blocks.isEmpty()) {
            throw new NotFound("nothing published in the edition of " + date);
        }
        EditionHeading heading = blocks.getFirst().heading();
        var meta = metadata.edition(settings.current(), heading, blocks.getFirst().entries().size(), pageTitle(heading.asText()));
        return new EditionView(meta, heading, blocks.getFirst().entries(),
                editions.previous(edition).map(Edition::path).orElse(null),
                editions.next(edition).map(Edition::path).orElse(null));
    }

    /**
     * The home page as it will be once an edition goes out: that edition on top, with every article in it
     * whether out yet or not (each linking to its preview), then the editions already out.
     */
    public HomeView previewEdition(Edition edition, List<org.masthead.article.ArticleListItem> lineup, String previewPath) {
        List<LineupEntry> entries = lineup.stream().map(item -> new LineupEntry(item.authors(), item.title(),
                org.masthead.markup.Markup.escape(item.title()),
                previewPath.replace("{id}", Long.toString(item.id())), "", Dates.longDate(edition.startsOn()),
                edition.startsOn().toString())).toList();
        List<LineupBlock> blocks = new java.util.ArrayList<>();
        blocks.add(new LineupBlock(Lineups.heading(edition), entries));
        Page<Edition> out = editions.withPublishedArticles(null, null, new PageRequest(1, EDITIONS_PER_PAGE));
        blocks.addAll(lineups.blocks(out.items().stream().filter(e -> e.id() != edition.id()).limit(EDITIONS_PER_PAGE - 1)
                .toList(), null, null));
        SiteSettings site = settings.current();
        var meta = metadata.home(site, "Preview: " + site.title(), "/");
        return new HomeView(meta, null, List.of(), blocks, new Pager(null, null));
    }

    /** A year ({@code month} and {@code day} null), a month ({@code day} null) or a day. */
    public ArchiveView archive(String year, String month, String day, int pageNumber) {
        LocalDate from;
        LocalDate to;
        String heading;
        String base;
        List<Metadata.Crumb> trail = new java.util.ArrayList<>();
        trail.add(new Metadata.Crumb(year, "/" + year + "/"));
        if (month == null) {
            from = date(year, "01", "01");
            to = from.withDayOfYear(from.lengthOfYear());
            heading = String.valueOf(from.getYear());
            base = "/" + year + "/";
        } else if (day == null) {
            from = date(year, month, "01");
            to = from.withDayOfMonth(from.lengthOfMonth());
            heading = Dates.month(YearMonth.from(from));
            base = "/" + year + "/" + month + "/";
            trail.add(new Metadata.Crumb(heading, base));
        } else {
            from = date(year, month, day);
            to = from;
            heading = Dates.longDate(from);
            base = "/" + year + "/" + month + "/" + day + "/";
            trail.add(new Metadata.Crumb(Dates.month(YearMonth.from(from)), "/" + year + "/" + month + "/"));
            trail.add(new Metadata.Crumb(heading, base));
        }
        Page<Edition> page = editions.withPublishedArticles(from, to, new PageRequest(pageNumber, EDITIONS_PER_PAGE));
        List<LineupBlock> blocks = lineups.blocks(page.items(), from, to);
        if (blocks.isEmpty()) {
            throw new NotFound("nothing published in " + heading);
        }
        String path = pageNumber == 1 ? base : base + "page/" + pageNumber + "/";
        var meta = metadata.archive(settings.current(), heading, trail, path,
                pageTitle(heading + (pageNumber == 1 ? "" : ", page " + pageNumber)));
        return new ArchiveView(meta, heading, blocks, Pager.of(base, pageNumber, page.hasNext()));
    }

    public ErrorView error(int status, String errorId, String message) {
        String heading = org.masthead.common.ErrorWording.heading(status);
        String explanation = org.masthead.common.ErrorWording.explanation(status, message);
        // An error page is no page of its own: it has no canonical address.
        return new ErrorView(metadata.plain(settings.current(), heading, explanation, pageTitle(heading)), status, heading,
                explanation, errorId);
    }

    /**
     * The title of the published article or page at this address of the site ({@code /2018/11/12/slug/}
     * or {@code /slug/}), if there is one there.
     */
    public java.util.Optional<String> titleAt(String path) {
        String[] parts = path.split("/", -1);
        if (path.startsWith("/") && path.endsWith("/") && parts.length == 6 && org.masthead.common.Slugs.isSlug(decoded(parts[4]))) {
            return articles.findPublishedBySlug(decoded(parts[4])).filter(a -> a.path().equals(path)).map(Article::title);
        }
        if (path.startsWith("/") && path.endsWith("/") && parts.length == 3 && org.masthead.common.Slugs.isSlug(decoded(parts[1]))) {
            return articles.findPublishedPage(decoded(parts[1])).map(Article::title);
        }
        return java.util.Optional.empty();
    }

    /** A segment of an address as its slug reads: {@code %E6%97%A5} is 日. */
    private static String decoded(String segment) {
        try {
            return java.net.URLDecoder.decode(segment.replace("+", "%2B"), java.nio.charset.StandardCharsets.UTF_8);
        } catch (IllegalArgumentException badEscape) {
            return segment;
        }
    }

    /** The head of the search page, titled by what was asked. */
    public PageMeta searchHead(String heading) {
        return metadata.search(settings.current(), pageTitle(heading));
    }

    /** The head of a page that is only a step on the way (the share page): kept out of search engines. */
    public PageMeta plainHead(String heading, String description) {
        return metadata.plain(settings.current(), heading, description, pageTitle(heading));
    }

    private List<LineupBlock> latestEditions() {
        Page<Edition> page = editions.withPublishedArticles(null, null, new PageRequest(1, LATEST_EDITIONS));
        return lineups.blocks(page.items(), null, null);
    }

    String pageTitle(String title) {
        return title + " – " + settings.current().title();
    }

    private static LocalDate date(String year, String month, String day) {
        if (!year.matches("\\d{4}") || !month.matches("\\d{2}") || !day.matches("\\d{2}")) {
            throw new NotFound("not a date: " + year + "/" + month + "/" + day);
        }
        try {
            return LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day));
        } catch (DateTimeException e) {
            throw new NotFound("not a date: " + year + "/" + month + "/" + day);
        }
    }

    /** The start of a piece of HTML as plain text, for a page description. */
    static String plainStart(String html) {
        String text = org.jsoup.Jsoup.parseBodyFragment(html).text();
        return text.length() <= 160 ? text : text.substring(0, Math.max(text.lastIndexOf(' ', 157), 100)) + "…";
    }
}
