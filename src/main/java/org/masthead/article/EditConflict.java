package org.masthead.article;

import org.masthead.common.Conflict;

/**
 * A save made against an older version than the one stored: nothing was changed. Carries both versions,
 * so the person can see what the other saved and keep their own text.
 */
public final class EditConflict extends Conflict {
    private final Article current;
    private final ArticleDraft attempted;

    public EditConflict(Article current, ArticleDraft attempted) {
        super("someone saved this article while you were editing it; nothing of yours is lost, but it is not saved yet");
        this.current = current;
        this.attempted = attempted;
    }

    /** The version now stored, saved by someone else. */
    public Article current() {
        return current;
    }

    /** What this person tried to save. */
    public ArticleDraft attempted() {
        return attempted;
    }
}
