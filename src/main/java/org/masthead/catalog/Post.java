package org.masthead.catalog;

import java.time.Instant;
import java.util.List;
import org.masthead.article.ArticleKind;
import org.masthead.article.Seo;
import org.masthead.topic.Topic;

/**
 * An article or page with what an API shows of it: published, unless an editor's program asked for everything.
 * {@code status} is draft, scheduled or published (the newsroom's other states are drafts to a program);
 * {@code publishedAt} is when it went out, or is set to; {@code path} is null until it is out. {@code html} is
 * null when the magazine knows the piece only by its title; {@code picture} is null when it has no lead
 * picture. Authors and topics are empty unless the list was asked to bring them. {@code apiId} is its id as the APIs
 * give it: the one it came with from Ghost, else one made from {@code id} (see {@link Ids}).
 */
public record Post(long id, String apiId, ArticleKind kind, String status, String slug, String title, String dek, String html,
        boolean featured, Seo seo, Instant publishedAt, Instant createdAt, Instant updatedAt, String path, Picture picture,
        List<Writer> authors, List<Topic> topics) {
    public Post {
        authors = List.copyOf(authors);
        topics = List.copyOf(topics);
    }

    public boolean isPublished() {
        return "published".equals(status);
    }
}
