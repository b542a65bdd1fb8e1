package org.masthead.article;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.masthead.author.Byline;

/**
 * An article with everything a reader's page shows of it, its authors in byline order among them, and
 * what the newsroom keeps: its version (raised by every save), who created it, when it is scheduled, and
 * when it last changed (a save, a change of status or of place in an edition); whether it is featured (a
 * WordPress sticky post, a Ghost featured one) and what it tells search engines when that differs from its
 * title and dek; and, while it waits in review, an editor's mark that it is ready to go out (null until then). Its title is plain text; {@code titleMarkup} is the same title with the inline markup the system it
 * came from showed (WordPress's {@code <em>}, {@code <sup>}), sanitized, or null.
 */
public record Article(long id, String slug, String title, String titleMarkup, String dek, Body body, Long leadImageId,
        ArticleStatus status, Instant publishedAt, LocalDate publishedOn, Long editionId, Integer lineupPosition,
        List<Byline> authors, int version, Long createdBy, Instant scheduledAt, ArticleKind kind, Instant updatedAt,
        boolean featured, Seo seo, ReadyMark ready) {

    public Article {
        authors = List.copyOf(authors);
        seo = seo == null ? Seo.NONE : seo;
    }

    /** The title as its page's heading shows it: its markup when it has some, else its plain text escaped. */
    public String titleHtml() {
        return titleMarkup != null ? titleMarkup : org.masthead.markup.Markup.escape(title);
    }

    /** Whether an editor has marked this piece, in review, ready to go out. */
    public boolean isReady() {
        return ready != null;
    }

    public boolean isPublished() {
        return status == ArticleStatus.PUBLISHED;
    }

    /** The article's address; only published articles have one. A page's address has no date. */
    public String path() {
        if (kind == ArticleKind.PAGE) {
            return "/" + org.masthead.common.Slugs.inPath(slug) + "/";
        }
        if (publishedOn == null) {
            throw new IllegalStateException("article " + id + " is not published and has no address");
        }
        return Permalink.of(publishedOn, slug);
    }

    public boolean isPage() {
        return kind == ArticleKind.PAGE;
    }

    public List<Long> authorIds() {
        return authors.stream().map(Byline::id).toList();
    }
}
