package org.masthead.site;

import java.util.List;
import org.masthead.author.Byline;

/**
 * The story the home page leads with: its headline (titleHtml, as {@link ArticleView}'s), dek, byline and day,
 * and its lead picture with the credit line (null when it has none to show).
 */
public record LeadStory(String titleHtml, String path, String dek, List<Byline> authors, String date, String isoDate,
        LeadImage image) {
    public LeadStory {
        authors = List.copyOf(authors);
    }
}
