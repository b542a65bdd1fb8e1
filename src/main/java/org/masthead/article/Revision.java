package org.masthead.article;

import java.time.Instant;
import java.util.List;

/** The content of an article as one save left it. Numbered from 1 for each article. */
public record Revision(int number, String title, String slug, String dek, BodyFormat bodyFormat, String bodySource,
        Long leadImageId, List<Long> authorIds, List<Long> topicIds, String savedBy, Instant savedAt) {

    /** The revision as a draft, to restore it. */
    public ArticleDraft asDraft() {
        Body body = switch (bodyFormat) {
            case MARKDOWN -> Body.markdown(bodySource);
            case HTML -> Body.html(bodySource);
            case NONE -> Body.none();
        };
        return new ArticleDraft(title, slug, dek, body, authorIds, topicIds, leadImageId);
    }
}
