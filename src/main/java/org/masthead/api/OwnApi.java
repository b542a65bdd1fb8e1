package org.masthead.api;

import java.net.URI;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.masthead.article.Article;
import org.masthead.article.ArticleService;
import org.masthead.article.ArticleSummary;
import org.masthead.author.Byline;
import org.masthead.author.AuthorService;
import org.masthead.common.Invalid;
import org.masthead.common.Moved;
import org.masthead.common.NotFound;
import org.masthead.common.Page;
import org.masthead.common.PageRequest;
import org.masthead.edition.Edition;
import org.masthead.edition.EditionService;
import org.masthead.markup.Markup;
import org.masthead.media.Image;
import org.masthead.media.MediaService;
import org.masthead.topic.TopicService;

/**
 * Our API's answers, one method each, assembled from the features' services as the site's pages are. Only
 * what readers can see is ever in them: published pieces, editions with something published in them.
 */
final class OwnApi {
    static final int EDITIONS_PER_PAGE = 10;
    static final int ARTICLES_PER_PAGE = 20;

    private final ArticleService articles;
    private final AuthorService authors;
    private final EditionService editions;
    private final TopicService topics;
    private final MediaService media;
    private final Supplier<URI> publicUrl;

    /** The services our API reads from. */
    record Wiring(ArticleService articles, AuthorService authors, EditionService editions, TopicService topics,
            MediaService media, Supplier<URI> publicUrl) {}

    OwnApi(Wiring w) {
        this.articles = w.articles();
        this.authors = w.authors();
        this.editions = w.editions();
        this.topics = w.topics();
        this.media = w.media();
        this.publicUrl = w.publicUrl();
    }

    /** When anything readers see last changed: the Last-Modified of every answer but an article's. */
    Instant lastChange() {
        return articles.lastPublicChange().orElse(Instant.EPOCH).truncatedTo(ChronoUnit.SECONDS);
    }

    /** The editions with something published between the two days (either may be null), newest first. */
    ApiViews.EditionList editions(int pageNumber, LocalDate from, LocalDate to) {
        if (from != null && to != null && from.isAfter(to)) {
            throw new Invalid("from", "from (" + from + ") is after to (" + to + ")");
        }
        Page<Edition> page = editions.withPublishedArticles(from, to, new PageRequest(pageNumber, EDITIONS_PER_PAGE));
        Map<Long, List<ArticleSummary>> lineups = articles.lineups(page.items(), from, to);
        List<ApiViews.Edition> list = page.items().stream()
                .map(edition -> edition(edition, lineups.getOrDefault(edition.id(), List.of()))).toList();
        String query = (from != null ? "&from=" + from : "") + (to != null ? "&to=" + to : "");
        return new ApiViews.EditionList(list, pagination(page, EDITIONS_PER_PAGE, "/api/editions/", query));
    }

    /** The edition covering a day; asked by another of its days, it names its first day's address. */
    ApiViews.Edition edition(String isoDate) {
        LocalDate day = day(isoDate);
        Edition edition = editions.findContaining(day).orElseThrow(() -> new NotFound("no edition on " + day));
        if (!edition.startsOn().equals(day)) {
            throw new Moved("/api/editions/" + edition.startsOn() + "/");
        }
        List<ArticleSummary> lineup = articles.lineups(List.of(edition), null, null).getOrDefault(edition.id(), List.of());
        if (lineup.isEmpty()) {
            throw new NotFound("nothing is published in the edition of " + day);
        }
        return edition(edition, lineup);
    }

    ApiViews.ArticleAnswer article(long id) {
        Article article;
        try {
            article = articles.find(id);
        } catch (NotFound missing) {
            throw new NotFound("no published article " + id);
        }
        if (!article.isPublished()) {
            throw new NotFound("no published article " + id);
        }
        ApiViews.Entry entry = entry(article);
        Edition edition = article.editionId() == null ? null
                : editions.findByIds(List.of(article.editionId())).stream().findFirst().orElse(null);
        String base = base();
        ApiViews.EditionLink link = edition == null ? null : new ApiViews.EditionLink(edition.startsOn().toString(),
                edition.hasLabel() ? edition.label() : null, base + edition.path(), base + "/api/editions/" + edition.startsOn() + "/");
        return new ApiViews.ArticleAnswer(new ApiViews.Article(entry.id(), entry.kind(), entry.title(), entry.slug(), entry.url(),
                entry.apiUrl(), entry.dek(), entry.publishedAt(), time(article.updatedAt()), article.featured(), entry.authors(),
                entry.topics(), entry.leadImage(), link, Markup.withAbsoluteLinks(article.body().html(), entry.url())));
    }

    /** When an article last changed, for its own answer's Last-Modified. */
    Instant lastChangeOf(long id) {
        Instant updated = articles.find(id).updatedAt();
        return updated == null ? lastChange() : updated.truncatedTo(ChronoUnit.SECONDS);
    }

    ApiViews.AuthorAnswer author(String slug, int pageNumber) {
        var author = authors.findBySlug(slug);
        Page<ArticleSummary> page = articles.byAuthor(author.id(), new PageRequest(pageNumber, ARTICLES_PER_PAGE));
        String base = base();
        var profile = author.profile();
        return new ApiViews.AuthorAnswer(new ApiViews.Author(author.name(), author.slug(), base + author.path(),
                base + "/api/authors/" + org.masthead.common.Slugs.inPath(author.slug()) + "/", base + author.path() + "feed.json", author.bioHtml(),
                blankToNull(profile.website()), blankToNull(profile.location())),
                page.items().stream().map(this::summary).toList(),
                pagination(page, ARTICLES_PER_PAGE, "/api/authors/" + org.masthead.common.Slugs.inPath(author.slug()) + "/", ""));
    }

    private ApiViews.Edition edition(Edition edition, List<ArticleSummary> lineup) {
        String base = base();
        return new ApiViews.Edition(edition.startsOn().toString(), edition.endsOn().toString(),
                edition.hasLabel() ? edition.label() : null, base + edition.path(), base + "/api/editions/" + edition.startsOn() + "/",
                base + edition.path() + "feed.json", lineup.stream().map(summary -> entry(articles.find(summary.id()))).toList());
    }

    private ApiViews.Entry entry(Article article) {
        String base = base();
        return new ApiViews.Entry(article.id(), article.kind().code(), article.title(), article.slug(), base + article.path(),
                base + "/api/articles/" + article.id() + "/", blankToNull(article.dek()), time(article.publishedAt()),
                authorLinks(article.authors()),
                topics.ofArticle(article.id()).stream().map(t -> new ApiViews.TopicLink(t.name(), t.slug(),
                        base + "/topic/" + org.masthead.common.Slugs.inPath(t.slug()) + "/")).toList(),
                media.findOptional(article.leadImageId()).map(image -> leadImage(image, base)).orElse(null));
    }

    private ApiViews.Summary summary(ArticleSummary article) {
        String base = base();
        return new ApiViews.Summary(article.id(), article.title(), article.slug(), base + article.path(),
                base + "/api/articles/" + article.id() + "/", blankToNull(article.dek()), article.publishedOn().toString(),
                authorLinks(article.authors()));
    }

    private List<ApiViews.AuthorLink> authorLinks(List<Byline> bylines) {
        String base = base();
        return bylines.stream().map(b -> new ApiViews.AuthorLink(b.name(), b.slug(), base + b.path(),
                base + "/api/authors/" + org.masthead.common.Slugs.inPath(b.slug()) + "/")).toList();
    }

    private static ApiViews.LeadImage leadImage(Image image, String base) {
        String src = image.src().map(s -> s.startsWith("/") ? base + s : s).orElse(null);
        ApiViews.Credit credit = !image.hasCredit() ? null : new ApiViews.Credit(image.creditKind().code(),
                image.creditKind().word() + " by " + image.creditName(), image.creditName(),
                image.creditUrl() == null || image.creditUrl().isBlank() ? null
                        : image.creditUrl().startsWith("/") ? base + image.creditUrl() : image.creditUrl());
        ApiViews.Licence licence = image.licence() == null ? null
                : new ApiViews.Licence(image.licence().label(), image.licence().deedUrl().orElse(null));
        return new ApiViews.LeadImage(src, blankToNull(image.alt()), blankToNull(org.masthead.media.CaptionLinks.text(image.caption())), image.width(), image.height(),
                credit, licence);
    }

    private <T> ApiViews.Pagination pagination(Page<T> page, int limit, String path, String query) {
        String base = base() + path + "?page=";
        Integer next = page.hasNext() ? page.number() + 1 : null;
        Integer prev = page.hasPrevious() ? page.number() - 1 : null;
        return new ApiViews.Pagination(page.number(), limit, next, prev, next == null ? null : base + next + query,
                prev == null ? null : base + prev + query);
    }

    private static LocalDate day(String isoDate) {
        try {
            if (isoDate.matches("\\d{4}-\\d{2}-\\d{2}")) {
                return LocalDate.parse(isoDate);
            }
        } catch (DateTimeException e) {
            // answered below
        }
        throw new NotFound("'" + isoDate + "' is not a day (YYYY-MM-DD)");
    }

    private String base() {
        return publicUrl.get().toString().replaceFirst("/$", "");
    }

    private static String time(Instant instant) {
        return instant == null ? null : instant.truncatedTo(ChronoUnit.SECONDS).toString();
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }
}
