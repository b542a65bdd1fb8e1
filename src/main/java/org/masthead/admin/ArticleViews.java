package org.masthead.admin;

import java.util.List;
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
            boolean page, List<String> suggestedTopics) {}

    public record Pages(List<ArticleListItem> pages) {}

    public record Revisions(long id, String title, List<Revision> revisions, int version, boolean canEdit, String problem) {}

    public record Comparison(long id, String title, int from, int to, List<Differences.Line> lines) {}
}
