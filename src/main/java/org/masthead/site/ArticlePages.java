package org.masthead.site;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.masthead.article.Article;
import org.masthead.author.Author;
import org.masthead.author.AuthorService;
import org.masthead.edition.Edition;
import org.masthead.media.Image;
import org.masthead.media.MediaService;
import org.masthead.settings.SiteSettings;
import org.masthead.sharing.ShareLink;
import org.masthead.sharing.ShareNetwork;

/** Builds an article page: the article with its credit, share links, authors' bios and the latest lineup. */
final class ArticlePages {
    private final AuthorService authors;
    private final MediaService media;
    private final Supplier<List<LineupBlock>> latest;
    private final org.masthead.topic.TopicService topics;
    private final org.masthead.search.SearchService search;

    ArticlePages(AuthorService authors, MediaService media, Supplier<List<LineupBlock>> latest,
            org.masthead.topic.TopicService topics, org.masthead.search.SearchService search) {
        this.authors = authors;
        this.media = media;
        this.latest = latest;
        this.topics = topics;
        this.search = search;
    }

    /** The article page, dated {@code day}: its publication day, or for a preview the day it would go out. */
    ArticleView view(Article article, LocalDate day, Edition edition, SiteSettings site, String canonicalUrl,
            String pageTitle) {
        List<Author> writers = authors.findByIds(article.authorIds());
        List<Contributor> contributors = new ArrayList<>();
        for (Author writer : writers) {
            contributors.add(new Contributor(writer.name(), writer.path(), writer.bioHtml()));
        }
        List<ShareLink> share = new ArrayList<>();
        for (ShareNetwork network : site.shareNetworks()) {
            share.add(network.linkFor(canonicalUrl, article.title()));
        }
        LeadImage image = media.findOptional(article.leadImageId()).map(ArticlePages::leadImage).orElse(null);
        String description = article.dek().isEmpty() && article.body().isAvailable()
                ? PublicPages.plainStart(article.body().html()) : article.dek();
        var meta = new PageMeta(pageTitle, description, canonicalUrl, false);
        return new ArticleView(meta, article.title(), article.dek(), article.authors(),
                Dates.longDate(day), day.toString(), Lineups.heading(edition), image,
                article.body().isAvailable() ? article.body().html() : null, contributors, share, latest.get(),
                topics.ofArticle(article.id()).stream().map(t -> new TopicLink(t.name(), "/topic/" + t.slug() + "/")).toList(),
                article.isPublished() ? search.related(article.id()).stream().map(SearchPages::entry).toList() : List.of());
    }

    /** A page outside the editions: its title, text and picture; no byline, no share bar, no lineup. */
    PageView page(Article page, String canonicalUrl, String pageTitle) {
        LeadImage image = media.findOptional(page.leadImageId()).map(ArticlePages::leadImage).orElse(null);
        var meta = new PageMeta(pageTitle, PublicPages.plainStart(page.body().html()), canonicalUrl, false);
        return new PageView(meta, page.title(), page.body().html(), image);
    }

    private static LeadImage leadImage(Image image) {
        return new LeadImage(image.src().orElse(null), image.srcset().isEmpty() ? null : image.srcset(), image.alt(),
                image.width(), image.height(), image.caption(),
                image.creditKind().word(), image.creditName(), image.creditUrl(), image.licence().label(),
                image.licence().deedUrl().orElse(null));
    }
}
