package org.masthead.article;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.masthead.common.Actor;
import org.masthead.common.Role;
import org.masthead.audit.AuditLog;
import org.masthead.author.AuthorService;
import org.masthead.common.Invalid;
import org.masthead.media.Image;
import org.masthead.media.MediaService;
import org.masthead.platform.Database;
import org.masthead.platform.Events;
import org.masthead.platform.Scheduler;
import org.masthead.topic.TopicService;

/**
 * The newsroom's work on articles: writing, saving without losing anyone's edits, submitting for review,
 * sending back, scheduling, publishing and unpublishing, notes. Each step checks the actor's rights here
 * (never only in a screen), keeps a revision when content changes, and is audited. Reading the revisions is
 * {@link ArticleHistory}'s work; the lists are {@link ArticleLists}'.
 */
public final class WorkflowService implements Scheduler.Work {
    private final Database db;
    private final ArticleService articles;
    private final AuthorService authors;
    private final ArticleStore store;
    private final RevisionStore revisions;
    private final TopicService topics;
    private final MediaService media;
    private final PresentationDesk presenting;
    private final AuditLog audit;
    private final Events events;
    private final Clock clock;
    private final ArticleDrafts drafts;
    private final ReadyMarks ready;

    public WorkflowService(Database db, ArticleStores stores, ArticleService articles, AuthorService authors,
            TopicService topics, MediaService media, PresentationDesk presenting, AuditLog audit, Events events, Clock clock) {
        this.db = db;
        this.events = events;
        this.articles = articles;
        this.authors = authors;
        this.store = stores.articles;
        this.revisions = stores.revisions;
        this.topics = topics;
        this.media = media;
        this.presenting = presenting;
        this.audit = audit;
        this.clock = clock;
        this.drafts = new ArticleDrafts(authors, topics);
        this.ready = new ReadyMarks(store, articles, clock, this::transition);
    }

    /** An editor's "ready" on pieces in review. */
    public ReadyMarks ready() {
        return ready;
    }

    /** An article with what the actor may do to it, for its editing screen. */
    public ArticleDesk open(Actor actor, long id) {
        Article article = visible(actor, id);
        return new ArticleDesk(article, topics.ofArticle(id), media.findOptional(article.leadImageId()).orElse(null),
                revisions.notes(id), revisions.list(id).size(),
                EditorialPolicy.canEdit(actor, article), EditorialPolicy.canPublish(actor, article),
                EditorialPolicy.canReview(actor));
    }

    /** A new page (About, Donate, Contact); editors and admins write pages. */
    public Article writePage(Actor actor, DraftInput input) {
        EditorialPolicy.require(actor.atLeast(Role.EDITOR), "editors and admins write the magazine's pages");
        return db.write(h -> {
            ArticleDraft draft = drafts.of(actor, input);
            Article page = articles.create(draft, actor.userId(), ArticleKind.PAGE);
            revisions.keep(page, draft.topicIds(), actor.name(), clock.instant());
            audit.record(actor, "page.created", "article", page.id(), page.title());
            return page;
        });
    }

    /**
     * A new draft written by a program on the newsroom's behalf (an admin API key, acting as an editor): its
     * byline is what it names, perhaps none yet; nothing goes out without one.
     */
    public Article writeFor(Actor actor, DraftInput input) {
        EditorialPolicy.require(actor.atLeast(Role.EDITOR), "only an editor's program writes a piece without its own byline");
        return db.write(h -> {
            ArticleDraft draft = drafts.of(actor, input);
            Article article = articles.create(draft, actor.userId(), ArticleKind.ARTICLE);
            revisions.keep(article, draft.topicIds(), actor.name(), clock.instant());
            audit.record(actor, "article.created", "article", article.id(), article.title());
            return article;
        });
    }

    /** A new draft from the editing screen; with no authors named, it carries the writer's own byline. */
    public Article write(Actor actor, DraftInput input, long actorsByline) {
        return db.write(h -> write(actor, drafts.of(actor, input), actorsByline));
    }

    /** Saves the editing screen's content against {@code baseVersion}; see {@link #save(Actor, long, ArticleDraft, int)}. */
    public Article save(Actor actor, long id, DraftInput input, int baseVersion) {
        return db.write(h -> save(actor, id, drafts.of(actor, input), baseVersion));
    }

    /**
     * Saves a piece as it is being written, without a button: only one not out yet (a draft, sent back, or in review),
     * and only over the version it was edited from ({@link EditConflict} otherwise, as for a save). One person's
     * autosaves within ten minutes of each other make one revision, not one per pause in typing.
     */
    public Article autosave(Actor actor, long id, DraftInput input, int baseVersion) {
        return db.write(h -> {
            Article current = visible(actor, id);
            if (current.isPublished() || current.status() == ArticleStatus.SCHEDULED) {
                throw new Invalid("a piece that is out or scheduled is saved with its Save button, not automatically");
            }
            ArticleDraft draft = drafts.of(actor, input);
            if (current.version() != baseVersion) {
                throw new EditConflict(current, draft);
            }
            return drafts.sameContent(current, draft) ? current : save(actor, id, draft, baseVersion, true);
        });
    }

    /** Makes a picture from the library the article's lead image, as a save of its own. */
    public Article chooseLeadImage(Actor actor, long id, long imageId) {
        return db.write(h -> {
            Article current = visible(actor, id);
            media.find(imageId);
            List<Long> topicIds = topics.ofArticle(id).stream().map(org.masthead.topic.Topic::id).toList();
            var draft = new ArticleDraft(current.title(), current.slug(), current.dek(), current.body(), current.authorIds(),
                    topicIds, imageId);
            return save(actor, id, draft, current.version());
        });
    }

    /** What the editing screen's buttons do after saving. */
    public enum Step { SAVE, SUBMIT, PUBLISH, SCHEDULE }

    /**
     * Saves the screen's content (when it changed and the actor may edit it), then takes the step, all in one
     * transaction: if the step is refused, the save is undone too and the screen shows everything as typed.
     * A form made from an older version than the one stored is refused with {@link EditConflict}.
     */
    public Article saveThen(Actor actor, long id, DraftInput input, int baseVersion, Step step, Instant when) {
        return saveThen(actor, id, input, null, baseVersion, step, when);
    }

    /**
     * As {@link #saveThen(Actor, long, DraftInput, int, Step, Instant)}, also setting how the article is presented
     * (null leaves it as it is): anyone who may edit it sets what it tells search engines; only editors feature it.
     */
    public Article saveThen(Actor actor, long id, DraftInput input, Presentation presentation, int baseVersion, Step step,
            Instant when) {
        return db.write(h -> {
            if (presentation != null) {
                visible(actor, id);
                presenting.describe(actor, id, presentation.seo());
                presenting.feature(actor, id, presentation.featured());
            }
            Article current = visible(actor, id);
            ArticleDraft draft = drafts.of(actor, input);
            if (current.version() != baseVersion) {
                throw new EditConflict(current, draft);
            }
            if (EditorialPolicy.canEdit(actor, current) && !drafts.sameContent(current, draft)) {
                save(actor, id, draft, baseVersion);
            }
            return switch (step) {
                case SAVE -> articles.find(id);
                case SUBMIT -> submit(actor, id);
                case PUBLISH -> publishNow(actor, id);
                case SCHEDULE -> schedule(actor, id, when);
            };
        });
    }

    /** A new draft; with no authors given, it carries the writer's own byline. */
    public Article write(Actor actor, ArticleDraft draft, long actorsByline) {
        ArticleDraft withByline = draft.authorIds().isEmpty() ? draft.withAuthors(List.of(actorsByline)) : draft;
        if (!actor.atLeast(Role.EDITOR) && !withByline.authorIds().contains(actorsByline)) {
            throw new Invalid("authors", "your own byline must be among the authors of what you write");
        }
        return db.write(h -> {
            Article article = articles.create(withByline, actor.userId(), ArticleKind.ARTICLE);
            revisions.keep(article, withByline.topicIds(), actor.name(), clock.instant());
            audit.record(actor, "article.created", "article", article.id(), article.title());
            return article;
        });
    }

    /**
     * Saves new content made against {@code baseVersion}. If someone saved in between, nothing changes and
     * {@link EditConflict} carries both versions.
     */
    public Article save(Actor actor, long id, ArticleDraft draft, int baseVersion) {
        return save(actor, id, draft, baseVersion, false);
    }

    private Article save(Actor actor, long id, ArticleDraft draft, int baseVersion, boolean automatic) {
        return db.write(h -> {
            Article current = visible(actor, id);
            EditorialPolicy.require(EditorialPolicy.canEdit(actor, current), current.status() == ArticleStatus.PUBLISHED
                    ? "only its author or an editor can change a published article"
                    : "you can change only your own drafts; this one is " + current.status().code());
            if (current.isPublished() || current.status() == ArticleStatus.SCHEDULED) {
                requireCreditedImage(draft.leadImageId());
            }
            if (revisions.list(id).isEmpty()) {
                // CASE: made by an import or the demo, never saved here: its first state is history too.
                revisions.keep(current, topics.ofArticle(id).stream().map(org.masthead.topic.Topic::id).toList(),
                        "before its first edit", current.publishedAt() != null ? current.publishedAt() : clock.instant());
            }
            boolean changed = !drafts.sameContent(current, draft);
            Article saved = ready.afterSave(actor, current, articles.update(id, draft, baseVersion), changed);
            if (!automatic) {
                int number = revisions.keep(saved, draft.topicIds(), actor.name(), clock.instant());
                audit.record(actor, "article.saved", "article", id, "revision " + number);
            } else {
                revisions.keepAutosave(saved, draft.topicIds(), actor.name(), clock.instant())
                        .ifPresent(number -> audit.record(actor, "article.autosaved", "article", id, "revision " + number));
            }
            return saved;
        });
    }

    public Article submit(Actor actor, long id) {
        return transition(actor, id, "article.submitted", article -> {
            EditorialPolicy.require(EditorialPolicy.owns(actor, article) || actor.atLeast(Role.EDITOR),
                    "you can submit only your own articles");
            ArticleStatus.require(article, ArticleStatus.DRAFT, ArticleStatus.UNPUBLISHED);
            return articles.changeStatus(id, ArticleStatus.SUBMITTED, null);
        });
    }

    /** Returns a submitted article to its writer as a draft, with a note saying why. */
    public Article sendBack(Actor actor, long id, String note) {
        return transition(actor, id, "article.sent_back", article -> {
            EditorialPolicy.require(EditorialPolicy.canReview(actor) || EditorialPolicy.owns(actor, article),
                    "only an editor can send an article back");
            ArticleStatus.require(article, ArticleStatus.SUBMITTED, ArticleStatus.SCHEDULED);
            if (article.status() == ArticleStatus.SCHEDULED) {
                // A writer may withdraw what waits for review, not take a piece out of what is set to go out.
                EditorialPolicy.require(EditorialPolicy.canPublish(actor, article),
                        "this piece is scheduled to go out; ask an editor to unschedule it");
                events.publish(new ScheduleChanged("article", id));
            }
            if (note != null && !note.isBlank()) {
                addNote(actor, id, note);
            }
            return articles.changeStatus(id, ArticleStatus.DRAFT, null);
        });
    }

    public Article publishNow(Actor actor, long id) {
        return transition(actor, id, "article.published", article -> {
            EditorialPolicy.require(EditorialPolicy.canPublish(actor, article), publishRefusal(actor));
            ArticleStatus.require(article, ArticleStatus.DRAFT, ArticleStatus.SUBMITTED, ArticleStatus.SCHEDULED, ArticleStatus.UNPUBLISHED);
            requireReady(article);
            return articles.publish(id, clock.instant());
        });
    }

    /**
     * Publishes an article dated at a time that has come: backdated, as a program moving an archive in asks, or
     * a published article given another date (its old address redirects). The same rules as publishing now.
     */
    public Article publishAt(Actor actor, long id, Instant at) {
        if (at.isAfter(clock.instant())) {
            throw new Invalid("published_at", "a time to come is a schedule; schedule the article for it instead");
        }
        return transition(actor, id, "article.published", article -> {
            EditorialPolicy.require(EditorialPolicy.canPublish(actor, article), publishRefusal(actor));
            ArticleStatus.require(article, ArticleStatus.DRAFT, ArticleStatus.SUBMITTED, ArticleStatus.SCHEDULED, ArticleStatus.UNPUBLISHED,
                    ArticleStatus.PUBLISHED);
            requireReady(article);
            if (article.status() == ArticleStatus.SCHEDULED) {
                events.publish(new ScheduleChanged("article", id));
            }
            return articles.publish(id, at);
        });
    }

    /** Schedules an article to go out by itself at a time to come. */
    public Article schedule(Actor actor, long id, Instant at) {
        return transition(actor, id, "article.scheduled", article -> {
            EditorialPolicy.require(EditorialPolicy.canPublish(actor, article), publishRefusal(actor));
            ArticleStatus.require(article, ArticleStatus.DRAFT, ArticleStatus.SUBMITTED, ArticleStatus.SCHEDULED, ArticleStatus.UNPUBLISHED);
            if (!at.isAfter(clock.instant())) {
                throw new Invalid("when", "a schedule needs a time to come; to publish now, use Publish");
            }
            requireReady(article);
            events.publish(new ScheduleChanged("article", id));
            return articles.changeStatus(id, ArticleStatus.SCHEDULED, at);
        });
    }

    public Article unschedule(Actor actor, long id) {
        return transition(actor, id, "article.unscheduled", article -> {
            EditorialPolicy.require(EditorialPolicy.canPublish(actor, article), publishRefusal(actor));
            ArticleStatus.require(article, ArticleStatus.SCHEDULED);
            events.publish(new ScheduleChanged("article", id));
            return articles.changeStatus(id, ArticleStatus.DRAFT, null);
        });
    }

    public Article unpublish(Actor actor, long id) {
        return transition(actor, id, "article.unpublished", article -> {
            EditorialPolicy.require(EditorialPolicy.canPublish(actor, article), publishRefusal(actor));
            ArticleStatus.require(article, ArticleStatus.PUBLISHED);
            return articles.changeStatus(id, ArticleStatus.UNPUBLISHED, null);
        });
    }

    public void addNote(Actor actor, long id, String text) {
        String body = text == null ? "" : text.strip();
        if (body.isEmpty() || body.length() > 5000) {
            throw new Invalid("note", "a note has 1 to 5,000 characters");
        }
        db.write(h -> {
            visible(actor, id);
            revisions.addNote(id, actor.userId(), actor.name(), body, clock.instant());
            audit.record(actor, "article.noted", "article", id, body.length() > 80 ? body.substring(0, 80) + "…" : body);
            return null;
        });
    }

    /** Publishes every article whose scheduled time has come; returns how many. Run by the scheduler. */
    @Override
    public int publishDue(Instant now) {
        int published = 0;
        for (long id : store.dueBy(now)) {
            boolean done = db.write(h -> {
                db.serializeWrites("editions");
                Article article = articles.find(id);
                // CASE: another server or an unschedule got there first; publish each article exactly once.
                if (article.status() != ArticleStatus.SCHEDULED || article.scheduledAt().isAfter(now)) {
                    return false;
                }
                Actor scheduler = Actor.system("scheduler");
                EditorialPolicy.require(EditorialPolicy.canPublish(scheduler, article), publishRefusal(scheduler));
                articles.publish(id, article.scheduledAt());
                audit.record(scheduler, "article.published", "article", id, "as scheduled");
                return true;
            });
            published += done ? 1 : 0;
        }
        return published;
    }

    /** The next time an article is due, for the scheduler to wake up then. */
    @Override
    public Optional<Instant> nextDue() {
        return store.nextScheduled();
    }

    private Article transition(Actor actor, long id, String action, java.util.function.Function<Article, Article> step) {
        return db.write(h -> {
            Article after = step.apply(visible(actor, id));
            audit.record(actor, action, "article", id, after.status().code());
            events.publish(new WorkflowStepped(id, action, actor.userId()));
            return after;
        });
    }

    /** The article, if the actor may see it; else NotFound, as if it did not exist. */
    Article visible(Actor actor, long id) {
        return EditorialPolicy.visible(actor, articles.find(id));
    }

    private void requireReady(Article article) {
        if (article.authorIds().isEmpty() && !article.isPage()) {
            throw new Invalid("authors", "an article needs at least one author before it goes out");
        }
        requireCreditedImage(article.leadImageId());
    }

    /** No published picture without attribution: alt text, a credit and a licence. */
    private void requireCreditedImage(Long imageId) {
        Optional<Image> image = media.findOptional(imageId);
        if (image.isPresent() && !image.get().isAttributed()) {
            List<String> missing = image.get().missing();
            String what = missing.size() == 1 ? missing.getFirst()
                    : String.join(", ", missing.subList(0, missing.size() - 1)) + " and " + missing.getLast();
            throw new Invalid("image", "the lead image needs " + what + " before it goes out; add "
                    + (missing.size() == 1 ? "it" : "them") + " in the media library");
        }
    }

    private static String publishRefusal(Actor actor) {
        return actor.atLeast(Role.AUTHOR) ? "an author publishes only their own articles; ask an editor"
                : "a contributor submits articles for review; an editor publishes them";
    }
}
