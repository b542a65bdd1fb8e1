package org.masthead.site;

import java.util.List;

/** An edition's own page: its heading, its lineup with the articles' summaries, and the editions around it. */
public record EditionView(PageMeta meta, EditionHeading heading, List<LineupEntry> entries, String previousPath,
        String nextPath) {}
