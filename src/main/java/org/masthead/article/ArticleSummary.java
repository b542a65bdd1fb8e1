package org.masthead.article;

import java.time.LocalDate;
import java.util.List;
import org.masthead.author.Byline;

/** An article as lists show it: lineups, author pages, archives; {@code titleMarkup} as {@link Article}'s. */
public record ArticleSummary(long id, String slug, String title, String titleMarkup, String dek, LocalDate publishedOn, Long editionId,
        boolean hasBody, List<Byline> authors) {
    public ArticleSummary {
        authors = List.copyOf(authors);
    }

    /** The title as a list shows it: its markup when it has some, else its plain text escaped. */
    public String titleHtml() {
        return titleMarkup != null ? titleMarkup : org.masthead.markup.Markup.escape(title);
    }

    public String path() {
        return Permalink.of(publishedOn, slug);
    }
}
