package org.masthead.feed;

import org.masthead.common.XmlText;
import java.time.Instant;
import java.util.List;

/**
 * One feed, whatever the format it is written in: its title and description, the page it follows
 * ({@code pagePath}, such as {@code /author/ann-lee/}), its entries newest first (an edition's in lineup order),
 * when its content last changed ({@code updated}, written into the feed) and the last change to anything a
 * feed shows ({@code lastModified}, for HTTP's Last-Modified: a change that drops an entry counts too).
 */
public record Feed(String title, String description, String language, String baseUrl, String pagePath, Instant updated,
        Instant lastModified, List<FeedEntry> entries) {

    public Feed {
        title = XmlText.clean(title);
        description = XmlText.clean(description);
        entries = List.copyOf(entries);
    }

    /** The absolute address of the page the feed follows. */
    public String pageUrl() {
        return baseUrl + pagePath;
    }

    /** The absolute address of this feed in a format. */
    public String url(FeedFormat format) {
        return baseUrl + format.path(pagePath);
    }
}
