package org.masthead.common;

/** How a name someone typed (an author's, a topic's, a person's) is kept: one rule for every feature. */
public final class Names {
    private Names() {}

    /** The name on one line: trimmed, each run of white space one space; empty for none. */
    public static String clean(String name) {
        return name == null ? "" : name.strip().replaceAll("\\s+", " ");
    }
}
