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
import org.masthead.topic.Topic;

/** Builds an article page: the article with its credit, share links, authors' bios and the latest lineup. */
final class ArticlePages {
    private final AuthorService authors;
    private final MediaService media;
    private final Supplier<List<LineupBlock>> latest;
    private final org.masthead.topic.TopicService topics;
    private final org.masthead.search.SearchService search;
    private final Metadata metadata;

    ArticlePages(AuthorService authors, MediaService media, Supplier<List<LineupBlock>> latest,
            org.masthead.topic.TopicService topics, org.masthead.search.SearchService search, Metadata metadata) {
        this.authors = authors;
        this.media = media;
        this.latest = latest;
        this.topics = topics;
        this.search = search;
        this.metadata = metadata;
    }

    /**
     * The article page at {@code path}, dated {@code day}: its publication day, or for a preview the day it
     * would go out.
     */
    ArticleView view(Article article, LocalDate day, Edition edition, SiteSettings site, String path, String pageTitle) {
        PageTags.showsArticle(article.id());
        // Its related articles come from all that is out: any that comes out or goes may change them.
        PageTags.showsList(PageTags.EDITIONS);
        // Its bylines and its writers' bios: a change to any of them (a new name, bio or picture) forgets the page.
        article.authorIds().forEach(PageTags::showsAuthor);
        List<Author> writers = authors.findByIds(article.authorIds());
        List<Contributor> contributors = new ArrayList<>();
        for (Author writer : writers) {
            contributors.add(new Contributor(writer.name(), writer.path(), writer.bioHtml()));
        }
        PageTags.showsPicture(article.leadImageId());
        Image picture = media.findOptional(article.leadImageId()).orElse(null);
        List<Topic> filed = topics.ofArticle(article.id());
        filed.forEach(topic -> PageTags.showsTopic(topic.id()));
        EditionHeading heading = Lineups.heading(edition);
        var meta = metadata.article(site, article, writers, picture, filed, heading, path, pageTitle);
        List<ShareLink> share = new ArrayList<>();
        for (ShareNetwork network : site.shareNetworks()) {
            share.add(network.linkFor(meta.canonicalUrl(), article.title()));
        }
        return new ArticleView(meta, article.titleHtml(), article.dek(), article.authors(),
                Dates.longDate(day), day.toString(), heading, picture == null ? null : leadImage(picture),
                article.body().isAvailable() ? article.body().html() : null, contributors,
                new ShareBar(share, meta.canonicalUrl()), latest.get(),
                filed.stream().map(t -> new TopicLink(t.name(), "/topic/" + org.masthead.common.Slugs.inPath(t.slug()) + "/")).toList(),
                article.isPublished() ? search.related(article.id()).stream().map(SearchPages::entry).toList() : List.of());
    }

    /** A page outside the editions: its title, text and picture; no byline, no share bar, no lineup. */
    PageView page(Article page, SiteSettings site, String pageTitle) {
        PageTags.showsArticle(page.id());
        PageTags.showsPicture(page.leadImageId());
        Image picture = media.findOptional(page.leadImageId()).orElse(null);
        String text = PublicPages.plainStart(page.body().html());
        var meta = metadata.page(site, page, picture, text.isEmpty() ? page.title() + " – " + site.title() : text, pageTitle);
        return new PageView(meta, page.titleHtml(), page.dek(), page.body().html(), picture == null ? null : leadImage(picture));
    }

    static LeadImage leadImage(Image image) {
        return new LeadImage(image.src().orElse(null), image.srcset().isEmpty() ? null : image.srcset(),
                image.webpSrcset().isEmpty() ? null : image.webpSrcset(), image.alt(),
                image.width(), image.height(), image.caption(),
                image.creditKind().word(), image.creditName(), image.creditUrl(), image.licence().label(),
                image.licence().deedUrl().orElse(null));
    }
}
