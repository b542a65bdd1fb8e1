package org.masthead.site;

import java.util.List;

/** A topic's page: its name and its articles, newest first. */
public record TopicView(PageMeta meta, String name, List<LineupEntry> articles, Pager pager) {}
