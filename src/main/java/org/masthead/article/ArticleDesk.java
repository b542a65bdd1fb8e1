package org.masthead.article;

import java.util.List;
import org.masthead.topic.Topic;

/** An article on its editing screen: its content, notes, how many revisions, and what the person may do. */
public record ArticleDesk(Article article, List<Topic> topics, List<Note> notes, int revisionCount, boolean canEdit,
        boolean canPublish, boolean canReview) {}
