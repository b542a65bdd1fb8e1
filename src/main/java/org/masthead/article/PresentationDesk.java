package org.masthead.article;

import org.masthead.common.Actor;
import org.masthead.audit.AuditLog;
import org.masthead.platform.Database;

/**
 * How an article is put before readers beyond its text, whoever asks (the editing screen, a program): featured or
 * not, and what it tells search engines and social networks. Each change checks the actor's rights and is audited;
 * asking for what already is changes nothing and needs no right beyond seeing the article.
 */
public final class PresentationDesk {
    private final Database db;
    private final ArticleService articles;
    private final AuditLog audit;

    public PresentationDesk(Database db, ArticleService articles, AuditLog audit) {
        this.db = db;
        this.articles = articles;
        this.audit = audit;
    }

    /** Sets the article's search-engine and sharing texts; anyone who may edit the article may. */
    public Article describe(Actor actor, long id, Seo seo) {
        return db.write(h -> {
            Article current = EditorialPolicy.visible(actor, articles.find(id));
            if (seo.equals(current.seo())) {
                return current;
            }
            EditorialPolicy.require(EditorialPolicy.canEdit(actor, current), "you cannot edit this article");
            Article described = articles.setSeo(id, seo);
            audit.record(actor, "article.seo", "article", id, current.title());
            return described;
        });
    }

    /** Features the article (pins it above the lineup) or stops featuring it; editors only. */
    public Article feature(Actor actor, long id, boolean featured) {
        return db.write(h -> {
            Article current = EditorialPolicy.visible(actor, articles.find(id));
            if (current.featured() == featured) {
                return current;
            }
            EditorialPolicy.require(EditorialPolicy.canFeature(actor), "only editors choose which articles are featured");
            Article changed = articles.setFeatured(id, featured);
            audit.record(actor, featured ? "article.featured" : "article.unfeatured", "article", id, current.title());
            return changed;
        });
    }
}
