package org.masthead.site;

import java.util.List;

/** An author's page: the name, where they are, their links, the bio and the articles, newest first. */
public record AuthorView(PageMeta meta, String name, String location, List<ProfileLink> links, String bioHtml,
        List<LineupEntry> articles, Pager pager) {}
