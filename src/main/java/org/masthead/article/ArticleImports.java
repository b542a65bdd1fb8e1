package org.masthead.article;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.masthead.common.Actor;
import org.masthead.audit.AuditLog;
import org.masthead.edition.Edition;
import org.masthead.platform.Database;

/**
 * Articles written as another system had them, by an import or the demo acting as a named system actor
 * ({@code Actor.system("Import of a WordPress export")}): anyone's byline, any date, any state, with no edit to
 * check against a version. Only the system and admins may ({@link EditorialPolicy#canImport}). Creating, saving,
 * publishing and moving an article to another state are audited under the actor's name; the rest of an item
 * (featured, search-engine texts, title markup, old addresses) goes with the save it belongs to.
 */
public final class ArticleImports {
    private final Database db;
    private final ArticleService articles;
    private final RevisionStore revisions;
    private final AuditLog audit;
    private final Clock clock;

    public ArticleImports(Database db, ArticleStores stores, ArticleService articles, AuditLog audit, Clock clock) {
        this.db = db;
        this.articles = articles;
        this.revisions = stores.revisions;
        this.audit = audit;
        this.clock = clock;
    }

    /** Saves a new article or page as a draft, made by no one here. */
    public Article create(Actor actor, ArticleDraft draft, ArticleKind kind) {
        require(actor);
        return db.write(h -> {
            Article article = articles.create(draft, null, kind);
            audit.record(actor, "article.created", "article", article.id(), article.title());
            return article;
        });
    }

    /** Replaces an article's content with the source's, whoever saved it last. */
    public Article update(Actor actor, long id, ArticleDraft draft) {
        return audited(actor, "article.saved", "as imported", () -> articles.update(id, draft));
    }

    /** Publishes the article at its time, in the edition covering that day (a page in none). */
    public Article publish(Actor actor, long id, Instant at) {
        return audited(actor, "article.published", "as imported", () -> articles.publish(id, at));
    }

    /** Publishes the article into an edition, on its first day, at a place in its lineup (counted from 1). */
    public Article publishInEdition(Actor actor, long id, Edition edition, int position) {
        return audited(actor, "article.published", "as imported, in its edition",
                () -> articles.publishInEdition(id, edition, articles.startOf(edition.startsOn()), position));
    }

    /** Puts the article in a state other than published; a scheduled one carries its time. */
    public Article changeStatus(Actor actor, long id, ArticleStatus status, Instant scheduledAt) {
        return audited(actor, "article.status", status.code(), () -> articles.changeStatus(id, status, scheduledAt));
    }

    public Article setFeatured(Actor actor, long id, boolean featured) {
        require(actor);
        return articles.setFeatured(id, featured);
    }

    public Article setSeo(Actor actor, long id, Seo seo) {
        require(actor);
        return articles.setSeo(id, seo);
    }

    /** Keeps the title's markup where it came from; see {@link ArticleService#setTitleMarkup}. */
    public Article setTitleMarkup(Actor actor, long id, String html) {
        require(actor);
        return articles.setTitleMarkup(id, html);
    }

    /** Gives the article the time its source says it was written (nothing when null). */
    public void keepCreation(Actor actor, long id, Instant createdAt) {
        require(actor);
        articles.keepImportedCreation(id, createdAt);
    }

    /** Keeps an address the article had where it came from, which then redirects to it. */
    public void rememberOldAddress(Actor actor, String path, long id) {
        require(actor);
        articles.rememberOldAddress(path, id);
    }

    /**
     * Keeps the article as the import just wrote it as its next revision, saved by the actor, so the newsroom
     * can compare a later edit with what came in, and restore it.
     */
    public void keepRevision(Actor actor, Article written, List<Long> topicIds) {
        require(actor);
        // The import holds the article as it wrote it: no need to read it and its topics back.
        db.write(h -> revisions.keep(written, topicIds, actor.name(), clock.instant()));
    }

    /** Makes the change and audits it under the actor's name, in one transaction. */
    private Article audited(Actor actor, String action, String detail, java.util.function.Supplier<Article> change) {
        require(actor);
        return db.write(h -> {
            Article article = change.get();
            audit.record(actor, action, "article", article.id(), detail);
            return article;
        });
    }

    private static void require(Actor actor) {
        EditorialPolicy.require(EditorialPolicy.canImport(actor), "only an admin imports articles");
    }
}
