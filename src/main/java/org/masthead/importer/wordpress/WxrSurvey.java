package org.masthead.importer.wordpress;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.masthead.author.AuthorProfile;
import org.masthead.importer.ImportOutcome;
import org.masthead.importer.ImportSink;
import org.masthead.importer.SourceAuthor;
import org.masthead.importer.SourceTopic;

/**
 * The first pass over an export: its writers (users, Co-Authors Plus guest authors and bylines), its terms (the
 * header's and those only posts name), which attachments are featured images, and the site's offset from UTC. It
 * keeps small maps only, never a post, and then sends the writers and topics before any post needs them.
 */
final class WxrSurvey implements WxrParser.Visitor {
    /** Taxonomies that hold no topic: menus, post formats, and Co-Authors Plus's own bylines. */
    private static final Set<String> NOT_TOPICS = Set.of("nav_menu", "post_format", "link_category", "author",
            "wp_theme", "wp_template_part_area", "wp_pattern_category", "product_type", "product_visibility");

    private final Map<String, SourceAuthor> authors = new LinkedHashMap<>();
    private final Map<String, String> loginBySlug = new HashMap<>();
    private final Map<String, String> bylineNames = new LinkedHashMap<>();
    private final Map<String, SourceTopic> topics = new LinkedHashMap<>();
    private final Set<String> thumbnails = new HashSet<>();
    /** The line of each id's last item: an id given twice (a hand-edited export) is the later item only. */
    private final Map<String, Integer> lastLine = new HashMap<>();
    private final List<String[]> unreadable = new ArrayList<>();
    private int attachments;
    private Duration offset = Duration.ZERO;

    @Override
    public void author(WxrChannel.Author author) {
        String login = Texts.orEmpty(author.login());
        if (login.isEmpty()) {
            unreadable.add(new String[] {"author at line " + author.line() + (Texts.blank(author.displayName()) ? "" : " “"
                    + Texts.line(author.displayName()) + "”"), "it has no login (wp:author_login), which posts name writers by"});
            return;
        }
        String full = (Texts.orEmpty(author.firstName()) + " " + Texts.orEmpty(author.lastName())).strip();
        String name = Texts.line(!Texts.blank(author.displayName()) ? author.displayName() : !full.isEmpty() ? full : login);
        var profile = new AuthorProfile(author.email(), null, "", null, null, null);
        authors.putIfAbsent(login, new SourceAuthor(login, name, slugOf(login, name), "", profile, null));
        loginBySlug.putIfAbsent(Texts.slugKey(login), login);
    }

    @Override
    public void term(WxrChannel.Term term) {
        String taxonomy = Texts.orEmpty(term.taxonomy());
        String slug = Texts.blank(term.slug()) ? term.name() : term.slug();
        if (NOT_TOPICS.contains(taxonomy) || Texts.blank(slug)) {
            return;
        }
        String key = key(taxonomy, slug);
        if (key == null) {
            return;
        }
        String parent = Texts.blank(term.parentSlug()) ? null : key(taxonomy, term.parentSlug());
        String name = Texts.line(Texts.blank(term.name()) ? Texts.decode(slug) : term.name());
        topics.put(key, new SourceTopic(key, name, Texts.slugKey(slug), Texts.plain(term.description()), parent));
    }

    @Override
    public void item(WxrItem item) {
        String type = item.type();
        if (!Texts.blank(item.postId())) {
            lastLine.put(item.postId().strip(), item.line());
        }
        if (type.equals("attachment")) {
            attachments++;
        } else if (type.equals("guest-author")) {
            guestAuthor(item);
        }
        String thumbnail = item.meta("_thumbnail_id");
        if (!Texts.blank(thumbnail)) {
            thumbnails.add(thumbnail.strip());
        }
        for (WxrItem.Category category : item.categories()) {
            if ("author".equals(category.domain())) {
                bylineNames.putIfAbsent(bylineSlug(category), Texts.line(category.name()));
            } else {
                String key = topicKey(category, item.categories());
                if (key != null && !topics.containsKey(key)) {
                    String slug = Texts.blank(category.nicename()) ? category.name() : category.nicename();
                    topics.put(key, new SourceTopic(key, Texts.line(category.name()), Texts.slugKey(slug), "", null));
                }
            }
        }
        WxrDates.offset(item.postDate(), item.postDateGmt()).ifPresent(found -> offset = found);
    }

    /** A Co-Authors Plus guest author, kept as a post of its own with the person's details in its meta. */
    private void guestAuthor(WxrItem item) {
        String slug = Texts.slugKey(Texts.blank(item.postName()) ? item.meta("cap-user_login") : item.postName())
                .replaceFirst("^cap-", "");
        if (slug.isEmpty()) {
            return;
        }
        String name = Texts.line(firstOf(item.meta("cap-display_name"), item.title(), slug));
        var profile = new AuthorProfile(item.meta("cap-user_email"), web(item.meta("cap-website")), "", null, null, null);
        authors.putIfAbsent("guest:" + slug, new SourceAuthor("guest:" + slug, name, Texts.slugOrNull(slug),
                Texts.plain(item.meta("cap-description")), profile, null));
    }

    /** Sends the writers and then the topics, broader ones first. */
    void send(ImportSink sink) {
        unreadable.forEach(problem -> sink.failed(ImportOutcome.Item.AUTHOR, problem[0], problem[1]));
        authors.values().forEach(sink::author);
        bylineNames.forEach((slug, name) -> {
            if (!loginBySlug.containsKey(slug) && !authors.containsKey("guest:" + slug)) {
                sink.author(new SourceAuthor("guest:" + slug, name.isEmpty() ? slug : name, Texts.slugOrNull(slug), "", null, null));
            }
        });
        Set<String> sent = new HashSet<>();
        for (SourceTopic topic : topics.values()) {
            sendTopic(topic, sink, sent, 0);
        }
    }

    private void sendTopic(SourceTopic topic, ImportSink sink, Set<String> sent, int depth) {
        if (!sent.add(topic.key())) {
            return;
        }
        SourceTopic parent = topic.parentKey() == null ? null : topics.get(topic.parentKey());
        if (parent != null && depth < 20) {
            sendTopic(parent, sink, sent, depth + 1);
        }
        boolean parentKnown = parent != null && !parent.key().equals(topic.key());
        sink.topic(parentKnown ? topic : new SourceTopic(topic.key(), topic.name(), topic.slug(), topic.description(), null));
    }

    /** The key of the writer a Co-Authors Plus byline names: a user's login when it is one, else a guest author's. */
    String bylineKey(WxrItem.Category category) {
        String slug = bylineSlug(category);
        String login = loginBySlug.get(slug);
        return login != null ? login : "guest:" + slug;
    }

    /** The topic a post's category stands for, or null for one that is no topic (a post format, the default category). */
    static String topicKey(WxrItem.Category category, List<WxrItem.Category> all) {
        String domain = category.domain();
        String slug = Texts.blank(category.nicename()) ? category.name() : category.nicename();
        if (domain == null || domain.isEmpty()) {
            // WXR 1.0 repeats each category without a domain; alone, a plain RSS category is a category.
            boolean repeated = all.stream().anyMatch(other -> other.domain() != null && !other.domain().isEmpty());
            return repeated ? null : key("category", slug);
        }
        return NOT_TOPICS.contains(domain) ? null : key(domain, slug);
    }

    static String key(String taxonomy, String slug) {
        String made = Texts.slugKey(slug);
        if (made.isEmpty() || taxonomy.equals("category") && made.equals("uncategorized")) {
            return null;
        }
        return (taxonomy.equals("post_tag") ? "tag" : taxonomy) + ":" + made;
    }

    private static String bylineSlug(WxrItem.Category category) {
        String slug = Texts.blank(category.nicename()) ? category.name() : category.nicename();
        return Texts.slugKey(slug).replaceFirst("^cap-", "");
    }

    /**
     * The login when it is a slug (the author's address keeps its shape); else, for a name the slugs cannot spell
     * (one in Chinese, say), the login's own letters, so the writer still has an address.
     */
    private static String slugOf(String login, String name) {
        String kept = Texts.slugOrNull(login);
        if (kept != null || !org.masthead.common.Slugs.of(name).isEmpty()) {
            return kept;
        }
        String fromLogin = org.masthead.common.Slugs.of(login.replaceFirst("@.*$", ""));
        return fromLogin.isEmpty() ? null : fromLogin;
    }

    private static String web(String url) {
        return url != null && url.strip().matches("(?i)https?://[^\\s\"<>]{1,500}") ? url.strip() : null;
    }

    private static String firstOf(String... texts) {
        for (String text : texts) {
            if (!Texts.blank(text)) {
                return text;
            }
        }
        return "";
    }

    Set<String> thumbnails() {
        return thumbnails;
    }

    int attachments() {
        return attachments;
    }

    /** The site's offset from UTC, as its last post with both dates shows it; zero when none does. */
    Duration offset() {
        return offset;
    }

    /** The line of the last item with this id, when a later item has it too; else empty. */
    java.util.Optional<Integer> laterItemWithId(WxrItem item) {
        Integer last = Texts.blank(item.postId()) ? null : lastLine.get(item.postId().strip());
        return last != null && last > item.line() ? java.util.Optional.of(last) : java.util.Optional.empty();
    }
}
