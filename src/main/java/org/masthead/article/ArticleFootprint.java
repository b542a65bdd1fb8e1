package org.masthead.article;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Where an article stands in what readers see, apart from its words: whether it is out, at which address, in which
 * edition and place, under which authors and topics, featured or not. Two footprints that are equal put the article
 * in the same lists at the same places; an edit that keeps it changes only the pages that show the article.
 */
public record ArticleFootprint(boolean shown, ArticleKind kind, String slug, Instant publishedAt, LocalDate publishedOn,
        Long editionId, Integer lineupPosition, boolean featured, List<Long> authorIds, List<Long> topicIds) {
    public ArticleFootprint {
        authorIds = List.copyOf(authorIds);
        topicIds = List.copyOf(topicIds);
    }
}
