package org.masthead.admin;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.UploadedFile;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.masthead.common.Actor;
import org.masthead.common.Role;
import org.masthead.common.Invalid;
import org.masthead.common.Page;
import org.masthead.common.PageRequest;
import org.masthead.mail.MailFailed;
import org.masthead.newsletter.NewsletterDesk;
import org.masthead.newsletter.NewsletterDesk.SubscriberFilter;
import org.masthead.newsletter.Subscriber;

/** The newsletter in the newsroom: its subscribers, import and export, a test send, the letter's preview, the send log. */
final class NewsletterScreens {
    private static final int PAGE = 50;

    private final NewsletterDesk desk;
    private final AdminScreens screens;
    private final ZoneId zone;
    private final LetterDesignScreens design;

    NewsletterScreens(NewsletterDesk desk, AdminScreens screens, ZoneId zone) {
        this.desk = desk;
        this.design = new LetterDesignScreens(desk, screens);
        this.screens = screens;
        this.zone = zone;
    }

    void register(RoutesConfig routes) {
        routes.get("/admin/newsletter", this::list);
        routes.post("/admin/newsletter/subscribers/{id}", this::change);
        routes.post("/admin/newsletter/export", this::export);
        routes.post("/admin/newsletter/import", this::importCsv);
        routes.post("/admin/newsletter/test", this::testSend);
        routes.get("/admin/newsletter/preview", this::preview);
        routes.get("/admin/newsletter/sends", this::sends);
        routes.get("/admin/newsletter/sends/{id}", this::send);
        design.register(routes);
    }

    void list(Context ctx) {
        String notice = "changed".equals(ctx.queryParam("done")) ? "Changed." : null;
        show(ctx, 200, FormState.empty(), null, FormState.empty(), notice);
    }

    void change(Context ctx) {
        Actor actor = AdminGate.actor(ctx);
        long id = AdminRoutes.id(ctx);
        switch (ctx.formParam("action") == null ? "" : ctx.formParam("action")) {
            case "unsubscribe" -> desk.unsubscribe(actor, id);
            case "reactivate" -> desk.reactivate(actor, id);
            default -> throw new Invalid("choose one of the changes on this screen");
        }
        ctx.redirect("/admin/newsletter/?done=changed", HttpStatus.SEE_OTHER);
    }

    /** The subscribers as a CSV download, written while they are read. */
    void export(Context ctx) {
        Actor actor = AdminGate.actor(ctx);
        ctx.contentType("text/csv; charset=utf-8");
        ctx.header("Content-Disposition", "attachment; filename=\"subscribers.csv\"");
        try (var out = new BufferedWriter(new OutputStreamWriter(ctx.outputStream(), StandardCharsets.UTF_8))) {
            desk.export(actor, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void importCsv(Context ctx) {
        Actor actor = AdminGate.actor(ctx);
        var values = AdminScreens.fields(ctx, "note");
        try {
            UploadedFile file = ctx.uploadedFile("file");
            if (file == null || file.size() == 0) {
                throw new Invalid("file", "Choose a CSV file to import.");
            }
            byte[] bytes;
            try (InputStream in = file.content()) {
                bytes = in.readNBytes(5 * 1024 * 1024 + 1);
            }
            var report = desk.importCsv(actor, bytes, ctx.formParam("consent") != null, values.get("note"));
            show(ctx, 200, FormState.empty(), report, FormState.empty(), null);
        } catch (Invalid refused) {
            show(ctx, 400, FormState.refused(values, refused), null, FormState.empty(), null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Sends the letter to one address and says in plain words what the mail server answered. */
    void testSend(Context ctx) {
        var values = AdminScreens.fields(ctx, "email", "edition");
        String edition = values.getOrDefault("edition", "");
        try {
            String subject = desk.testSend(AdminGate.actor(ctx), edition.matches("[1-9]\\d{0,17}") ? Long.valueOf(edition) : null,
                    values.get("email"));
            show(ctx, 200, FormState.empty(), null, FormState.of(values), "The mail server took the test \u201c" + subject
                    + "\u201d for " + values.get("email").strip() + ". Check that it arrived.");
        } catch (Invalid refused) {
            show(ctx, 400, FormState.empty(), null, FormState.refused(values, refused), null);
        } catch (MailFailed failed) {
            show(ctx, 400, FormState.empty(), null, FormState.message(values, "The test did not go through: "
                    + failed.getMessage() + "."), null);
        }
    }

    /** The letter as subscribers see it, a whole email's HTML, kept from running anything or framing the newsroom. */
    void preview(Context ctx) {
        String edition = ctx.queryParam("edition");
        String html = desk.preview(AdminGate.actor(ctx), edition != null && edition.matches("[1-9]\\d{0,17}") ? Long.valueOf(edition) : null);
        ctx.header("Content-Security-Policy", LetterDesignScreens.LETTER_POLICY);
        ctx.contentType("text/html; charset=utf-8").result(html);
    }

    void sends(Context ctx) {
        int number = PeopleScreens.pageNumber(ctx);
        Page<NewsletterDesk.LoggedSend> page = desk.sends(AdminGate.actor(ctx), new PageRequest(number, PAGE));
        screens.render(ctx, "newsletter-sends.jte", new NewsletterViews.Sends(page.items().stream().map(this::row).toList(),
                number > 1 ? "/admin/newsletter/sends/?page=" + (number - 1) : null,
                page.hasNext() ? "/admin/newsletter/sends/?page=" + (number + 1) : null));
    }

    void send(Context ctx) {
        Actor actor = AdminGate.actor(ctx);
        long id = AdminRoutes.id(ctx);
        screens.render(ctx, "newsletter-send.jte", new NewsletterViews.SendFailures(row(desk.send(actor, id)), desk.failures(actor, id)));
    }

    private NewsletterViews.SendRow row(NewsletterDesk.LoggedSend s) {
        return new NewsletterViews.SendRow(s.id(), s.subject(), s.kind(), AdminFormat.dateTime(s.createdAt(), zone), s.status(),
                s.queued(), s.sent(), s.failed(), s.skipped());
    }

    private void show(Context ctx, int status, FormState importForm, NewsletterDesk.ImportReport report, FormState testForm,
            String notice) {
        Actor actor = AdminGate.actor(ctx);
        String search = ctx.queryParam("q") == null ? "" : ctx.queryParam("q").strip();
        String state = code(ctx.queryParam("status"), "pending", "confirmed", "unsubscribed", "paused");
        String frequency = code(ctx.queryParam("frequency"), "daily", "weekly");
        int number = PeopleScreens.pageNumber(ctx);
        var filter = new SubscriberFilter(search, state.isEmpty() ? null : Subscriber.Status.valueOf(state.toUpperCase(java.util.Locale.ROOT)),
                Subscriber.Frequency.fromCode(frequency).orElse(null));
        var found = desk.subscribers(actor, filter, new PageRequest(number, PAGE));
        boolean admin = actor.atLeast(Role.ADMIN);
        List<NewsletterViews.Count> counts = new ArrayList<>();
        found.counts().forEach((s, n) -> counts.add(new NewsletterViews.Count(s.name().charAt(0) + s.name().substring(1).toLowerCase(
                java.util.Locale.ROOT), n, "/admin/newsletter/?status=" + s.name().toLowerCase(java.util.Locale.ROOT))));
        List<NewsletterViews.Row> rows = found.page().items().stream().map(s -> new NewsletterViews.Row(s.id(), s.email(),
                s.status().name().toLowerCase(java.util.Locale.ROOT), s.frequency().code(), AdminFormat.dateTime(s.createdAt(), zone),
                s.source(), s.failures(), admin && s.status() != Subscriber.Status.UNSUBSCRIBED,
                admin && s.status() == Subscriber.Status.PAUSED)).toList();
        String query = "q=" + URLEncoder.encode(search, StandardCharsets.UTF_8) + "&status=" + state + "&frequency=" + frequency;
        var editions = desk.editionsToSend(actor).stream().map(e -> new NewsletterViews.EditionChoice(e.id(),
                (e.hasLabel() ? e.label() + ", " : "") + e.startsOn())).toList();
        screens.render(ctx, status, "newsletter.jte", new NewsletterViews.Subscribers(counts, search, state, frequency, rows,
                number > 1 ? "/admin/newsletter/?" + query + "&page=" + (number - 1) : null,
                found.page().hasNext() ? "/admin/newsletter/?" + query + "&page=" + (number + 1) : null,
                admin, editions, importForm, report, testForm, notice));
    }

    /** The value if it is one of the choices, else empty (any). */
    private static String code(String value, String... choices) {
        return value != null && List.of(choices).contains(value) ? value : "";
    }
}
