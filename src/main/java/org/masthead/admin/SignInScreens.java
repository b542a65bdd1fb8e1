package org.masthead.admin;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import org.masthead.account.AccountService;
import org.masthead.account.SignInService;
import org.masthead.account.SignInService.Outcome;
import org.masthead.account.User;
import org.masthead.common.Invalid;

/** First run, signing in (password, then one-time code) and signing out. */
final class SignInScreens {
    private final AccountService accounts;
    private final SignInService signIn;
    private final AdminGate gate;
    private final AdminScreens screens;

    SignInScreens(AccountService accounts, SignInService signIn, AdminGate gate, AdminScreens screens) {
        this.accounts = accounts;
        this.signIn = signIn;
        this.gate = gate;
        this.screens = screens;
    }

    void firstRunForm(Context ctx) {
        if (!accounts.needsFirstAdmin()) {
            ctx.redirect("/admin/sign-in", HttpStatus.SEE_OTHER);
            return;
        }
        screens.render(ctx, "first-run.jte", new AdminViews.FirstRun(FormState.empty()));
    }

    void createFirstAdmin(Context ctx) {
        var values = AdminScreens.fields(ctx, "name", "email");
        String password = ctx.formParam("password");
        if (password == null || !password.equals(ctx.formParam("password2"))) {
            screens.render(ctx, 400, "first-run.jte", new AdminViews.FirstRun(
                    FormState.refused(values, new Invalid("password2", "the two passwords differ"))));
            return;
        }
        try {
            User admin = accounts.createFirstAdmin(values.get("name"), values.get("email"), password, ctx.ip());
            signInAndGo(ctx, admin.email(), password, "/admin/");
        } catch (Invalid refused) {
            screens.render(ctx, 400, "first-run.jte", new AdminViews.FirstRun(FormState.refused(values, refused)));
        }
    }

    void signInForm(Context ctx) {
        if (AdminGate.maybeSession(ctx).filter(s -> !s.secondFactorDue()).isPresent()) {
            ctx.redirect(AdminGate.safeNext(ctx.queryParam("next")), HttpStatus.SEE_OTHER);
            return;
        }
        String notice = "done".equals(ctx.queryParam("reset")) ? "Your password is changed. Sign in with it." : null;
        screens.render(ctx, "sign-in.jte", new AdminViews.SignIn(FormState.empty(), AdminGate.safeNext(ctx.queryParam("next")), notice));
    }

    void signIn(Context ctx) {
        var values = AdminScreens.fields(ctx, "email");
        String next = AdminGate.safeNext(ctx.formParam("next"));
        Outcome outcome = signIn.signIn(values.get("email"), ctx.formParam("password"), ctx.ip(), ctx.userAgent());
        switch (outcome) {
            case Outcome.SignedIn in -> {
                gate.startSession(ctx, in.token());
                ctx.redirect(in.secondFactorDue() ? "/admin/sign-in/code?next=" + next : next, HttpStatus.SEE_OTHER);
            }
            case Outcome.Refused refused -> screens.render(ctx, 400, "sign-in.jte",
                    new AdminViews.SignIn(FormState.message(values, refused.message()), next, null));
            case Outcome.Throttled throttled -> {
                ctx.header("Retry-After", Long.toString(throttled.retryAfter().toSeconds() + 1));
                screens.render(ctx, 429, "sign-in.jte", new AdminViews.SignIn(FormState.message(values,
                        "Too many failed sign-ins. Please wait " + minutes(throttled.retryAfter()) + " and try again."), next, null));
            }
        }
    }

    void codeForm(Context ctx) {
        screens.render(ctx, "sign-in-code.jte", new AdminViews.Code(FormState.empty()));
    }

    void code(Context ctx) {
        Outcome outcome = signIn.secondFactor(ctx.cookie(AdminGate.SESSION_COOKIE), ctx.formParam("code"), ctx.ip());
        switch (outcome) {
            case Outcome.SignedIn in -> ctx.redirect(AdminGate.safeNext(ctx.queryParam("next")), HttpStatus.SEE_OTHER);
            case Outcome.Refused refused -> screens.render(ctx, 400, "sign-in-code.jte",
                    new AdminViews.Code(FormState.message(java.util.Map.of(), refused.message())));
            case Outcome.Throttled throttled -> {
                ctx.header("Retry-After", Long.toString(throttled.retryAfter().toSeconds() + 1));
                screens.render(ctx, 429, "sign-in-code.jte", new AdminViews.Code(FormState.message(java.util.Map.of(),
                        "Too many wrong codes. Please wait " + minutes(throttled.retryAfter()) + " and try again.")));
            }
        }
    }

    void signOut(Context ctx) {
        signIn.signOut(ctx.cookie(AdminGate.SESSION_COOKIE));
        gate.endSession(ctx);
        ctx.redirect("/admin/sign-in", HttpStatus.SEE_OTHER);
    }

    private void signInAndGo(Context ctx, String email, String password, String next) {
        if (signIn.signIn(email, password, ctx.ip(), ctx.userAgent()) instanceof Outcome.SignedIn in) {
            gate.startSession(ctx, in.token());
        }
        ctx.redirect(next, HttpStatus.SEE_OTHER);
    }

    private static String minutes(java.time.Duration wait) {
        long minutes = Math.max(1, (wait.toSeconds() + 59) / 60);
        return minutes == 1 ? "a minute" : minutes + " minutes";
    }
}
