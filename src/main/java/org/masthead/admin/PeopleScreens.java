package org.masthead.admin;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.Arrays;
import org.masthead.account.AccountService;
import org.masthead.common.Actor;
import org.masthead.common.Role;
import org.masthead.audit.AuditLog;
import org.masthead.common.Invalid;
import org.masthead.common.Page;
import org.masthead.common.PageRequest;

/** The admin's list of people, adding someone, changing a role; and the audit log. */
final class PeopleScreens {
    private final AccountService accounts;
    private final AuditLog audit;
    private final AdminScreens screens;

    private static final FormState NEW_PERSON = FormState.of(java.util.Map.of("role", "contributor"));

    PeopleScreens(AccountService accounts, AuditLog audit, AdminScreens screens) {
        this.accounts = accounts;
        this.audit = audit;
        this.screens = screens;
    }

    void list(Context ctx) {
        String notice = switch (ctx.queryParam("done") == null ? "" : ctx.queryParam("done")) {
            case "password" -> "The new password is set; every browser signed in to that account is signed out.";
            case "" -> null;
            default -> "Changed.";
        };
        show(ctx, 200, NEW_PERSON, null, notice);
    }

    void add(Context ctx) {
        var values = AdminScreens.fields(ctx, "name", "email", "role");
        try {
            accounts.add(AdminGate.actor(ctx), values.get("name"), values.get("email"), Role.fromCode(values.getOrDefault("role", "")),
                    ctx.formParam("password"));
            ctx.redirect("/admin/users/", HttpStatus.SEE_OTHER);
        } catch (Invalid refused) {
            show(ctx, 400, FormState.refused(values, refused), null, null);
        }
    }

    void change(Context ctx) {
        Actor actor = AdminGate.actor(ctx);
        long userId = AdminRoutes.id(ctx);
        String action = ctx.formParam("action") == null ? "" : ctx.formParam("action");
        try {
            switch (action) {
                case "role" -> accounts.changeRole(actor, userId, Role.fromCode(ctx.formParam("role")));
                case "disable" -> accounts.setDisabled(actor, userId, true);
                case "enable" -> accounts.setDisabled(actor, userId, false);
                case "require-two-factor" -> accounts.requireTwoFactor(actor, userId, true);
                case "two-factor-optional" -> accounts.requireTwoFactor(actor, userId, false);
                case "reset-two-factor" -> accounts.disableTwoFactor(actor, userId, null);
                case "password" -> accounts.changePassword(actor, userId, null, ctx.formParam("password"), null);
                default -> throw new Invalid("choose one of the changes on this screen");
            }
        } catch (Invalid refused) {
            show(ctx, 400, NEW_PERSON, accounts.find(userId).name() + ": " + FormState.sentence(refused.getMessage()), null);
            return;
        }
        ctx.redirect("/admin/users/?done=" + (action.equals("password") ? "password" : "change"), HttpStatus.SEE_OTHER);
    }

    void auditLog(Context ctx) {
        int number = pageNumber(ctx);
        Page<org.masthead.audit.AuditEntry> page = audit.recent(AdminGate.actor(ctx), new PageRequest(number, 50));
        screens.render(ctx, "audit.jte", new AdminViews.Audit(page.items(),
                number > 1 ? "/admin/audit/?page=" + (number - 1) : null,
                page.hasNext() ? "/admin/audit/?page=" + (number + 1) : null));
    }

    private void show(Context ctx, int status, FormState form, String problem, String notice) {
        Actor actor = AdminGate.actor(ctx);
        screens.render(ctx, status, "users.jte", new AdminViews.Users(accounts.all(actor), form,
                Arrays.stream(Role.values()).map(Role::code).toList(), actor.userId(), problem, notice));
    }

    static int pageNumber(Context ctx) {
        String page = ctx.queryParam("page");
        return page != null && page.matches("[1-9]\\d{0,5}") ? Integer.parseInt(page) : 1;
    }
}
