package org.masthead.article;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.masthead.author.Byline;

/** An article as the editors' list shows it. */
public record ArticleListItem(long id, String title, ArticleStatus status, List<Byline> authors, LocalDate publishedOn,
        Instant updatedAt, Instant scheduledAt, LocalDate editionStartsOn) {}
