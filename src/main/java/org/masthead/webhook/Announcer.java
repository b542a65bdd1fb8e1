package org.masthead.webhook;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.masthead.article.Article;
import org.masthead.article.ArticleService;
import org.masthead.common.NotFound;
import org.masthead.platform.Database;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Tells publications, edits and withdrawals apart. Every write to an article raises {@code ArticleChanged};
 * after it commits, the article as it now is gets compared with what was last seen of it, and a change a
 * receiver cares about becomes one delivery per webhook of that event, written in the same transaction as
 * the new state seen, so a change is announced once or (if that transaction fails) not at all.
 *
 * <p>Only the serving process follows changes: an import run from the command line announces nothing. What
 * another process wrote is taken as it is ({@link AnnouncementStore#rememberUnseen}), so the first edit of an
 * imported article here is an edit, not a publication. An article changed here before that, of which nothing
 * is known, is announced only when it was just published or just written (within {@link #JUST_PUBLISHED}): an
 * imported article carries the dates it was written and first appeared, long past, while a program that writes
 * a piece and publishes it backdated in one call (the Admin API) has just written it.
 */
final class Announcer {
    private static final Logger log = LoggerFactory.getLogger(Announcer.class);
    static final Duration JUST_PUBLISHED = Duration.ofMinutes(10);

    private final Database db;
    private final ArticleService articles;
    private final PostPayloads payloads;
    private final AnnouncementStore seen;
    private final WebhookStore hooks;
    private final Clock clock;
    private final Runnable wakeWorker;
    private volatile boolean following;

    Announcer(Database db, ArticleService articles, PostPayloads payloads, WebhookStores stores, Clock clock, Runnable wakeWorker) {
        this.db = db;
        this.articles = articles;
        this.payloads = payloads;
        this.seen = stores.announcements;
        this.hooks = stores.hooks;
        this.clock = clock;
        this.wakeWorker = wakeWorker;
    }

    void follow() {
        following = true;
    }

    void stop() {
        following = false;
    }

    /** Takes what other processes wrote as it is (see the class comment); returns how many articles that was. */
    int catchUp() {
        // A change of this process's own is compared right after it commits; a minute's margin keeps this pass
        // from taking such a change as seen before its comparison ran. (Articles' updated_at is this same clock's.)
        return catchUp(clock.instant().minus(Duration.ofMinutes(1)));
    }

    int catchUp(Instant settled) {
        int taken = seen.rememberUnseen(settled, clock.instant());
        if (taken > 0) {
            log.info("Webhooks: took {} article(s) written elsewhere as they are, announcing nothing", taken);
        }
        return taken;
    }

    /** Compares the article with what was last seen of it; called after the change commits. */
    void articleChanged(long id) {
        if (!following) {
            return;
        }
        boolean queued = db.write(h -> {
            seen.lock(id);
            Article article;
            try {
                article = articles.find(id);
            } catch (NotFound gone) {
                return false;
            }
            ObjectNode current = payloads.current(article);
            ObjectNode snapshot = PostPayloads.snapshot(current);
            Optional<AnnouncementStore.Seen> before = seen.find(id);
            seen.remember(id, article.isPublished(), PostPayloads.JSON.writeValueAsString(snapshot), article.version(),
                    clock.instant());
            Optional<WebhookEvent.Change> change = change(before.orElse(null), article, snapshot);
            if (change.isEmpty()) {
                return false;
            }
            WebhookEvent event = WebhookEvent.of(article.kind(), change.get());
            String body = PostPayloads.envelope(event, current, previous(before.orElse(null), snapshot, change.get()));
            var receivers = hooks.activeFor(event);
            for (Webhook hook : receivers) {
                hooks.insertDelivery(hook.id(), event, id, article.title(), body, false, clock.instant());
            }
            return !receivers.isEmpty();
        });
        if (queued) {
            wakeWorker.run();
        }
    }

    private Optional<WebhookEvent.Change> change(AnnouncementStore.Seen before, Article now, ObjectNode snapshot) {
        if (before == null) {
            boolean justOut = now.isPublished() && (recent(now.publishedAt(), clock.instant())
                    // Articles' created_at is written with this same clock, as their updated_at (see catchUp).
                    || recent(seen.createdAt(now.id()).orElse(null), clock.instant()));
            return justOut ? Optional.of(WebhookEvent.Change.PUBLISHED) : Optional.empty();
        }
        if (!before.published() && now.isPublished()) {
            return Optional.of(WebhookEvent.Change.PUBLISHED);
        }
        if (before.published() && !now.isPublished()) {
            return Optional.of(WebhookEvent.Change.UNPUBLISHED);
        }
        if (!now.isPublished()) {
            return Optional.empty();
        }
        boolean edited = before.snapshot().isEmpty() ? before.version() != now.version()
                : PostPayloads.differ(PostPayloads.JSON.readTree(before.snapshot()), snapshot);
        return edited ? Optional.of(WebhookEvent.Change.EDITED) : Optional.empty();
    }

    private static boolean recent(Instant at, Instant now) {
        return at != null && Duration.between(at, now).abs().compareTo(JUST_PUBLISHED) <= 0;
    }

    private static ObjectNode previous(AnnouncementStore.Seen before, ObjectNode snapshot, WebhookEvent.Change change) {
        if (before != null && !before.snapshot().isEmpty()) {
            JsonNode old = PostPayloads.JSON.readTree(before.snapshot());
            return PostPayloads.previous(old, snapshot);
        }
        // CASE: nothing (or only the state) is known of the article before: say what the change itself implies.
        ObjectNode previous = PostPayloads.JSON.createObjectNode();
        switch (change) {
            case PUBLISHED -> previous.put("status", "draft").putNull("published_at");
            case UNPUBLISHED -> previous.put("status", "published");
            case EDITED -> { }
        }
        return previous;
    }
}
