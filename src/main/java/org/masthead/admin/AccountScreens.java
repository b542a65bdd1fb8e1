package org.masthead.admin;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import org.masthead.account.AccountService;
import org.masthead.common.Actor;
import org.masthead.account.SignInService;
import org.masthead.account.TwoFactorEnrolment;
import org.masthead.account.User;
import org.masthead.common.Invalid;

/** One's own account: password, second factor, signing out everywhere. */
final class AccountScreens {
    private final AccountService accounts;
    private final SignInService signIn;
    private final AdminGate gate;
    private final AdminScreens screens;
    private final java.util.function.Supplier<String> issuer;

    AccountScreens(AccountService accounts, SignInService signIn, AdminGate gate, AdminScreens screens,
            java.util.function.Supplier<String> issuer) {
        this.accounts = accounts;
        this.signIn = signIn;
        this.gate = gate;
        this.screens = screens;
        this.issuer = issuer;
    }

    void show(Context ctx) {
        show(ctx, 200, FormState.empty(), FormState.empty(), ctx.queryParam("done"));
    }

    void changePassword(Context ctx) {
        Actor actor = AdminGate.actor(ctx);
        String replacement = ctx.formParam("password");
        try {
            if (replacement == null || !replacement.equals(ctx.formParam("password2"))) {
                throw new Invalid("password2", "the two new passwords differ");
            }
            accounts.changePassword(actor, actor.userId(), ctx.formParam("current"), replacement, ctx.cookie(AdminGate.SESSION_COOKIE));
            ctx.redirect("/admin/account/?done=password", HttpStatus.SEE_OTHER);
        } catch (Invalid refused) {
            show(ctx, 400, FormState.refused(java.util.Map.of(), refused), FormState.empty(), null);
        }
    }

    void enableTwoFactor(Context ctx) {
        var values = AdminScreens.fields(ctx, "secret");
        try {
            accounts.enableTwoFactor(AdminGate.actor(ctx), values.get("secret"), ctx.formParam("code"));
            ctx.redirect("/admin/account/?done=two-factor", HttpStatus.SEE_OTHER);
        } catch (Invalid refused) {
            show(ctx, 400, FormState.empty(), FormState.refused(values, refused), null);
        }
    }

    void disableTwoFactor(Context ctx) {
        Actor actor = AdminGate.actor(ctx);
        try {
            accounts.disableTwoFactor(actor, actor.userId(), ctx.formParam("confirm_password"));
            ctx.redirect("/admin/account/?done=two-factor-off", HttpStatus.SEE_OTHER);
        } catch (Invalid refused) {
            show(ctx, 400, FormState.empty(), FormState.refused(java.util.Map.of(), refused), null);
        }
    }

    void setWorkflowMail(Context ctx) {
        boolean wanted = "yes".equals(ctx.formParam("workflow_mail"));
        accounts.setWorkflowMail(AdminGate.actor(ctx), wanted);
        ctx.redirect("/admin/account/?done=" + (wanted ? "workflow-mail-on" : "workflow-mail-off"), HttpStatus.SEE_OTHER);
    }

    void signOutEverywhere(Context ctx) {
        signIn.signOutEverywhere(AdminGate.actor(ctx));
        gate.endSession(ctx);
        ctx.redirect("/admin/sign-in", HttpStatus.SEE_OTHER);
    }

    private void show(Context ctx, int status, FormState password, FormState twoFactor, String done) {
        Actor actor = AdminGate.actor(ctx);
        User user = accounts.find(actor.userId());
        TwoFactorEnrolment enrolment = null;
        String qr = null;
        if (!user.twoFactorEnabled()) {
            // A secret being confirmed comes back with the form; otherwise a new one is offered.
            String pending = twoFactor.value("secret");
            enrolment = pending.isEmpty() ? accounts.startTwoFactor(actor, issuer.get())
                    : new TwoFactorEnrolment(pending, null);
            qr = enrolment.uri() == null ? null : QrCode.svg(enrolment.uri());
        }
        String notice = done == null ? null : switch (done) {
            case "password" -> "Your password is changed.";
            case "two-factor" -> "Two-factor sign-in is on: from now on you will be asked for a code.";
            case "two-factor-off" -> "Two-factor sign-in is off.";
            case "workflow-mail-on" -> "You will be emailed about your pieces' steps.";
            case "workflow-mail-off" -> "You will no longer be emailed about your pieces' steps.";
            default -> null;
        };
        screens.render(ctx, status, "account.jte", new AdminViews.Account(user, password, enrolment, qr, twoFactor, notice));
    }
}
