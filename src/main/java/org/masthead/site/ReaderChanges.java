package org.masthead.site;

import java.util.HashSet;
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
 * featured), also the lists it leaves and joins, with the editions' lineups and the feeds. Anything else (an author's
 * bio, a topic, a picture's credit, the settings, a table no one has sorted here yet) forgets every page.
 */
public final class ReaderChanges implements Consumer<Changes> {
    /** Tables no public page or feed reads. */
    static final Set<String> UNSEEN = Set.of("api_keys", "article_notes", "article_revisions", "audit_log", "import_keys",
            "login_failures", "password_resets", "sessions", "users", "webhook_announcements", "webhook_deliveries",
            "webhooks", "subscribers", "subscribe_attempts", "newsletter_sends", "newsletter_deliveries");
    /** Tables whose changes the article stores name, article by article. */
    static final Set<String> ARTICLES = Set.of("articles", "article_authors", "article_topics");
    /** More articles than this changed at once (an import) forget every page rather than work out each. */
    static final int MOST_ARTICLES = 200;

    private final PageCache cache;
    private final Footprints footprints;

    public ReaderChanges(PageCache cache, Footprints footprints) {
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
        Set<String> tags = ARTICLES.containsAll(seen) ? articleTags(changes.touched()) : null;
        if (tags == null) {
            cache.clear();
        } else if (!tags.isEmpty()) {
            tags.add(PageTags.UNTRACKED);
            cache.forget(tags);
        }
    }

    /** The tags of the pages the articles' changes reached; null when that cannot be told (forget everything). */
    private Set<String> articleTags(Map<String, Object> touched) {
        if (touched.isEmpty() || touched.size() > MOST_ARTICLES) {
            return null;
        }
        Set<String> tags = new HashSet<>();
        for (var entry : touched.entrySet()) {
            if (!entry.getKey().startsWith("article:") || entry.getValue() == Changes.UNKNOWN) {
                return null;
            }
            long id = Long.parseLong(entry.getKey().substring("article:".length()));
            tags.addAll(reached(id, (ArticleFootprint) entry.getValue(), footprints.of(id)));
        }
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
        if (wasShown && isShown && before.equals(now)) {
            return tags;
        }
        tags.add(PageTags.EDITIONS);
        for (ArticleFootprint side : new ArticleFootprint[] {before, now}) {
            if (side != null && side.shown()) {
                side.authorIds().forEach(author -> tags.add(PageTags.author(author)));
                side.topicIds().forEach(topic -> tags.add(PageTags.topic(topic)));
            }
        }
        return tags;
    }
}
