package org.masthead.admin;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.Map;
import org.masthead.common.Invalid;
import org.masthead.newsletter.LetterDesigns;
import org.masthead.newsletter.NewsletterDesk;

/**
 * The letter's design in the newsroom, as Ghost's newsletter designer: the form (intro, footer, parts shown, colour)
 * beside the letter as it would go out. The letter is shown in a sandboxed frame from its own address, under its own
 * policy, so its HTML never runs anything or reaches the newsroom's page.
 */
final class LetterDesignScreens {
    private static final String[] FIELDS = {"intro", "footer", "show-dek", "show-byline", "accent"};
    /** A letter shown in the newsroom: no scripts, no forms, no same origin, inline styles (mail has no other). */
    static final String LETTER_POLICY = "sandbox; default-src 'none'; img-src * data:; style-src 'unsafe-inline'; "
            + "frame-ancestors 'self'";

    private final NewsletterDesk desk;
    private final AdminScreens screens;

    LetterDesignScreens(NewsletterDesk desk, AdminScreens screens) {
        this.desk = desk;
        this.screens = screens;
    }

    void register(RoutesConfig routes) {
        routes.get("/admin/newsletter/design", this::show);
        routes.post("/admin/newsletter/design", this::save);
        routes.post("/admin/newsletter/design/preview", this::preview);
    }

    void show(Context ctx) {
        var saved = LetterDesigns.formValues(desk.design(AdminGate.actor(ctx)));
        String notice = "saved".equals(ctx.queryParam("done")) ? "Saved. The next letter, and every test, wears this design." : null;
        show(ctx, 200, FormState.of(saved), notice);
    }

    void save(Context ctx) {
        Map<String, String> typed = AdminScreens.fields(ctx, FIELDS);
        try {
            desk.changeDesign(AdminGate.actor(ctx), typed);
            ctx.redirect("/admin/newsletter/design?done=saved", HttpStatus.SEE_OTHER);
        } catch (Invalid refused) {
            show(ctx, 400, FormState.refused(typed, refused), null);
        }
    }

    /** The letter in the design as typed, into the preview's frame; nothing is saved. */
    void preview(Context ctx) {
        Map<String, String> typed = AdminScreens.fields(ctx, FIELDS);
        String html;
        try {
            html = desk.previewDesign(AdminGate.actor(ctx), typed);
        } catch (Invalid refused) {
            ctx.status(400);
            html = "<!DOCTYPE html><html lang=\"en\"><title>No preview</title><p style=\"font-family:sans-serif\">"
                    + org.masthead.markup.Markup.escape(FormState.sentence(refused.getMessage()))
                    + " Correct it in the form to see the letter.</p></html>";
        }
        ctx.header("Content-Security-Policy", LETTER_POLICY);
        ctx.contentType("text/html; charset=utf-8").result(html);
    }

    private void show(Context ctx, int status, FormState form, String notice) {
        screens.render(ctx, status, "newsletter-design.jte", new NewsletterViews.Design(form, notice));
    }
}
