package org.masthead.article;

import java.util.List;
import org.masthead.author.AuthorService;
import org.masthead.common.Actor;
import org.masthead.common.Invalid;
import org.masthead.common.Role;
import org.masthead.topic.TopicService;

/** What the editing screen sends, made into a draft of ids (authors and topics found or created), and compared. */
final class ArticleDrafts {
    private final AuthorService authors;
    private final TopicService topics;

    ArticleDrafts(AuthorService authors, TopicService topics) {
        this.authors = authors;
        this.topics = topics;
    }

    /** Whether saving the draft would change nothing of the article's content. */
    boolean sameContent(Article current, ArticleDraft draft) {
        return current.title().equals(draft.title()) && current.dek().equals(draft.dek())
                && (draft.slug() == null || current.slug().equals(draft.slug()))
                && current.body().format() == draft.body().format() && current.body().source().equals(draft.body().source())
                && current.authorIds().equals(draft.authorIds())
                && java.util.Objects.equals(current.leadImageId(), draft.leadImageId())
                && topics.ofArticle(current.id()).stream().map(org.masthead.topic.Topic::id).toList().equals(draft.topicIds());
    }

    /** Names of authors and topics made into ids, creating the new ones. */
    ArticleDraft of(Actor actor, DraftInput input) {
        // Two spellings of one name ("Isis, ISIS") are one author or topic, named once.
        List<Long> authorIds = input.authorNames().stream().map(name -> byline(actor, name)).distinct().toList();
        List<Long> topicIds = input.topicNames().stream().map(name -> topics.findOrCreate(name).id()).distinct().toList();
        return new ArticleDraft(input.title(), input.slug(), input.dek(), input.body(), authorIds, topicIds, input.leadImageId());
    }

    /** An editor's byline names a writer, added if new; others choose among the magazine's writers. */
    private long byline(Actor actor, String name) {
        if (actor.atLeast(Role.EDITOR)) {
            return authors.findOrCreate(name).id();
        }
        return authors.findByName(name).orElseThrow(() -> new Invalid("authors",
                "“" + name + "” has no byline here yet; an editor adds new writers")).id();
    }
}
