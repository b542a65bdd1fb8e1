package org.masthead.admin;

import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.List;
import org.masthead.common.ErrorWording;
import java.util.Map;
import java.util.function.Supplier;
import org.masthead.common.Role;
import org.masthead.account.Session;
import org.masthead.platform.HttpServer;
import org.masthead.platform.Templates;

/** Renders admin screens inside their frame: the menu the person's role may open, and the form token. */
final class AdminScreens {
    private record Section(String label, String path, Role from) {}

    private static final List<Section> SECTIONS = List.of(
            new Section("Dashboard", "/admin/", Role.CONTRIBUTOR),
            new Section("Articles", "/admin/articles/", Role.CONTRIBUTOR),
            new Section("Editions", "/admin/editions/", Role.EDITOR),
            new Section("Authors", "/admin/authors/", Role.EDITOR),
            new Section("Media", "/admin/media/", Role.CONTRIBUTOR),
            new Section("Pages", "/admin/pages/", Role.EDITOR),
            new Section("Newsletter", "/admin/newsletter/", Role.EDITOR),
            new Section("People", "/admin/users/", Role.ADMIN),
            new Section("Settings", "/admin/settings/", Role.ADMIN),
            new Section("Integrations", "/admin/integrations/", Role.ADMIN),
            new Section("Audit log", "/admin/audit/", Role.EDITOR),
            new Section("My account", "/admin/account/", Role.CONTRIBUTOR));

    private final Templates templates;
    private final AdminGate gate;
    private final Supplier<String> siteTitle;
    private final String stylesheet;
    private final String script;

    AdminScreens(Templates templates, AdminGate gate, Supplier<String> siteTitle, String stylesheet, String script) {
        this.templates = templates;
        this.gate = gate;
        this.siteTitle = siteTitle;
        this.stylesheet = stylesheet;
        this.script = script;
    }

    void render(Context ctx, String template, Object view) {
        render(ctx, 200, template, view);
    }

    /** Renders with a status of its own (a form shown again is 400, a throttled sign-in 429). */
    void render(Context ctx, int status, String template, Object view) {
        ctx.status(status);
        if (status >= 400) {
            HttpServer.keepPage(ctx);
        }
        ctx.contentType("text/html; charset=utf-8").result(templates.render("admin/" + template, chrome(ctx), view));
    }

    /** The newsroom's error page, for a status the server's error mapping answers with. */
    byte[] errorPage(int status, String errorId, String message) {
        String title;
        try {
            title = siteTitle.get();
        } catch (RuntimeException databaseDown) {
            title = "Masthead";
        }
        // Made without the request's session: the page shows no menu, only the way back to the dashboard.
        var chrome = new AdminChrome(title, null, null, null, List.of(), stylesheet, script);
        return templates.render("admin/error.jte", chrome, new AdminViews.Problem(ErrorWording.heading(status),
                ErrorWording.explanation(status, message), errorId));
    }

    private AdminChrome chrome(Context ctx) {
        var session = AdminGate.maybeSession(ctx).filter(s -> !s.secondFactorDue());
        List<AdminChrome.NavItem> nav = new ArrayList<>();
        if (session.isPresent()) {
            Role role = session.get().user().role();
            for (Section section : SECTIONS) {
                if (role.atLeast(section.from())) {
                    boolean current = section.path().equals("/admin/") ? ctx.path().equals("/admin/")
                            : ctx.path().startsWith(section.path());
                    nav.add(new AdminChrome.NavItem(section.label(), section.path(), current));
                }
            }
        }
        return new AdminChrome(siteTitle.get(), session.map(s -> s.user().name()).orElse(null),
                session.map(s -> s.user().role().label()).orElse(null), gate.csrfToken(ctx), nav, stylesheet, script);
    }

    /** The fields of a form, as sent, for showing it again. */
    static Map<String, String> fields(Context ctx, String... names) {
        var values = new java.util.HashMap<String, String>();
        for (String name : names) {
            String value = ctx.formParam(name);
            if (value != null) {
                values.put(name, value);
            }
        }
        return values;
    }

    static Session session(Context ctx) {
        return AdminGate.session(ctx);
    }
}
