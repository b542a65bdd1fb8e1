package org.masthead.markup;

import java.util.regex.Pattern;

/**
 * The classes a body keeps: those that say how a reader saw a part (aligned left, centred, full width), and
 * the magazine's own for the parts it styles (link cards, callouts, buttons, footnotes). Every other class is a
 * name for some other site's stylesheet or script and goes.
 */
final class BodyClasses {
    private static final Pattern KEPT = Pattern.compile("align(?:left|right|center|wide|full|none)"
            + "|has-text-align-(?:left|center|right|justify)"
            + "|wp-block-[a-z0-9-]{1,60}"
            + "|link-card(?:-[a-z]{1,20})?|callout(?:-[a-z]{1,20})?|button|footnotes?(?:-[a-z]{1,20})?|footnote-[a-z]{1,20}");

    private BodyClasses() {}

    /** The value with only the kept classes, or null (no attribute) when none is kept. */
    static String kept(String element, String attribute, String value) {
        var kept = new java.util.LinkedHashSet<String>();
        for (String name : value.strip().split("\\s+")) {
            if (KEPT.matcher(name).matches()) {
                kept.add(name);
            }
        }
        return kept.isEmpty() ? null : String.join(" ", kept);
    }
}
