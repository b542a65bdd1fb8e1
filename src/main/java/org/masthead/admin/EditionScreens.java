package org.masthead.admin;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.masthead.common.Invalid;
import org.masthead.common.Page;
import org.masthead.common.PageRequest;
import org.masthead.edition.Edition;
import org.masthead.edition.EditionRule;
import org.masthead.edition.EditionSpan;
import org.masthead.newsroom.EditionDesk;
import org.masthead.newsroom.EditionPlan;

/** Building an edition: open it, fill and order its lineup, preview it, schedule it as a whole. */
final class EditionScreens {
    private static final LocalTime USUAL_HOUR = LocalTime.of(6, 0);

    private final EditionDesk desk;
    private final AdminScreens screens;
    private final ZoneId zone;
    private final Clock clock;
    private final Supplier<EditionRule> rule;
    private final AdminRoutes.EditionPreview preview;
    private final String script;

    /** {@code script}: the builder's script's address, versioned like the newsroom's other files. */
    EditionScreens(EditionDesk desk, AdminScreens screens, ZoneId zone, Clock clock, Supplier<EditionRule> rule,
            AdminRoutes.EditionPreview preview, String script) {
        this.script = script;
        this.desk = desk;
        this.screens = screens;
        this.zone = zone;
        this.clock = clock;
        this.rule = rule;
        this.preview = preview;
    }

    void list(Context ctx) {
        EditionSpan tomorrow = rule.get().spanFor(LocalDate.ofInstant(clock.instant(), zone).plusDays(1));
        var open = FormState.of(Map.of("starts", tomorrow.startsOn().toString(), "ends", tomorrow.endsOn().toString(),
                "label", tomorrow.label() == null ? "" : tomorrow.label()));
        show(ctx, 200, open);
    }

    void create(Context ctx) {
        Map<String, String> values = AdminScreens.fields(ctx, "starts", "ends", "label");
        try {
            LocalDate starts = date(values.get("starts"), "starts");
            LocalDate ends = values.getOrDefault("ends", "").isBlank() ? starts : date(values.get("ends"), "ends");
            Edition edition = desk.create(AdminGate.actor(ctx), new EditionSpan(starts, ends, values.get("label")));
            ctx.redirect("/admin/editions/" + edition.id(), HttpStatus.SEE_OTHER);
        } catch (Invalid refused) {
            show(ctx, 400, FormState.refused(values, refused.field() == null ? new Invalid("starts", refused.getMessage()) : refused));
        }
    }

    void plan(Context ctx) {
        String search = ctx.queryParam("q") == null ? "" : ctx.queryParam("q").strip();
        EditionPlan plan = desk.open(AdminGate.actor(ctx), AdminRoutes.id(ctx), search);
        LocalDate day = plan.edition().startsOn();
        String suggested = LocalDateTime.of(day, USUAL_HOUR).toString();
        render(ctx, 200, plan, FormState.of(Map.of("when", suggested)), notice(ctx.queryParam("done")), search);
    }

    /** The builder's script sets the whole lineup's order at once; it reads the answer's text into its status line. */
    void order(Context ctx) {
        try {
            desk.arrange(AdminGate.actor(ctx), AdminRoutes.id(ctx), articles(ctx));
            ctx.contentType("text/plain; charset=utf-8").result(notice("up"));
        } catch (Invalid refused) {
            answerInPlace(ctx, refused);
        }
    }

    void change(Context ctx) {
        long id = AdminRoutes.id(ctx);
        var actor = AdminGate.actor(ctx);
        String step = ctx.pathParam("step");
        try {
            switch (step) {
                case "add" -> desk.add(actor, id, articles(ctx));
                case "remove" -> desk.remove(actor, id, article(ctx));
                case "up" -> desk.move(actor, id, article(ctx), -1);
                case "down" -> desk.move(actor, id, article(ctx), 1);
                case "schedule" -> desk.schedule(actor, id, when(ctx.formParam("when")));
                case "unschedule" -> desk.unschedule(actor, id);
                default -> throw new org.masthead.common.NotFound("no step " + step);
            }
            if (inPlace(ctx)) {
                ctx.contentType("text/plain; charset=utf-8").result(notice(step));
            } else {
                ctx.redirect("/admin/editions/" + id + "?done=" + step, HttpStatus.SEE_OTHER);
            }
        } catch (Invalid refused) {
            if (inPlace(ctx)) {
                answerInPlace(ctx, refused);
                return;
            }
            var values = AdminScreens.fields(ctx, "when");
            render(ctx, 400, desk.open(actor, id), FormState.refused(values, refused), null, "");
        }
    }

    void preview(Context ctx) {
        EditionPlan plan = desk.open(AdminGate.actor(ctx), AdminRoutes.id(ctx));
        ctx.contentType("text/html; charset=utf-8")
                .result(preview.render(plan.edition(), plan.lineup(), "/admin/articles/{id}/preview"));
    }

    private void show(Context ctx, int status, FormState open) {
        int number = PeopleScreens.pageNumber(ctx);
        Page<Edition> page = desk.list(AdminGate.actor(ctx), new PageRequest(number, 30));
        List<EditionViews.Row> rows = page.items().stream().map(e -> new EditionViews.Row(e, heading(e),
                e.scheduledAt() == null ? null : AdminFormat.dateTime(e.scheduledAt(), zone))).toList();
        screens.render(ctx, status, "editions.jte", new EditionViews.Editions(rows, open,
                number > 1 ? "/admin/editions/?page=" + (number - 1) : null,
                page.hasNext() ? "/admin/editions/?page=" + (number + 1) : null));
    }

    private void render(Context ctx, int status, EditionPlan plan, FormState schedule, String notice, String search) {
        Edition edition = plan.edition();
        screens.render(ctx, status, "edition.jte", new EditionViews.Plan(edition, heading(edition), plan.lineup(),
                plan.candidates(), schedule, edition.scheduledAt() == null ? null : AdminFormat.dateTime(edition.scheduledAt(), zone),
                zone.getId(), notice, search, script));
    }

    /** CASE: the builder's script asked (Accept: text/plain) to stay on the page: the answer is the line it shows. */
    private static boolean inPlace(Context ctx) {
        String accept = ctx.header("Accept");
        return accept != null && accept.startsWith("text/plain");
    }

    private static void answerInPlace(Context ctx, Invalid refused) {
        ctx.status(400).contentType("text/plain; charset=utf-8").result(refused.getMessage());
        org.masthead.platform.HttpServer.keepPage(ctx);
    }

    static String heading(Edition edition) {
        String days = edition.spansDays() ? " to " + edition.endsOn() : "";
        return (edition.hasLabel() ? edition.label() + ", " : "") + edition.startsOn() + days;
    }

    private static long article(Context ctx) {
        String id = ctx.formParam("article");
        if (id == null || !id.matches("[1-9]\\d{0,17}")) {
            throw new Invalid("choose an article");
        }
        return Long.parseLong(id);
    }

    /** Every {@code article} of the form, in the order sent (the order shown on the page). */
    private static List<Long> articles(Context ctx) {
        List<String> ids = ctx.formParams("article");
        if (ids.isEmpty()) {
            throw new Invalid("choose the articles to add");
        }
        if (ids.stream().anyMatch(id -> !id.matches("[1-9]\\d{0,17}"))) {
            throw new Invalid("an article is named by its number");
        }
        return ids.stream().map(Long::parseLong).toList();
    }

    private Instant when(String text) {
        try {
            return LocalDateTime.parse(text == null ? "" : text.strip()).atZone(zone).toInstant();
        } catch (DateTimeParseException e) {
            throw new Invalid("when", "give the date and time the edition goes out");
        }
    }

    private static LocalDate date(String text, String field) {
        try {
            return LocalDate.parse(text == null ? "" : text.strip());
        } catch (DateTimeParseException e) {
            throw new Invalid(field, "give a date as YYYY-MM-DD");
        }
    }

    private static String notice(String done) {
        return done == null ? null : switch (done) {
            case "add" -> "Added to the lineup.";
            case "remove" -> "Taken out of the lineup.";
            case "up", "down" -> "The lineup is reordered.";
            case "schedule" -> "Scheduled: everything in this edition goes out at that time.";
            case "unschedule" -> "No longer scheduled; its articles are drafts again.";
            default -> null;
        };
    }
}
