package org.masthead.site;

import java.util.List;
import java.util.Optional;
import org.masthead.article.Article;
import org.masthead.article.ArticleService;
import org.masthead.article.ArticleSummary;
import org.masthead.media.MediaService;

/** Chooses the home page's lead story: the newest featured article, else the newest one out with a picture. */
final class LeadStories {
    private final ArticleService articles;
    private final MediaService media;

    LeadStories(ArticleService articles, MediaService media) {
        this.articles = articles;
        this.media = media;
    }

    /**
     * The lead among these featured articles (newest first), or when there are none the newest article with a
     * picture; empty when the magazine has neither. Which one it is follows the lists of editions, which the home
     * page notes already: publishing, withdrawing or featuring an article changes them.
     */
    Optional<LeadStory> choose(List<ArticleSummary> featured) {
        Optional<Article> chosen = featured.isEmpty() ? articles.newestWithPicture()
                : Optional.of(articles.find(featured.getFirst().id()));
        return chosen.map(this::lead);
    }

    private LeadStory lead(Article article) {
        PageTags.showsArticle(article.id());
        article.authors().forEach(byline -> PageTags.showsAuthor(byline.id()));
        PageTags.showsPicture(article.leadImageId());
        // CASE: a picture known only by its credit (an import without the file) leads with the headline alone.
        LeadImage image = media.findOptional(article.leadImageId()).filter(picture -> picture.src().isPresent())
                .map(ArticlePages::leadImage).orElse(null);
        return new LeadStory(article.titleHtml(), article.path(), article.dek(), article.authors(),
                Dates.longDate(article.publishedOn()), article.publishedOn().toString(), image);
    }
}
