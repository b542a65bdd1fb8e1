package org.masthead.article;

import java.util.List;
import org.masthead.media.Image;
import org.masthead.topic.Topic;

/**
 * An article on its editing screen: its content and lead image (or null), notes, how many revisions, and
 * what the person may do.
 */
public record ArticleDesk(Article article, List<Topic> topics, Image leadImage, List<Note> notes, int revisionCount,
        boolean canEdit, boolean canPublish, boolean canReview) {}
