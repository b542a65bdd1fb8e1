package org.masthead.site;

import java.util.Set;

/** What a change makes the readers' kept pages forget: those filed under some tags ({@link PageTags}), or all of them. */
public interface KeptPages {
    /** Forgets every page filed under any of these tags. */
    void forget(Set<String> tags);

    /** Forgets every page. */
    void clear();
}
