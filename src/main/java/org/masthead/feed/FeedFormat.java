package org.masthead.feed;

/**
 * The formats a feed is written in, each at its own address beside the page it follows: for
 * {@code /author/ann-lee/}, RSS at {@code /author/ann-lee/feed/}, Atom at {@code /author/ann-lee/feed/atom/}
 * and JSON Feed at {@code /author/ann-lee/feed.json}.
 */
public enum FeedFormat {
    RSS("feed/", "application/rss+xml"),
    ATOM("feed/atom/", "application/atom+xml"),
    JSON("feed.json", "application/feed+json");

    private final String suffix;
    private final String mediaType;

    FeedFormat(String suffix, String mediaType) {
        this.suffix = suffix;
        this.mediaType = mediaType;
    }

    /** The feed's path for the path of the page it follows (which ends in a slash). */
    public String path(String pagePath) {
        return pagePath + suffix;
    }

    /** The media type without parameters, as in a link's {@code type}. */
    public String mediaType() {
        return mediaType;
    }

    /** The Content-Type of the answer. */
    public String contentType() {
        return mediaType + "; charset=utf-8";
    }

    /** The feed in this format, as UTF-8. */
    public byte[] write(Feed feed) {
        return switch (this) {
            case RSS -> RssWriter.write(feed);
            case ATOM -> AtomWriter.write(feed);
            case JSON -> JsonFeedWriter.write(feed);
        };
    }
}
