package org.masthead.site;

import java.util.List;

/**
 * The home page and its older pages: the lead story and the other featured articles (first page only; lead null
 * when there is none), then editions, newest first.
 */
public record HomeView(PageMeta meta, LeadStory lead, List<LineupEntry> featured, List<LineupBlock> editions, Pager pager) {
    public HomeView {
        featured = List.copyOf(featured);
    }
}
