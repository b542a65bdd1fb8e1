package org.masthead.article;

import java.util.List;

/**
 * What a writer, an editor or an import gives for an article. A null slug is derived from the title;
 * authors are in byline order.
 */
public record ArticleDraft(String title, String slug, String dek, Body body, List<Long> authorIds,
        List<Long> topicIds, Long leadImageId) {
    public ArticleDraft {
        authorIds = List.copyOf(authorIds);
        topicIds = List.copyOf(topicIds);
        dek = dek == null ? "" : dek.strip();
    }

    public ArticleDraft withAuthors(List<Long> authors) {
        return new ArticleDraft(title, slug, dek, body, authors, topicIds, leadImageId);
    }
}
