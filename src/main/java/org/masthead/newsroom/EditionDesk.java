package org.masthead.newsroom;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.masthead.common.Actor;
import org.masthead.article.Article;
import org.masthead.article.ArticleListItem;
import org.masthead.article.ArticleService;
import org.masthead.article.ArticleStatus;
import org.masthead.article.ScheduleChanged;
import org.masthead.article.WorkflowService;
import org.masthead.article.LineupDesk;
import org.masthead.audit.AuditLog;
import org.masthead.common.Invalid;
import org.masthead.common.Page;
import org.masthead.common.PageRequest;
import org.masthead.edition.Edition;
import org.masthead.edition.EditionPublished;
import org.masthead.edition.EditionService;
import org.masthead.edition.EditionSpan;
import org.masthead.edition.EditionStatus;
import org.masthead.platform.Database;
import org.masthead.platform.Events;
import org.masthead.platform.Scheduler;

/**
 * Editors building an edition the night before: open it, put articles in it, order its lineup, and
 * schedule the whole edition for a time. At that time everything in it goes out together, in one
 * transaction, exactly once, even if the server was down then (the scheduler catches up at start-up).
 */
public final class EditionDesk implements Scheduler.Work {
    private static final int CANDIDATES = 200;

    private final Database db;
    private final EditionService editions;
    private final ArticleService articles;
    private final WorkflowService workflow;
    private final LineupDesk lineups;
    private final AuditLog audit;
    private final Events events;
    private final ZoneId zone;
    private final Clock clock;

    public EditionDesk(Database db, EditionService editions, ArticleService articles, WorkflowService workflow,
            LineupDesk lineups, AuditLog audit, Events events, ZoneId zone, Clock clock) {
        this.db = db;
        this.editions = editions;
        this.articles = articles;
        this.workflow = workflow;
        this.lineups = lineups;
        this.audit = audit;
        this.events = events;
        this.zone = zone;
        this.clock = clock;
    }

    public Page<Edition> list(Actor actor, PageRequest request) {
        requireEditor(actor);
        return editions.all(request);
    }

    public EditionPlan open(Actor actor, long editionId) {
        return open(actor, editionId, null);
    }

    /** The edition with its lineup and the articles it could take, only those matching by title or author when given. */
    public EditionPlan open(Actor actor, long editionId, String matching) {
        requireEditor(actor);
        Edition edition = editions.find(editionId);
        return new EditionPlan(edition, articles.inEdition(editionId), articles.unplaced(matching, CANDIDATES));
    }

    /** Opens an edition for a day or a range of days under a label. */
    public Edition create(Actor actor, EditionSpan span) {
        requireEditor(actor);
        return db.write(h -> {
            Edition edition = editions.open(span);
            audit.record(actor, "edition.opened", "edition", edition.id(), span.startsOn() + " to " + span.endsOn());
            return edition;
        });
    }

    /** Puts an article in the edition; in an edition already scheduled, it goes out with it. */
    public void add(Actor actor, long editionId, long articleId) {
        add(actor, editionId, List.of(articleId));
    }

    /**
     * Puts several articles at the end of the lineup in the order given, all or none (one transaction); in an
     * edition already scheduled, they go out with it.
     */
    public void add(Actor actor, long editionId, List<Long> articleIds) {
        requireEditor(actor);
        if (articleIds.isEmpty()) {
            throw new Invalid("choose the articles to add");
        }
        db.write(h -> {
            Edition edition = editions.find(editionId);
            requireNotOut(edition);
            for (long articleId : articleIds.stream().distinct().toList()) {
                Article article = lineups.place(actor, articleId, edition);
                if (edition.status() == EditionStatus.SCHEDULED) {
                    scheduleWithEdition(actor, article.id(), article.title(), edition.scheduledAt());
                }
                audit.record(actor, "edition.article_added", "edition", editionId, "article " + articleId);
            }
            return null;
        });
    }

    public void remove(Actor actor, long editionId, long articleId) {
        requireEditor(actor);
        db.write(h -> {
            requireNotOut(editions.find(editionId));
            Article article = articles.find(articleId);
            if (article.status() == ArticleStatus.SCHEDULED) {
                workflow.unschedule(actor, articleId);
            }
            lineups.takeOut(actor, articleId);
            audit.record(actor, "edition.article_removed", "edition", editionId, "article " + articleId);
            return null;
        });
    }

    /** Moves an article one place up (-1) or down (+1) in the lineup. */
    public void move(Actor actor, long editionId, long articleId, int by) {
        requireEditor(actor);
        db.write(h -> {
            List<Long> order = new ArrayList<>(articles.inEdition(editionId).stream().map(ArticleListItem::id).toList());
            int from = order.indexOf(articleId);
            int to = from + by;
            if (from < 0 || to < 0 || to >= order.size()) {
                return null;
            }
            order.add(to, order.remove(from));
            lineups.arrange(actor, editions.find(editionId), order);
            audit.record(actor, "edition.lineup_ordered", "edition", editionId, "article " + articleId + (by < 0 ? " up" : " down"));
            return null;
        });
    }

    /**
     * Sets the order of the whole lineup at once (the builder's drag and drop): {@code order} names every article
     * in the edition exactly once, else nothing changes, so an editor working from a stale page is told, not overruled.
     */
    public void arrange(Actor actor, long editionId, List<Long> order) {
        requireEditor(actor);
        db.write(h -> {
            Edition edition = editions.find(editionId);
            requireNotOut(edition);
            List<Long> current = articles.inEdition(editionId).stream().map(ArticleListItem::id).toList();
            requireSameArticles(order, current);
            lineups.arrange(actor, edition, order);
            audit.record(actor, "edition.lineup_ordered", "edition", editionId, "whole lineup");
            return null;
        });
    }

    private static void requireSameArticles(List<Long> order, List<Long> current) {
        if (order.stream().distinct().count() != order.size()) {
            throw new Invalid("the new order names an article twice; reload the page and try again");
        }
        List<Long> strangers = order.stream().filter(id -> !current.contains(id)).toList();
        List<Long> missing = current.stream().filter(id -> !order.contains(id)).toList();
        if (!strangers.isEmpty() || !missing.isEmpty()) {
            throw new Invalid("the new order must name each of the edition's articles once (it has " + current.size() + ")"
                    + (strangers.isEmpty() ? "" : "; not in it: " + strangers) + (missing.isEmpty() ? "" : "; left out: " + missing)
                    + ". Someone may have changed the lineup: reload the page");
        }
    }

    /**
     * Schedules the whole edition: every article in it that is not out is scheduled for the same time, which
     * must fall on one of the edition's days and be to come.
     */
    public Edition schedule(Actor actor, long editionId, Instant at) {
        requireEditor(actor);
        return db.write(h -> editions.exclusively(() -> {
            Edition edition = editions.find(editionId);
            requireNotOut(edition);
            LocalDate day = at.atZone(zone).toLocalDate();
            if (!at.isAfter(clock.instant())) {
                throw new Invalid("when", "an edition is scheduled for a time to come");
            }
            if (!edition.contains(day)) {
                throw new Invalid("when", "the edition of " + edition.startsOn() + " goes out on one of its own days, not on " + day);
            }
            List<ArticleListItem> lineup = articles.inEdition(editionId);
            if (lineup.stream().noneMatch(item -> item.status() != ArticleStatus.PUBLISHED)) {
                throw new Invalid("the edition has nothing to send out; add articles to it first");
            }
            for (ArticleListItem item : lineup) {
                if (item.status() != ArticleStatus.PUBLISHED) {
                    scheduleWithEdition(actor, item.id(), item.title(), at);
                }
            }
            editions.schedule(editionId, at);
            audit.record(actor, "edition.scheduled", "edition", editionId, at.toString());
            events.publish(new ScheduleChanged("edition", editionId));
            return editions.find(editionId);
        }));
    }

    /** Schedules one piece with its edition; what keeps it from going out is said of the edition, naming it. */
    private void scheduleWithEdition(Actor actor, long articleId, String title, Instant at) {
        try {
            workflow.schedule(actor, articleId, at);
        } catch (Invalid notReady) {
            throw new Invalid("“" + title + "” cannot go out yet: " + notReady.getMessage());
        }
    }

    /** Takes the edition off the schedule; its articles become drafts again, still in its lineup. */
    public Edition unschedule(Actor actor, long editionId) {
        requireEditor(actor);
        return db.write(h -> editions.exclusively(() -> {
            Edition edition = editions.find(editionId);
            if (edition.status() != EditionStatus.SCHEDULED) {
                throw new Invalid("the edition is not scheduled");
            }
            for (ArticleListItem item : articles.inEdition(editionId)) {
                if (item.status() == ArticleStatus.SCHEDULED) {
                    workflow.unschedule(actor, item.id());
                }
            }
            editions.schedule(editionId, null);
            audit.record(actor, "edition.unscheduled", "edition", editionId, "");
            events.publish(new ScheduleChanged("edition", editionId));
            return editions.find(editionId);
        }));
    }

    /** Sends out every edition whose time has come, each in one transaction; returns how many articles went out. */
    @Override
    public int publishDue(Instant now) {
        int published = 0;
        Actor scheduler = Actor.system("scheduler");
        for (Edition due : editions.dueBy(now)) {
            published += db.write(h -> editions.exclusively(() -> {
                // CASE: another server, or a catch-up after a restart, got there first: each edition goes out once.
                if (!editions.markPublished(due.id())) {
                    return 0;
                }
                int count = 0;
                for (ArticleListItem item : articles.inEdition(due.id())) {
                    if (item.status() == ArticleStatus.SCHEDULED) {
                        lineups.publishWithEdition(scheduler, item.id(), due, due.scheduledAt(), positionOf(due.id(), item.id()));
                        audit.record(scheduler, "article.published", "article", item.id(), "with its edition");
                        count++;
                    }
                }
                audit.record(scheduler, "edition.published", "edition", due.id(), count + " article(s)");
                events.publish(new EditionPublished(due.id()));
                return count;
            }));
        }
        return published;
    }

    @Override
    public Optional<Instant> nextDue() {
        return editions.nextScheduled();
    }

    private int positionOf(long editionId, long articleId) {
        Integer position = articles.find(articleId).lineupPosition();
        return position == null ? articles.inEdition(editionId).size() : position;
    }

    private static void requireNotOut(Edition edition) {
        if (edition.status() == EditionStatus.PUBLISHED) {
            throw new Invalid("the edition of " + edition.startsOn() + " is out already");
        }
    }

    private void requireEditor(Actor actor) {
        lineups.requireBuilder(actor);
    }
}
