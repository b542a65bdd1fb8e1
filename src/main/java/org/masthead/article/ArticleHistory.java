package org.masthead.article;

import java.util.List;
import org.masthead.common.Actor;
import org.masthead.audit.AuditLog;
import org.masthead.author.Author;
import org.masthead.author.AuthorService;
import org.masthead.common.NotFound;
import org.masthead.platform.Database;

/**
 * An article's past: every save kept as a revision, the differences between any two (or between the two
 * sides of an edit conflict), and restoring one as a new save. Who may see an article may see its history.
 */
public final class ArticleHistory {
    private final Database db;
    private final WorkflowService workflow;
    private final RevisionStore revisions;
    private final AuthorService authors;
    private final AuditLog audit;

    public ArticleHistory(Database db, ArticleStores stores, WorkflowService workflow, AuthorService authors, AuditLog audit) {
        this.db = db;
        this.workflow = workflow;
        this.revisions = stores.revisions;
        this.authors = authors;
        this.audit = audit;
    }

    public List<Revision> revisions(Actor actor, long id) {
        workflow.visible(actor, id);
        return revisions.list(id);
    }

    public Revision revision(Actor actor, long id, int number) {
        workflow.visible(actor, id);
        return revisions.find(id, number).orElseThrow(() -> new NotFound("article " + id + " has no revision " + number));
    }

    /** What changed from one revision to another. */
    public List<Differences.Line> compare(Actor actor, long id, int from, int to) {
        return Differences.between(revision(actor, id, from).asDraft(), revision(actor, id, to).asDraft(), this::names);
    }

    /** What the other person saved against what this person tried to save, for a conflict screen. */
    public List<Differences.Line> compare(EditConflict conflict) {
        Article theirs = conflict.current();
        var stored = new ArticleDraft(theirs.title(), theirs.slug(), theirs.dek(), theirs.body(), theirs.authorIds(),
                List.of(), theirs.leadImageId());
        ArticleDraft mine = conflict.attempted();
        var yours = mine.slug() == null ? new ArticleDraft(mine.title(), theirs.slug(), mine.dek(), mine.body(),
                mine.authorIds(), mine.topicIds(), mine.leadImageId()) : mine;
        return Differences.between(stored, yours, this::names);
    }

    private String names(List<Long> ids) {
        return ids.isEmpty() ? "none" : String.join(", ", authors.findByIds(ids).stream().map(Author::name).toList());
    }

    /** Makes an old revision the current content, as a new save (so the restore itself can be undone). */
    public Article restore(Actor actor, long id, int number, int baseVersion) {
        Revision old = revision(actor, id, number);
        return db.write(h -> {
            Article saved = workflow.save(actor, id, old.asDraft(), baseVersion);
            audit.record(actor, "article.restored", "article", id, "revision " + number);
            return saved;
        });
    }
}
