package org.masthead.audit;

import java.time.Clock;
import java.util.List;
import org.masthead.common.Actor;
import org.masthead.common.Forbidden;
import org.masthead.common.Page;
import org.masthead.common.PageRequest;
import org.masthead.common.Role;

/**
 * The record of every editorial and account action. Entries are written inside the transaction of the
 * action they describe, so an action is never recorded without happening, nor happens unrecorded.
 */
public final class AuditLog {
    private final AuditStore store;
    private final Clock clock;

    public AuditLog(AuditStores stores, Clock clock) {
        this.store = stores.entries;
        this.clock = clock;
    }

    public void record(Actor actor, String action, String subjectType, Long subjectId, String detail) {
        store.insert(clock.instant(), actor, action, subjectType, subjectId, detail);
    }

    /** The newest entries first; for editors and admins. */
    public Page<AuditEntry> recent(Actor reader, PageRequest request) {
        if (!reader.atLeast(Role.EDITOR)) {
            throw new Forbidden("only editors and admins read the audit log");
        }
        return Page.fromLookahead(store.recent(request), request);
    }

    /**
     * The newest entries about articles and editions, for the dashboard: an editor's are everyone's ({@code articleIds}
     * null); anyone else's only about the articles given (their own), never the editions. Autosaves are left out.
     */
    public List<AuditEntry> latestWork(Actor reader, List<Long> articleIds, int limit) {
        List<String> leftOut = List.of("article.autosaved");
        if (reader.atLeast(Role.EDITOR) && articleIds == null) {
            return store.latest(List.of("article", "edition"), leftOut, null, limit);
        }
        if (articleIds == null || articleIds.isEmpty()) {
            return List.of();
        }
        return store.latest(List.of("article"), leftOut, articleIds, limit);
    }

    /** What happened to one thing, oldest first. */
    public List<AuditEntry> about(String subjectType, long subjectId) {
        return store.about(subjectType, subjectId);
    }
}
