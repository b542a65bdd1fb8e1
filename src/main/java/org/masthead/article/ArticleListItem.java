package org.masthead.article;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.masthead.author.Byline;

/** An article as the editors' list shows it; {@code ready} when an editor has marked it, in review, ready to go out. */
public record ArticleListItem(long id, String title, ArticleStatus status, List<Byline> authors, LocalDate publishedOn,
        Instant updatedAt, Instant scheduledAt, LocalDate editionStartsOn, boolean ready) {
    /** Where it stands, as the newsroom's lists name it: its status, or "ready" for a piece in review marked ready. */
    public String state() {
        return ready && status == ArticleStatus.SUBMITTED ? "ready" : status.code();
    }
}
