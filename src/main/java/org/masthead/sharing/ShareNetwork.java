package org.masthead.sharing;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The places a reader can share an article to, each by a plain link to that network's own share page (for
 * Mastodon, to the magazine's page that asks for the reader's server): no script from the network is ever
 * loaded, so nothing tracks the reader until they click, and no link carries a tracking parameter.
 */
public enum ShareNetwork {
    FACEBOOK("Facebook", "https://www.facebook.com/sharer/sharer.php?u={url}"),
    X("X (Twitter)", "https://x.com/intent/post?url={url}&text={title}"),
    REDDIT("Reddit", "https://www.reddit.com/submit?url={url}&title={title}"),
    BLUESKY("Bluesky", "https://bsky.app/intent/compose?text={title}%20{url}"),
    // CASE: Mastodon has no central share page: our own page asks for the reader's server, then sends them there.
    MASTODON("Mastodon", "/share/mastodon/?url={url}&text={title}"),
    THREADS("Threads", "https://www.threads.net/intent/post?text={title}%20{url}"),
    LINKEDIN("LinkedIn", "https://www.linkedin.com/sharing/share-offsite/?url={url}"),
    WHATSAPP("WhatsApp", "https://wa.me/?text={title}%20{url}"),
    TELEGRAM("Telegram", "https://t.me/share/url?url={url}&text={title}"),
    HACKER_NEWS("Hacker News", "https://news.ycombinator.com/submitlink?u={url}&t={title}"),
    EMAIL("Email", "mailto:?subject={title}&body={url}");

    private final String label;
    private final String template;

    ShareNetwork(String label, String template) {
        this.label = label;
        this.template = template;
    }

    public String label() {
        return label;
    }

    /** The name used in the {@code share.networks} setting, e.g. {@code bluesky} or {@code hacker-news}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static Optional<ShareNetwork> fromCode(String code) {
        String wanted = code.strip().toLowerCase(Locale.ROOT);
        if (wanted.equals("twitter")) {
            return Optional.of(X);
        }
        return Arrays.stream(values()).filter(network -> network.code().equals(wanted)).findFirst();
    }

    /** The share link for an article at this address with this title. */
    public ShareLink linkFor(String url, String title) {
        String href = template.replace("{url}", encode(url)).replace("{title}", encode(title));
        return new ShareLink(code(), label, href);
    }

    private static String encode(String text) {
        // %20 rather than '+', which mail programs show as a plus sign.
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
