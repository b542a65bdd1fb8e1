package org.masthead.site;

import java.util.List;

/** An author's page: the name, the bio and the articles, newest first. */
public record AuthorView(PageMeta meta, String name, String bioHtml, List<LineupEntry> articles, Pager pager) {}
