package org.masthead.site;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.masthead.common.Slugs;

/**
 * The addresses WordPress and Ghost gave their lists, answered with where the same list is here: a category's
 * or a tag's page is a topic's ({@code /category/news/world/} and {@code /tag/world/} are {@code /topic/world/}),
 * with its pages and its feed; Ghost's {@code /rss/} feeds are our {@code /feed/}. Only topics and authors that
 * exist are sent on; anything else stays "not found".
 */
public final class FormerAddresses {
    /** {@code /category/a/b/} (nested categories: the last one is the topic) or {@code /tag/b/}, then what follows. */
    private static final Pattern TOPIC = Pattern.compile("^/(?:category(?:/[^/]+)*?|tag)/([^/]+)/(page/[1-9]\\d{0,5}/|feed/|rss/)?$");
    private static final Pattern AUTHOR_FEED = Pattern.compile("^/author/([^/]+)/rss/$");
    private static final Pattern SITE_FEED = Pattern.compile("^/(?:rss|feed/rss2?|feed/rdf)/$");

    private final Predicate<String> topicExists;
    private final Predicate<String> authorExists;

    public FormerAddresses(Predicate<String> topicExists, Predicate<String> authorExists) {
        this.topicExists = topicExists;
        this.authorExists = authorExists;
    }

    /** Where the list an old address named is now, if it is one we have. */
    public Optional<String> locate(String rawPath) {
        String path = rawPath.replaceAll("/{2,}", "/");
        if (!path.endsWith("/")) {
            path = path + "/";
        }
        if (SITE_FEED.matcher(path).matches()) {
            return Optional.of("/feed/");
        }
        Matcher topic = TOPIC.matcher(path);
        if (topic.matches()) {
            String slug = slug(topic.group(1));
            if (slug != null && topicExists.test(slug)) {
                return Optional.of("/topic/" + Slugs.inPath(slug) + "/" + rest(topic.group(2)));
            }
            return Optional.empty();
        }
        Matcher author = AUTHOR_FEED.matcher(path);
        if (author.matches()) {
            String slug = slug(author.group(1));
            if (slug != null && authorExists.test(slug)) {
                return Optional.of("/author/" + Slugs.inPath(slug) + "/feed/");
            }
        }
        return Optional.empty();
    }

    private static String rest(String tail) {
        if (tail == null) {
            return "";
        }
        return tail.equals("rss/") ? "feed/" : tail;
    }

    private static String slug(String segment) {
        try {
            String slug = URLDecoder.decode(segment.replace("+", "%2B"), StandardCharsets.UTF_8);
            return Slugs.isSlug(slug) ? slug : null;
        } catch (IllegalArgumentException badEscape) {
            return null;
        }
    }
}
