package org.masthead.admin;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.masthead.account.AccountService;
import org.masthead.common.Actor;
import org.masthead.common.Role;
import org.masthead.audit.AuditLog;
import org.masthead.common.Forbidden;
import org.masthead.common.Invalid;
import org.masthead.mail.MailFailed;
import org.masthead.mail.Mailer;
import org.masthead.mail.Message;
import org.masthead.settings.Setting;
import org.masthead.settings.SettingsService;

/** The admin's settings: the magazine's name, share networks, editions, and the mail server with a test send. */
final class SettingsScreens {
    private final SettingsService settings;
    private final AccountService accounts;
    private final AuditLog audit;
    private final Mailer mailer;
    private final AdminScreens screens;

    SettingsScreens(SettingsService settings, AccountService accounts, AuditLog audit, Mailer mailer, AdminScreens screens) {
        this.settings = settings;
        this.accounts = accounts;
        this.audit = audit;
        this.mailer = mailer;
        this.screens = screens;
    }

    void show(Context ctx) {
        requireAdmin(ctx);
        String done = ctx.queryParam("done");
        show(ctx, 200, FormState.of(stored()), "saved".equals(done) ? "Saved." : null);
    }

    void save(Context ctx) {
        Actor actor = requireAdmin(ctx);
        Map<Setting, String> values = new LinkedHashMap<>();
        Map<String, String> typed = new HashMap<>();
        for (Setting setting : Setting.values()) {
            String value = ctx.formParam(setting.key());
            if (value != null) {
                values.put(setting, value);
                typed.put(setting.key(), setting.isSecret() ? "" : value);
            }
        }
        try {
            settings.change(actor, values, audit);
            ctx.redirect("/admin/settings/?done=saved", HttpStatus.SEE_OTHER);
        } catch (Invalid refused) {
            show(ctx, 400, FormState.refused(typed, refused), null);
        }
    }

    /** Sends a test email to the admin and reports the server's answer in plain words. */
    void testMail(Context ctx) {
        Actor actor = requireAdmin(ctx);
        String to = accounts.find(actor.userId()).email();
        String notice;
        int status = 200;
        try {
            mailer.send(settings.mail(), Message.plain(to, "A test from " + settings.current().title(),
                    "This message came through your mail server. Masthead can send email."));
            notice = "The mail server took the test message for " + to + ". Check that it arrived.";
        } catch (MailFailed failed) {
            notice = "The test did not go through: " + failed.getMessage() + ".";
            status = 400;
        }
        show(ctx, status, FormState.of(stored()), notice);
    }

    private void show(Context ctx, int status, FormState form, String notice) {
        // The letter's design has its own screen, with a preview, under Newsletter.
        List<SettingsViews.Field> fields = java.util.Arrays.stream(Setting.values()).filter(s -> !s.isLetterDesign())
                .map(s -> new SettingsViews.Field(s.key(), s.meaning(), s.isSecret(), s.isSecret() && !stored(s).isEmpty(),
                        s.isMultiline()))
                .toList();
        screens.render(ctx, status, "settings.jte", new SettingsViews.Settings(fields, form, notice, settings.mail().isConfigured()));
    }

    private Map<String, String> stored() {
        Map<String, String> values = new HashMap<>();
        settings.all().forEach((setting, value) -> values.put(setting.key(), setting.isSecret() ? "" : value));
        return values;
    }

    private String stored(Setting setting) {
        return settings.all().get(setting);
    }

    private static Actor requireAdmin(Context ctx) {
        Actor actor = AdminGate.actor(ctx);
        if (!actor.atLeast(Role.ADMIN)) {
            throw new Forbidden("only an admin changes the magazine's settings");
        }
        return actor;
    }
}
