package org.masthead.admin;

import io.javalin.http.Context;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.masthead.article.ArticleListItem;
import org.masthead.article.ArticleLists;
import org.masthead.article.ArticleStatus;
import org.masthead.common.Actor;
import org.masthead.newsroom.Dashboard;

/** The newsroom's first screen: the counts, what needs the person's action, the editions coming up, the latest work. */
final class DashboardScreen {
    private final ArticleLists lists;
    private final Dashboard dashboard;
    private final AdminScreens screens;
    private final ZoneId zone;
    private final Clock clock;

    DashboardScreen(ArticleLists lists, Dashboard dashboard, AdminScreens screens, ZoneId zone, Clock clock) {
        this.lists = lists;
        this.dashboard = dashboard;
        this.screens = screens;
        this.zone = zone;
        this.clock = clock;
    }

    void show(Context ctx) {
        Actor actor = AdminGate.actor(ctx);
        Map<ArticleStatus, Integer> counts = lists.counts(actor);
        int ready = lists.countReady(actor);
        List<AdminViews.Count> shown = List.of(
                new AdminViews.Count("Drafts", counts.getOrDefault(ArticleStatus.DRAFT, 0), "/admin/articles/?status=draft"),
                new AdminViews.Count("Waiting for review", counts.getOrDefault(ArticleStatus.SUBMITTED, 0) - ready,
                        "/admin/articles/?status=submitted"),
                new AdminViews.Count("Ready", ready, "/admin/articles/?status=ready"),
                new AdminViews.Count("Scheduled", counts.getOrDefault(ArticleStatus.SCHEDULED, 0), "/admin/articles/?status=scheduled"),
                new AdminViews.Count("Published", counts.getOrDefault(ArticleStatus.PUBLISHED, 0), "/admin/articles/?status=published"));
        Dashboard.Today today = dashboard.open(actor);
        Instant now = clock.instant();
        List<AdminViews.Piece> sentBack = pieces(today.sentBack(), "sent back to you", now);
        List<AdminViews.Piece> review = pieces(today.awaitingReview(), null, now);
        List<AdminViews.Piece> action = new java.util.ArrayList<>(sentBack);
        action.addAll(review);
        List<AdminViews.UpcomingEdition> editions = today.editions().stream().map(u -> new AdminViews.UpcomingEdition(
                Dashboard.heading(u.edition()), "/admin/editions/" + u.edition().id(), u.pieces(),
                u.edition().scheduledAt() == null ? null : AdminFormat.dateTime(u.edition().scheduledAt(), zone))).toList();
        List<AdminViews.Done> activity = today.activity().stream().map(a -> new AdminViews.Done(
                a.who() + " " + ActivityWords.verb(a.action()) + " “" + a.subject() + "”", link(a), ago(a.at(), now),
                a.at().toString())).toList();
        screens.render(ctx, "dashboard.jte", new AdminViews.Dashboard(AdminGate.session(ctx).user().name(), shown, action,
                pieces(today.ready(), "ready, in no edition yet", now), pieces(today.drafts(), null, now), editions, activity, actor.atLeast(org.masthead.common.Role.EDITOR)));
    }

    private List<AdminViews.Piece> pieces(List<ArticleListItem> items, String state, Instant now) {
        return items.stream().map(i -> new AdminViews.Piece(i.title(), "/admin/articles/" + i.id(),
                state != null ? state : ActivityWords.state(i.status()), ago(i.updatedAt(), now), i.updatedAt().toString())).toList();
    }

    private static String link(Dashboard.Activity done) {
        return ("edition".equals(done.subjectType()) ? "/admin/editions/" : "/admin/articles/") + done.subjectId();
    }

    /** How long ago, in words a glance takes in: "just now", "5 min ago", "3 hours ago", "2 days ago", then the date. */
    String ago(Instant then, Instant now) {
        Duration since = Duration.between(then, now);
        if (since.toMinutes() < 1) {
            return "just now";
        }
        if (since.toHours() < 1) {
            return since.toMinutes() + " min ago";
        }
        if (since.toDays() < 1) {
            return since.toHours() == 1 ? "an hour ago" : since.toHours() + " hours ago";
        }
        if (since.toDays() < 7) {
            return since.toDays() == 1 ? "yesterday" : since.toDays() + " days ago";
        }
        return AdminFormat.dateTime(then, zone);
    }
}
