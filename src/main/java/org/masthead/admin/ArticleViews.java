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
            boolean page, List<String> suggestedTopics, LeadPicker picker, String script,
            List<org.masthead.article.ParagraphMerge.Place> places, String readyMark) {

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
                    previewHtml, null, null, page, List.of(), LeadPicker.NONE, null, List.of(), null);
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
                    conflict, previewHtml, notice, desk.leadImage(), article.isPage(), suggestedTopics, LeadPicker.NONE, null, List.of(),
                    article.isReady() ? "marked ready by " + article.ready().by() + ", " + AdminFormat.dateTime(article.ready().at(), zone)
                            : null);
        }

        /** The same screen, offering these pictures to lead it, with the editor's script at this address. */
        Editor with(LeadPicker offered, String editorScript) {
            return new Editor(id, form, status, canEdit, canPublish, canReview, notes, revisionCount, publicPath, scheduledFor,
                    zone, conflict, previewHtml, notice, leadImage, page, suggestedTopics, offered, editorScript, places, readyMark);
        }

        /** The same screen after a conflict, offering to merge the two texts at these places. */
        Editor merging(List<org.masthead.article.ParagraphMerge.Place> differing) {
            return new Editor(id, form, status, canEdit, canPublish, canReview, notes, revisionCount, publicPath, scheduledFor,
                    zone, conflict, previewHtml, notice, leadImage, page, suggestedTopics, picker, script, differing, readyMark);
        }

        /** Whether the editor's script saves the piece as it is typed: only one not out yet, by someone who may edit it. */
        public boolean autosaves() {
            // CASE: after a conflict the person decides between the versions; typing on must not decide for them.
            return id != null && canEdit && conflict == null && !List.of("published", "scheduled").contains(status);
        }

        /** What stopped the last save or step, one entry per field at fault, each linking to its field. */
        public List<FieldError> errors() {
            return FIELD_LABELS.entrySet().stream().filter(field -> form.error(field.getKey()) != null)
                    .map(field -> new FieldError(field.getKey(), field.getValue(), form.error(field.getKey()))).toList();
        }
    }

    /**
     * The lead picture's choice: the pictures offered (the chosen one first, then the library's newest) and, when the
     * chosen one cannot go out yet, the form for its missing alt text, credit and licence (else null).
     */
    public record LeadPicker(List<org.masthead.media.Image> offered, FormState credit, List<MediaViews.Choice> licences) {
        static final LeadPicker NONE = new LeadPicker(List.of(), null, List.of());
    }

    /** A field's error, for the summary beside the buttons: the field's id, its label, what is wrong. */
    public record FieldError(String field, String label, String message) {}

    /** The editing screen's fields by their ids, in the order the form shows them, with the labels it shows. */
    private static final java.util.Map<String, String> FIELD_LABELS = orderedLabels("title", "Headline", "dek", "Dek",
            "slug", "Address", "authors", "Authors", "topics", "Topics", "image", "Lead picture", "alt", "Alt text",
            "credit", "Credit", "creditUrl", "Credit link", "licence", "Licence", "body", "Text",
            "meta_title", "Title for search results", "meta_description", "Description for search results",
            "canonical_url", "Original address", "og_title", "Open Graph title", "og_description", "Open Graph description",
            "x_title", "X title", "x_description", "X description", "when", "Go out at");

    private static java.util.Map<String, String> orderedLabels(String... pairs) {
        var labels = new java.util.LinkedHashMap<String, String>();
        for (int i = 0; i < pairs.length; i += 2) {
            labels.put(pairs[i], pairs[i + 1]);
        }
        return java.util.Collections.unmodifiableMap(labels);
    }

    public record Pages(List<ArticleListItem> pages) {}

    public record Revisions(long id, String title, List<Revision> revisions, int version, boolean canEdit, String problem) {}

    public record Comparison(long id, String title, int from, int to, List<Differences.Line> lines) {}
}
