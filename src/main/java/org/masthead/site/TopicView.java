package org.masthead.site;

import java.util.List;

/** A topic's page: its name, its description (on the first page) and its articles, newest first. */
public record TopicView(PageMeta meta, String name, String description, List<LineupEntry> articles, Pager pager) {}
