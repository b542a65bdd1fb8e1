package org.masthead.site;

import java.net.URI;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import org.masthead.article.Article;
import org.masthead.author.Author;
import org.masthead.media.Image;
import org.masthead.settings.SiteSettings;
import org.masthead.topic.Topic;

/**
 * Each public page's head beyond its title: the description, the OpenGraph and Twitter/X card, the page's
 * own feed, and its schema.org JSON-LD (with a breadcrumb trail from the home page). Addresses in them are
 * absolute, from the magazine's base URL; times are ISO 8601 with the offset of the magazine's time zone.
 */
final class Metadata {
    /** Articles filed under the topic Opinion are opinion pieces: OpinionNewsArticle rather than NewsArticle. */
    static final String OPINION_TOPIC = "opinion";
    private static final DateTimeFormatter ISO_WITH_OFFSET = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssxxx");

    private final Supplier<URI> publicUrl;
    private final ZoneId zone;

    Metadata(Supplier<URI> publicUrl, ZoneId zone) {
        this.publicUrl = publicUrl;
        this.zone = zone;
    }

    PageMeta home(SiteSettings site, String title, String path) {
        String description = site.tagline().isEmpty() ? "The latest editions of " + site.title() + "." : site.tagline();
        String url = url(path);
        var website = new JsonLd.WebSite("WebSite", site.title(), url("/"), description, site.language(), publisher(site),
                new JsonLd.SearchAction(url("/search?q={search_term_string}")));
        return new PageMeta(title, description, url, true, card("website", site, title, description, url, null), null,
                JsonLd.graph(List.of(website)), false);
    }

    /** An article's page, or its preview (which has no publication time yet). */
    PageMeta article(SiteSettings site, Article article, List<Author> writers, Image image, List<Topic> topics,
            EditionHeading edition, String path, String pageTitle) {
        // An article that first appeared elsewhere names that address as canonical, so search engines credit it.
        String url = article.seo().canonicalUrl() != null ? article.seo().canonicalUrl() : url(path);
        String description = !article.seo().description().isEmpty() ? article.seo().description()
                : articleDescription(site, article, writers, edition);
        List<String> authorUrls = writers.stream().map(writer -> url(writer.path())).toList();
        List<String> tags = topics.stream().map(Topic::name).toList();
        String published = article.publishedAt() == null ? null : time(article.publishedAt());
        String modified = time(lastChange(article));
        // CASE: the sharing texts an article sets win over the search-engine ones; X's fall back to Open Graph's, as Ghost's.
        String plain = articleDescription(site, article, writers, edition);
        var card = new SocialCard("article", site.title(), article.seo().ogTitle(article.title()),
                article.seo().ogDescription(plain), url, locale(site.language()), cardImage(image), published, modified,
                authorUrls, tags, article.seo().xTitle(article.title()), article.seo().xDescription(plain));
        boolean opinion = topics.stream().anyMatch(topic -> topic.slug().equals(OPINION_TOPIC));
        var node = new JsonLd.Article(opinion ? "OpinionNewsArticle" : "NewsArticle", article.title(), description, url, url,
                writers.stream().map(w -> new JsonLd.Person(w.name(), url(w.path()), null)).toList(), published, modified,
                imageObject(image), publisher(site), true, tags, site.language());
        var trail = breadcrumbs(site, new Crumb(edition.asText(), edition.path()), new Crumb(article.title(), path));
        return new PageMeta(pageTitle, description, url, false, card, null, JsonLd.graph(List.of(node, trail)), false);
    }

    /** A page outside the editions (About, Donate). */
    PageMeta page(SiteSettings site, Article page, Image image, String text, String pageTitle) {
        String url = page.seo().canonicalUrl() != null ? page.seo().canonicalUrl() : url(page.path());
        String description = !page.seo().description().isEmpty() ? page.seo().description() : text;
        var card = new SocialCard("website", site.title(), page.seo().ogTitle(page.title()), page.seo().ogDescription(text),
                url, locale(site.language()), cardImage(image), null, null, List.of(), List.of(), page.seo().xTitle(page.title()),
                page.seo().xDescription(text));
        var node = new JsonLd.WebPage("WebPage", page.title(), url, description, site.language());
        return new PageMeta(pageTitle, description, url, false, card, null,
                JsonLd.graph(List.of(node, breadcrumbs(site, new Crumb(page.title(), page.path())))), false);
    }

    PageMeta author(SiteSettings site, Author author, String path, String pageTitle) {
        String bio = PublicPages.plainStart(author.bioHtml());
        String description = bio.isEmpty() ? "Articles by " + author.name() + " in " + site.title() + "." : bio;
        String url = url(path);
        var person = new JsonLd.Person(author.name(), url(author.path()), org.jsoup.Jsoup.parseBodyFragment(author.bioHtml()).text());
        var trail = breadcrumbs(site, new Crumb(author.name(), author.path()));
        return new PageMeta(pageTitle, description, url, false, card("profile", site, author.name(), description, url, null),
                new FeedLink(site.title() + " – " + author.name(), author.path() + "feed/"), JsonLd.graph(List.of(person, trail)),
                false);
    }

    PageMeta topic(SiteSettings site, Topic topic, String path, String pageTitle) {
        String description = !topic.description().isBlank() ? topic.description()
                : "Articles about " + topic.name() + " in " + site.title() + ".";
        String base = "/topic/" + org.masthead.common.Slugs.inPath(topic.slug()) + "/";
        return collection(site, topic.name(), description, path, pageTitle, List.of(new Crumb(topic.name(), base)),
                new FeedLink(site.title() + " – " + topic.name(), base + "feed/"));
    }

    PageMeta edition(SiteSettings site, EditionHeading heading, int articles, String pageTitle) {
        String description = heading.asText() + ": the lineup of " + site.title() + ", "
                + (articles == 1 ? "one article." : articles + " articles.");
        return collection(site, heading.asText(), description, heading.path(), pageTitle,
                List.of(new Crumb(heading.asText(), heading.path())),
                new FeedLink(site.title() + " – " + heading.asText(), heading.path() + "feed/"));
    }

    /** A date archive; the trail goes through its year and month. */
    PageMeta archive(SiteSettings site, String heading, List<Crumb> trail, String path, String pageTitle) {
        String description = "The editions of " + site.title() + " published in " + heading + ".";
        return collection(site, heading, description, path, pageTitle, trail, null);
    }

    PageMeta search(SiteSettings site, String pageTitle) {
        String description = "Search the archive of " + site.title() + " by words, writers, topics and years.";
        var node = new JsonLd.WebPage("SearchResultsPage", "Search", url("/search"), description, site.language());
        return new PageMeta(pageTitle, description, null, false, card("website", site, "Search", description, null, null), null,
                JsonLd.graph(List.of(node, breadcrumbs(site, new Crumb("Search", "/search")))), false);
    }

    /** An error page, or the share page: no address of its own, no JSON-LD, kept out of search engines. */
    PageMeta plain(SiteSettings site, String heading, String description, String pageTitle) {
        return new PageMeta(pageTitle, description, null, false, card("website", site, heading, description, null, null),
                null, StructuredData.NONE, true);
    }

    /** One step of a breadcrumb trail: its name and its address on the site. */
    record Crumb(String name, String path) {}

    private PageMeta collection(SiteSettings site, String name, String description, String path, String pageTitle,
            List<Crumb> trail, FeedLink feed) {
        String url = url(path);
        var node = new JsonLd.WebPage("CollectionPage", name, url, description, site.language());
        return new PageMeta(pageTitle, description, url, false, card("website", site, name, description, url, null), feed,
                JsonLd.graph(List.of(node, breadcrumbs(site, trail.toArray(Crumb[]::new)))), false);
    }

    private JsonLd.BreadcrumbList breadcrumbs(SiteSettings site, Crumb... trail) {
        List<JsonLd.ListItem> items = new ArrayList<>();
        items.add(new JsonLd.ListItem(1, site.title(), url("/")));
        for (Crumb crumb : trail) {
            items.add(new JsonLd.ListItem(items.size() + 1, crumb.name(), url(crumb.path())));
        }
        return new JsonLd.BreadcrumbList(items);
    }

    private SocialCard card(String type, SiteSettings site, String title, String description, String url, Image image) {
        return new SocialCard(type, site.title(), title, description, url, locale(site.language()), cardImage(image), null,
                null, List.of(), List.of());
    }

    private JsonLd.Organization publisher(SiteSettings site) {
        return new JsonLd.Organization(site.title(), url("/"));
    }

    /** The dek; else the start of the text; else, for a piece known only from a lineup, what the page says of it. */
    private static String articleDescription(SiteSettings site, Article article, List<Author> writers, EditionHeading edition) {
        if (!article.dek().isEmpty()) {
            return article.dek();
        }
        if (article.body().isAvailable()) {
            String start = PublicPages.plainStart(article.body().html());
            if (!start.isEmpty()) {
                return start;
            }
        }
        String by = writers.isEmpty() ? "" : " by " + String.join(" and ", writers.stream().map(Author::name).toList());
        return article.title() + by + ". From " + site.title() + ", " + edition.asText() + ".";
    }

    private SocialCard.Image cardImage(Image image) {
        if (image == null || image.src().isEmpty()) {
            return null;
        }
        return new SocialCard.Image(absolute(image.src().get()), image.width(), image.height(), image.alt());
    }

    /**
     * The picture with its attribution. copyrightNotice is the credit line as the page prints it ("Photo by
     * NAME | LICENCE"); license is the licence's deed, absent for "All rights reserved". A credit known
     * without its picture (an imported page) names no picture, so it is left out.
     */
    private JsonLd.ImageObject imageObject(Image image) {
        if (image == null || image.src().isEmpty()) {
            return null;
        }
        String src = absolute(image.src().get());
        String notice = !image.hasCredit() ? null : image.creditKind().word() + " by " + image.creditName()
                + (image.licence() == null ? "" : " | " + image.licence().label());
        return new JsonLd.ImageObject("ImageObject", src, src, image.width(), image.height(),
                image.caption().isEmpty() ? null : org.masthead.media.CaptionLinks.text(image.caption()), image.creditName().isEmpty() ? null : image.creditName(),
                image.licence() == null ? null : image.licence().deedUrl().orElse(null), notice);
    }

    /** An article last changed when it was saved or when it went out, whichever was later. */
    private static Instant lastChange(Article article) {
        if (article.publishedAt() == null || article.updatedAt().isAfter(article.publishedAt())) {
            return article.updatedAt();
        }
        return article.publishedAt();
    }

    private String time(Instant instant) {
        return ISO_WITH_OFFSET.format(instant.atZone(zone));
    }

    /** OpenGraph writes a locale as en_GB; a language without a region stays as it is (en). */
    static String locale(String languageTag) {
        Locale locale = Locale.forLanguageTag(languageTag);
        return locale.getCountry().isEmpty() ? locale.getLanguage() : locale.getLanguage() + "_" + locale.getCountry();
    }

    private String absolute(String src) {
        return src.startsWith("/") && !src.startsWith("//") ? url(src) : src;
    }

    String url(String path) {
        return publicUrl.get() + path;
    }
}
