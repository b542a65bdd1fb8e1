package org.masthead.catalog;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.masthead.common.Actor;
import org.masthead.common.Role;
import org.masthead.article.ArticleKind;
import org.masthead.common.Forbidden;
import org.masthead.common.NotFound;
import org.masthead.topic.Topic;

/**
 * Published content for programs: lists of articles, pages, authors and topics under a filter, in an order,
 * a page at a time, and single ones by id or slug. Only what readers may read is ever found here: published
 * articles and pages, and the authors and topics something published carries; anyone may read those, so
 * no actor is asked for. The desk methods show an editor's program every article whatever its state.
 */
public final class CatalogService {
    private final CatalogStore store;

    public CatalogService(CatalogStores stores) {
        this.store = stores.catalog;
    }

    /** The article (or page) an API id names, whichever kind it is; NotFound when it names none. */
    public long articleIdOf(String apiId) {
        return store.articleIdOf(apiId).orElseThrow(() -> new org.masthead.common.NotFound("not an id: " + apiId));
    }

    /** One page of published articles (or pages), with the whole list's total. */
    public Listing<Post> posts(ArticleKind kind, Browse browse, boolean withHtml) {
        return list(kind, browse, withHtml, false);
    }

    /** A published article (or page) by its id; NotFound for anything readers cannot see. */
    public Post post(ArticleKind kind, long id, boolean withHtml, boolean withAuthors, boolean withTopics) {
        return one(kind, store.postId(kind, id, false), String.valueOf(id), withHtml, withAuthors, withTopics);
    }

    /** A published article (or page) by its slug. */
    public Post postBySlug(ArticleKind kind, String slug, boolean withHtml, boolean withAuthors, boolean withTopics) {
        return one(kind, store.postIdBySlug(kind, slug, false), slug, withHtml, withAuthors, withTopics);
    }

    /** One page of every article (or page) whatever its state, for an editor's program; with authors and topics. */
    public Listing<Post> desk(Actor actor, ArticleKind kind, Browse browse) {
        requireEditor(actor);
        return list(kind, browse, true, true);
    }

    /** An article (or page) whatever its state, for an editor's program; with authors and topics. */
    public Post deskPost(Actor actor, ArticleKind kind, long id) {
        requireEditor(actor);
        return one(kind, store.postId(kind, id, true), String.valueOf(id), true, true, true);
    }

    public Post deskPostBySlug(Actor actor, ArticleKind kind, String slug) {
        requireEditor(actor);
        return one(kind, store.postIdBySlug(kind, slug, true), slug, true, true, true);
    }

    private Listing<Post> list(ArticleKind kind, Browse browse, boolean withHtml, boolean everything) {
        Listing<Long> ids = store.postIds(kind, browse, everything);
        List<Post> posts = store.posts(ids.items(), withHtml, browse.withAuthors(), browse.withTopics());
        return new Listing<>(posts, ids.page(), ids.limit(), ids.total());
    }

    private Post one(ArticleKind kind, Optional<Long> id, String asked, boolean withHtml, boolean withAuthors, boolean withTopics) {
        return id.flatMap(found -> store.posts(List.of(found), withHtml, withAuthors, withTopics).stream().findFirst())
                .orElseThrow(() -> new NotFound("no " + kind.code() + " " + asked));
    }

    private static void requireEditor(Actor actor) {
        if (!actor.atLeast(Role.EDITOR)) {
            throw new Forbidden("only editors see every article, whatever its state");
        }
    }

    /** One page of the topics published articles are filed under. */
    public Listing<Topic> topics(Browse browse) {
        return store.topics(browse);
    }

    public Topic topic(long id) {
        return store.topic("id", id).orElseThrow(() -> new NotFound("no topic " + id));
    }

    public Topic topicBySlug(String slug) {
        return store.topic("slug", slug).orElseThrow(() -> new NotFound("no topic " + slug));
    }

    /** One page of the authors of published articles. */
    public Listing<Writer> writers(Browse browse) {
        return store.writers(browse);
    }

    public Writer writer(long id) {
        return store.writer("id", id).orElseThrow(() -> new NotFound("no author " + id));
    }

    public Writer writerBySlug(String slug) {
        return store.writer("slug", slug).orElseThrow(() -> new NotFound("no author " + slug));
    }

    /** How many published articles carry each of these authors' bylines. */
    public Map<Long, Long> postsByAuthor(List<Long> authorIds) {
        return store.postCounts("article_authors", "author_id", authorIds);
    }

    /** How many published articles are filed under each of these topics. */
    public Map<Long, Long> postsByTopic(List<Long> topicIds) {
        return store.postCounts("article_topics", "topic_id", topicIds);
    }

    /** The id of the picture stored under this file name in the media library, if any. */
    public Optional<Long> pictureByFile(String fileName) {
        return store.pictureByFile(fileName);
    }
}
