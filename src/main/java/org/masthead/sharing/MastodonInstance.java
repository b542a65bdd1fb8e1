package org.masthead.sharing;

import java.net.IDN;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A reader's Mastodon server, by its host name only. Sharing sends the reader to {@code https://HOST/share}
 * and nowhere else: whatever was typed, no other scheme, port, path or address can come out of it.
 */
public record MastodonInstance(String host) {
    /** The longest text passed on to the server's share page; a toot is 500 characters on most servers. */
    public static final int MAX_TEXT = 500;

    // Labels of letters, digits and inner hyphens; a top-level domain of letters (or an IDN's xn--), so never
    // an IP address nor a name such as "localhost" that only means something on the reader's own network.
    private static final Pattern HOST = Pattern.compile(
            "(?=.{4,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\\.)+(?:[a-z]{2,63}|xn--[a-z0-9-]{1,59})");

    public MastodonInstance {
        if (!HOST.matcher(host).matches()) {
            throw new IllegalArgumentException("not a host name: " + host);
        }
    }

    /**
     * The server a reader typed, as people type it: {@code mastodon.social}, {@code https://Mastodon.Social/},
     * or their handle {@code @ann@mastodon.social}. Empty when it names no server on the internet.
     */
    public static Optional<MastodonInstance> parse(String typed) {
        if (typed == null || typed.length() > 300) {
            return Optional.empty();
        }
        String text = typed.strip().toLowerCase(Locale.ROOT);
        text = text.replaceFirst("^https?://", "");
        if (text.endsWith("/")) {
            text = text.substring(0, text.length() - 1);
        }
        text = text.substring(text.lastIndexOf('@') + 1);
        if (text.endsWith(".")) {
            text = text.substring(0, text.length() - 1);
        }
        try {
            String ascii = IDN.toASCII(text, IDN.USE_STD3_ASCII_RULES);
            return HOST.matcher(ascii).matches() ? Optional.of(new MastodonInstance(ascii)) : Optional.empty();
        } catch (IllegalArgumentException notAName) {
            return Optional.empty();
        }
    }

    /**
     * The server's own share page with the post filled in: the title, shortened if need be so that the
     * article's address always fits whole.
     */
    public URI shareUrl(String title, String url) {
        int room = Math.max(0, MAX_TEXT - url.length() - 1);
        String shown = title.strip();
        if (shown.length() > room && room < 2) {
            shown = "";
        } else if (shown.length() > room) {
            // Room for the ellipsis; an emoji (two chars) is never cut in half.
            int end = room - 1;
            if (Character.isHighSurrogate(shown.charAt(end - 1))) {
                end--;
            }
            shown = shown.substring(0, end) + "…";
        }
        String text = shown.isEmpty() ? url : shown + " " + url;
        String encoded = URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
        return URI.create("https://" + host + "/share?text=" + encoded);
    }
}
