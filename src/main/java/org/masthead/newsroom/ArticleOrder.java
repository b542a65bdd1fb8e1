package org.masthead.newsroom;

import java.time.Instant;
import java.util.List;
import org.masthead.article.Seo;

/**
 * What a program asks of an article through an API: content, byline, topics, lead picture, whether it is
 * featured, what it tells search engines, and where it should stand (draft, scheduled for a time, published,
 * perhaps as of a past time). A null field means "as it is" (for a new article: empty). The body is HTML, which
 * is sanitized as everything stored is.
 *
 * @param leadImage   the lead picture's address (one of ours, or elsewhere) when {@code leadImageGiven}; null there removes it
 * @param leadImageAlt alt text and caption to give the lead picture, when not null
 */
public record ArticleOrder(String title, String slug, String dek, String html, List<Ref> authors, List<Ref> topics,
        boolean leadImageGiven, String leadImage, String leadImageAlt, String leadImageCaption, Boolean featured, Seo seo,
        Standing standing, Instant publishedAt) {

    public ArticleOrder {
        authors = authors == null ? null : List.copyOf(authors);
        topics = topics == null ? null : List.copyOf(topics);
    }

    /** Where the program wants the article to stand. */
    public enum Standing { DRAFT, SCHEDULED, PUBLISHED }

    /** An author or a topic named by id, slug, name or (authors) email address. */
    public record Ref(Kind kind, String value) {
        public enum Kind { ID, SLUG, NAME, EMAIL }
    }
}
