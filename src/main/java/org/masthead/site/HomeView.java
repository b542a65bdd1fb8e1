package org.masthead.site;

import java.util.List;

/** The home page and its older pages: editions, newest first. */
public record HomeView(PageMeta meta, List<LineupBlock> editions, Pager pager) {}
