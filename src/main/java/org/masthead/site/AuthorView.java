package org.masthead.site;

import java.util.List;

/**
 * An author's page: the name, their picture (null when none) with the classes that crop it about its focal point
 * (empty for its centre), where they are, their links, the bio and the articles, newest first.
 */
public record AuthorView(PageMeta meta, String name, String pictureSrc, String pictureFocus, String location, List<ProfileLink> links, String bioHtml,
        List<LineupEntry> articles, Pager pager) {}
