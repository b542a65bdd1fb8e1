package org.masthead.site;

import java.util.List;

/** The home page and its older pages: the featured articles (first page only), then editions, newest first. */
public record HomeView(PageMeta meta, List<LineupEntry> featured, List<LineupBlock> editions, Pager pager) {
    public HomeView {
        featured = List.copyOf(featured);
    }
}
