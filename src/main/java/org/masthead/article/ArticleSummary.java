package org.masthead.article;

import java.time.LocalDate;
import java.util.List;
import org.masthead.author.Byline;

/** An article as lists show it: lineups, author pages, archives. */
public record ArticleSummary(long id, String slug, String title, String dek, LocalDate publishedOn, Long editionId,
        boolean hasBody, List<Byline> authors) {
    public ArticleSummary {
        authors = List.copyOf(authors);
    }

    public String path() {
        return Permalink.of(publishedOn, slug);
    }
}
