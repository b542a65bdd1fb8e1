package org.masthead.site;

import java.util.List;
import org.masthead.sharing.ShareLink;

/**
 * The share bar above and below an article: a link per network the magazine chose, and the article's own
 * address, which the copy-link control offers (a plain link without JavaScript; with it, a copy to the
 * clipboard).
 */
public record ShareBar(List<ShareLink> links, String permalink) {
    public ShareBar {
        links = List.copyOf(links);
    }
}
