package org.masthead.admin;

import java.time.ZoneId;
import java.util.List;
import org.masthead.article.Article;
import org.masthead.article.ArticleDesk;
import org.masthead.article.ArticleListItem;
import org.masthead.article.Differences;
import org.masthead.article.Note;
import org.masthead.article.Revision;

/** The typed views of the article screens. */
public final class ArticleViews {
    private ArticleViews() {}

    /** The list, with the filter as chosen and the links to the neighbouring pages. */
    public record ArticleList(List<ArticleListItem> articles, FormState filter, List<String> statuses, String newerPath,
            String olderPath, String zone) {}

    /**
     * The editing screen. {@code id} is null for a new article. {@code conflict} holds the differences
     * between what another person saved and this person's text when their save was refused.
     */
    public record Editor(Long id, FormState form, String status, boolean canEdit, boolean canPublish, boolean canReview,
            List<Note> notes, int revisionCount, String publicPath, String scheduledFor, String zone,
            List<Differences.Line> conflict, String previewHtml, String notice, org.masthead.media.Image leadImage,
            boolean page, List<String> suggestedTopics) {

        /** A new article ({@code page} false) or page, its form as it starts, before anything is typed. */
        static Editor blank(FormState form, ZoneId zone, boolean page) {
            return unsaved(form, "", zone, page);
        }

        /** A new article or page refused when first saved: what was typed, the errors, and the body's preview. */
        static Editor withErrors(FormState refused, String previewHtml, ZoneId zone, boolean page) {
            return unsaved(refused, previewHtml, zone, page);
        }

        private static Editor unsaved(FormState form, String previewHtml, ZoneId zone, boolean page) {
            return new Editor(null, form, "new", true, false, false, List.of(), 0, null, null, zone.getId(), null,
                    previewHtml, null, null, page, List.of());
        }

        /**
         * A saved article or page as its desk shows it to this person, with the form as shown, the body's preview,
         * the differences of a refused save (or null) and a notice of what was just done (or null).
         */
        static Editor of(ArticleDesk desk, FormState form, String previewHtml, List<Differences.Line> conflict, String notice,
                ZoneId zone, List<String> suggestedTopics) {
            Article article = desk.article();
            return new Editor(article.id(), form, article.status().code(), desk.canEdit(), desk.canPublish(), desk.canReview(),
                    desk.notes(), desk.revisionCount(), article.isPublished() ? article.path() : null,
                    article.scheduledAt() == null ? null : AdminFormat.dateTime(article.scheduledAt(), zone), zone.getId(),
                    conflict, previewHtml, notice, desk.leadImage(), article.isPage(), suggestedTopics);
        }
    }

    public record Pages(List<ArticleListItem> pages) {}

    public record Revisions(long id, String title, List<Revision> revisions, int version, boolean canEdit, String problem) {}

    public record Comparison(long id, String title, int from, int to, List<Differences.Line> lines) {}
}
