package org.masthead.markup;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * A link to something another site shows (a video, a post, a track, a bookmarked page) as a card the reader can
 * follow: its title when known, a line of description, and the provider's name with the address. Where WordPress
 * and Ghost embedded the provider's player (oEmbed), the magazine shows this card instead: no frame, no script,
 * nothing fetched from the provider, so no reader is tracked by it.
 */
public final class LinkCard {
    /** Hosts whose addresses WordPress and Ghost turn into players, and the names readers know them by. */
    private static final Map<String, String> PROVIDERS = Map.ofEntries(Map.entry("youtube.com", "YouTube"),
            Map.entry("youtu.be", "YouTube"), Map.entry("youtube-nocookie.com", "YouTube"), Map.entry("vimeo.com", "Vimeo"),
            Map.entry("twitter.com", "X (Twitter)"), Map.entry("x.com", "X (Twitter)"), Map.entry("soundcloud.com", "SoundCloud"),
            Map.entry("spotify.com", "Spotify"), Map.entry("instagram.com", "Instagram"), Map.entry("tiktok.com", "TikTok"),
            Map.entry("flickr.com", "Flickr"), Map.entry("reddit.com", "Reddit"), Map.entry("tumblr.com", "Tumblr"),
            Map.entry("dailymotion.com", "Dailymotion"), Map.entry("ted.com", "TED"), Map.entry("codepen.io", "CodePen"),
            Map.entry("bsky.app", "Bluesky"), Map.entry("mixcloud.com", "Mixcloud"), Map.entry("bandcamp.com", "Bandcamp"),
            Map.entry("slideshare.net", "SlideShare"), Map.entry("imgur.com", "Imgur"), Map.entry("giphy.com", "GIPHY"),
            Map.entry("wordpress.tv", "WordPress.tv"), Map.entry("kickstarter.com", "Kickstarter"), Map.entry("pinterest.com", "Pinterest"));
    /** A Mastodon (or other fediverse) post: any server, /@name/ and a number. */
    private static final Pattern FEDIVERSE_POST = Pattern.compile("^/@[\\w.-]+(?:@[\\w.-]+)?/\\d+/?$");
    private static final Pattern BARE_URL = Pattern.compile("^https?://[^\\s<>\"]+$");
    private static final Pattern YOUTUBE_PLAYER = Pattern.compile("^/embed/([\\w-]{6,20})");
    private static final Pattern VIMEO_PLAYER = Pattern.compile("^/video/(\\d+)");

    private LinkCard() {}

    /** The card for an address; title, description and publisher may be empty (the provider's name stands in). */
    public static String html(String url, String title, String description, String publisher) {
        String provider = publisher == null || publisher.isBlank() ? provider(url) : publisher.strip();
        StringBuilder out = new StringBuilder("<p class=\"link-card\"><a href=\"").append(Markup.escape(url)).append("\">");
        if (title != null && !title.isBlank()) {
            out.append("<strong class=\"link-card-title\">").append(Markup.escape(title.strip())).append("</strong>");
        }
        if (description != null && !description.isBlank()) {
            out.append("<span class=\"link-card-description\">").append(Markup.escape(description.strip())).append("</span>");
        }
        out.append("<span class=\"link-card-provider\">").append(Markup.escape(provider)).append("</span>")
                .append("<span class=\"link-card-url\">").append(Markup.escape(url)).append("</span></a></p>");
        return out.toString();
    }

    /** The provider's name for an address (YouTube, Mastodon…), else its host without "www.". */
    public static String provider(String url) {
        URI uri = uri(url);
        String host = uri == null || uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT).replaceFirst("^www\\.", "");
        for (var provider : PROVIDERS.entrySet()) {
            if (host.equals(provider.getKey()) || host.endsWith("." + provider.getKey())) {
                return provider.getValue();
            }
        }
        if (uri != null && uri.getRawPath() != null && FEDIVERSE_POST.matcher(uri.getRawPath()).matches()) {
            return "Mastodon";
        }
        return host.isEmpty() ? url : host;
    }

    /** Whether WordPress would have shown a player for this address written alone on its line. */
    static boolean embeddable(String url) {
        String provider = provider(url);
        return PROVIDERS.containsValue(provider) || provider.equals("Mastodon");
    }

    /**
     * The address a reader can follow for a player's frame: a YouTube or Vimeo player opens the video's page, a
     * Spotify or SoundCloud player the track's.
     */
    static String pageOf(String src) {
        URI uri = uri(src.startsWith("//") ? "https:" + src : src);
        if (uri == null || uri.getHost() == null) {
            return null;
        }
        String host = uri.getHost().toLowerCase(Locale.ROOT);
        String path = uri.getRawPath() == null ? "" : uri.getRawPath();
        Matcher youtube = YOUTUBE_PLAYER.matcher(path);
        if (host.contains("youtube") && youtube.find()) {
            return "https://www.youtube.com/watch?v=" + youtube.group(1);
        }
        Matcher vimeo = VIMEO_PLAYER.matcher(path);
        if (host.equals("player.vimeo.com") && vimeo.find()) {
            return "https://vimeo.com/" + vimeo.group(1);
        }
        if (host.equals("open.spotify.com") && path.startsWith("/embed/")) {
            return "https://open.spotify.com/" + path.substring("/embed/".length());
        }
        if (host.equals("w.soundcloud.com") && uri.getRawQuery() != null) {
            for (String pair : uri.getRawQuery().split("&")) {
                if (pair.startsWith("url=")) {
                    return URLDecoder.decode(pair.substring(4), StandardCharsets.UTF_8);
                }
            }
        }
        return uri.getScheme() != null && uri.getScheme().matches("(?i)https?") ? uri.toString() : null;
    }

    /**
     * A body with its embeds made cards: an address alone in its paragraph, WordPress's embed blocks, Ghost's embed
     * cards and any other player frame. A figure keeps its caption.
     */
    static String cards(String html) {
        if (!html.contains("http") || !(html.contains("<iframe") || html.contains("embed") || html.contains("<p"))) {
            return html;
        }
        Document body = Jsoup.parseBodyFragment(html);
        boolean changed = false;
        for (Element figure : body.select("figure.wp-block-embed, figure.kg-embed-card")) {
            String url = embedded(figure);
            if (url != null) {
                Element caption = figure.selectFirst("figcaption");
                figure.empty().append(html(url, "", "", ""));
                figure.classNames(java.util.Set.of("link-card-figure"));
                if (caption != null) {
                    figure.appendChild(caption);
                }
                changed = true;
            }
        }
        for (Element frame : body.select("iframe[src], embed[src]")) {
            String url = pageOf(frame.attr("src"));
            frame.before(url == null ? "" : html(url, frame.attr("title"), "", "")).remove();
            changed = true;
        }
        for (Element paragraph : body.select("p")) {
            String text = paragraph.text().strip();
            boolean alone = paragraph.children().isEmpty()
                    || paragraph.children().size() == 1 && paragraph.child(0).is("a") && paragraph.child(0).text().strip().equals(text);
            if (alone && BARE_URL.matcher(text).matches() && embeddable(text)) {
                paragraph.before(html(text, "", "", "")).remove();
                changed = true;
            }
        }
        if (!changed) {
            return html;
        }
        body.outputSettings().prettyPrint(false);
        return body.body().html();
    }

    /** The address an embed figure showed: the one written in WordPress's block, else its frame's, else its last link's. */
    private static String embedded(Element figure) {
        Element wrapper = figure.selectFirst(".wp-block-embed__wrapper");
        String written = wrapper == null ? "" : wrapper.text().strip();
        if (BARE_URL.matcher(written).matches()) {
            return written;
        }
        Element frame = figure.selectFirst("iframe[src], embed[src]");
        if (frame != null && pageOf(frame.attr("src")) != null) {
            return pageOf(frame.attr("src"));
        }
        var links = figure.select("a[href^=http]");
        return links.isEmpty() ? null : links.last().attr("href");
    }

    private static URI uri(String url) {
        try {
            return URI.create(url.strip());
        } catch (IllegalArgumentException notAnAddress) {
            return null;
        }
    }
}
