package org.masthead.site;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.masthead.article.ArticleFootprint;
import org.masthead.article.Footprints;
import org.masthead.platform.Changes;

/**
 * After each commit, forgets the kept pages the change reached, and no others. What readers never see (sessions,
 * sign-in failures, revisions, notes, the audit log, webhooks, newsletter subscribers and deliveries) forgets nothing. A change to articles alone forgets
 * the pages that show them; when one comes out, goes, or moves (another day, place, author, topic, address,
 * featured), also the lists it leaves and joins, with the editions' lineups and the feeds. A change to an author
 * forgets the pages printing them or showing their articles; to a topic or a picture, the pages showing it; to an
 * edition, the lists of editions; each, the feeds and the sitemaps (a picture, only the feeds). An old address
 * remembered forgets the redirects kept. Anything else (the settings, a table no one has sorted here yet, a write
 * whose store did not name what it changed) forgets every page.
 */
public final class ReaderChanges implements Consumer<Changes> {
    /** Tables no public page or feed reads. */
    static final Set<String> UNSEEN = Set.of("api_keys", "article_notes", "article_revisions", "audit_log", "import_keys",
            "login_failures", "password_resets", "sessions", "users", "webhook_announcements", "webhook_deliveries",
            "webhooks", "subscribers", "subscribe_attempts", "newsletter_sends", "newsletter_deliveries");
    /** Tables whose stores name each thing they change, and the kind of name they give ({@code article:42}). */
    static final Map<String, String> NAMED = Map.of("articles", "article:", "article_authors", "article:",
            "article_topics", "article:", "authors", "author:", "topics", "topic:", "images", "picture:", "editions", "edition:",
            "redirects", "address:");
    /** More things than this named at once (an import) forget every page rather than work out each. */
    static final int MOST_ARTICLES = 200;

    private final KeptPages cache;
    private final Footprints footprints;

    public ReaderChanges(KeptPages cache, Footprints footprints) {
        this.cache = cache;
        this.footprints = footprints;
    }

    @Override
    public void accept(Changes changes) {
        Set<String> seen = new HashSet<>(changes.tables());
        seen.removeAll(UNSEEN);
        if (seen.isEmpty()) {
            return;
        }
        Set<String> tags = named(seen, changes.touched()) ? tags(changes.touched()) : null;
        if (tags == null) {
            cache.clear();
        } else if (!tags.isEmpty()) {
            tags.add(PageTags.UNTRACKED);
            cache.forget(tags);
        }
    }

    /** Whether each table written is one whose stores name what they touch, and they named something of its kind. */
    private static boolean named(Set<String> tables, Map<String, Object> touched) {
        for (String table : tables) {
            String kind = NAMED.get(table);
            if (kind == null || touched.keySet().stream().noneMatch(key -> key.startsWith(kind))) {
                return false;
            }
        }
        return true;
    }

    /** The tags of the pages the named changes reached; null when that cannot be told (forget everything). */
    private Set<String> tags(Map<String, Object> touched) {
        if (touched.isEmpty() || touched.size() > MOST_ARTICLES) {
            return null;
        }
        Set<String> tags = new HashSet<>();
        for (var entry : touched.entrySet()) {
            String key = entry.getKey();
            int colon = key.indexOf(':');
            long id;
            try {
                id = Long.parseLong(key.substring(colon + 1));
            } catch (NumberFormatException | IndexOutOfBoundsException e) {
                return null;
            }
            Set<String> reached = switch (key.substring(0, Math.max(colon, 0))) {
                case "article" -> entry.getValue() == Changes.UNKNOWN ? null
                        : reached(id, (ArticleFootprint) entry.getValue(), footprints.of(id));
                case "author" -> author(id, footprints.articlesBy(id));
                case "topic" -> Set.of(PageTags.subject(id), PageTags.topic(id), PageTags.FEEDS, PageTags.SITEMAPS);
                case "picture" -> Set.of(PageTags.picture(id), PageTags.FEEDS);
                // An edition's label and dates head its page, the lineups on every list of editions and its feed.
                case "edition" -> Set.of(PageTags.EDITIONS, PageTags.FEEDS, PageTags.SITEMAPS);
                // An old address of article id now leads to it: the redirects kept are forgotten, not the pages.
                case "address" -> Set.of(PageTags.ADDRESSES);
                default -> null;
            };
            if (reached == null) {
                return null;
            }
            tags.addAll(reached);
        }
        return tags;
    }

    /**
     * What a change to author {@code id} (name, slug, bio, picture) reached: the pages printing them, their list, and
     * every page showing one of their articles (a byline taken from the search index carries no author's number).
     */
    static Set<String> author(long id, List<Long> articles) {
        Set<String> tags = new HashSet<>(Set.of(PageTags.writer(id), PageTags.author(id), PageTags.FEEDS, PageTags.SITEMAPS));
        articles.forEach(article -> tags.add(PageTags.article(article)));
        return tags;
    }

    /** What a change to article {@code id} reached, from where it stood before (null: nowhere) and after. */
    static Set<String> reached(long id, ArticleFootprint before, Optional<ArticleFootprint> after) {
        ArticleFootprint now = after.orElse(null);
        boolean wasShown = before != null && before.shown();
        boolean isShown = now != null && now.shown();
        Set<String> tags = new HashSet<>();
        if (!wasShown && !isShown) {
            return tags;
        }
        tags.add(PageTags.article(id));
        tags.add(PageTags.FEEDS);
        // Each article's entry in the sitemap says when it last changed.
        tags.add(PageTags.SITEMAPS);
        if (wasShown && isShown && before.equals(now)) {
            return tags;
        }
        tags.add(PageTags.EDITIONS);
        tags.add(PageTags.ADDRESSES);
        for (ArticleFootprint side : new ArticleFootprint[] {before, now}) {
            if (side != null && side.shown()) {
                side.authorIds().forEach(author -> tags.add(PageTags.author(author)));
                side.topicIds().forEach(topic -> tags.add(PageTags.topic(topic)));
                if (side.kind() == org.masthead.article.ArticleKind.PAGE) {
                    // Every page links About and Donate by their page's address, or not while none is out there.
                    tags.add(PageTags.pageAt(side.slug()));
                }
            }
        }
        return tags;
    }
}
