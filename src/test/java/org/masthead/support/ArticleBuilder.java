package org.masthead.support;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.masthead.common.Actor;
import org.masthead.article.Article;
import org.masthead.article.ArticleDraft;
import org.masthead.article.Body;
import org.masthead.author.Author;
import org.masthead.boot.Masthead;

/** Test data: {@code anArticle().titled("...").by("Ann Smith").publishedOn(date).in(magazine)}. */
public final class ArticleBuilder {
    /** The system actor test data is written as, through the doors imports use. */
    private static final Actor SYSTEM = Actor.system("test");

    private String title = "An Article About Something";
    private String dek = "";
    private String markdown = "A first paragraph.\n\nA second paragraph.";
    private final List<String> authors = new ArrayList<>();
    private final List<String> topics = new ArrayList<>();
    private LocalDate publishedOn;
    private int hour = 6;
    private boolean withoutBody;
    private Long leadImageId;

    private ArticleBuilder() {}

    public static ArticleBuilder anArticle() {
        return new ArticleBuilder();
    }

    public ArticleBuilder titled(String title) {
        this.title = title;
        return this;
    }

    public ArticleBuilder withDek(String dek) {
        this.dek = dek;
        return this;
    }

    public ArticleBuilder withBody(String markdown) {
        this.markdown = markdown;
        return this;
    }

    /** An article the magazine knows only by its title (and dek), as a lineup import leaves it. */
    public ArticleBuilder withoutBody() {
        this.withoutBody = true;
        return this;
    }

    public ArticleBuilder withLeadImage(long imageId) {
        this.leadImageId = imageId;
        return this;
    }

    public ArticleBuilder by(String... names) {
        authors.addAll(List.of(names));
        return this;
    }

    public ArticleBuilder about(String... topicNames) {
        topics.addAll(List.of(topicNames));
        return this;
    }

    public ArticleBuilder publishedOn(LocalDate day) {
        this.publishedOn = day;
        return this;
    }

    public ArticleBuilder atHour(int hour) {
        this.hour = hour;
        return this;
    }

    /** Saves the article (a draft unless a day was given) and returns it as stored. */
    public Article in(Masthead magazine) {
        List<Long> ids = authors.stream().map(name -> magazine.authors().findOrCreate(name)).map(Author::id).toList();
        List<Long> topicIds = topics.stream().map(name -> magazine.topics().findOrCreate(name).id()).toList();
        Article article = magazine.articleImports().create(SYSTEM, new ArticleDraft(title, null, dek,
                withoutBody ? Body.none() : Body.markdown(markdown), ids, topicIds, leadImageId),
                org.masthead.article.ArticleKind.ARTICLE);
        if (publishedOn == null) {
            return article;
        }
        return magazine.articleImports().publish(SYSTEM, article.id(),
                magazine.articles().startOf(publishedOn).plus(java.time.Duration.ofHours(hour)));
    }
}
