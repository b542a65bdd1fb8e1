package org.masthead.admin;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.Map;
import org.masthead.account.PasswordResets;
import org.masthead.common.Invalid;

/** A forgotten password: asking for a link, and choosing a new password with it. */
final class PasswordResetScreens {
    private final PasswordResets resets;
    private final AdminScreens screens;

    PasswordResetScreens(PasswordResets resets, AdminScreens screens) {
        this.resets = resets;
        this.screens = screens;
    }

    void requestForm(Context ctx) {
        screens.render(ctx, "reset-request.jte", new SettingsViews.ResetRequest(FormState.empty(), resets.available(), null));
    }

    void request(Context ctx) {
        var values = AdminScreens.fields(ctx, "email");
        try {
            resets.request(values.get("email"), ctx.ip());
            screens.render(ctx, "reset-request.jte", new SettingsViews.ResetRequest(FormState.empty(), true,
                    "If an account has this address, a link to choose a new password is on its way. It works for an hour."));
        } catch (Invalid refused) {
            screens.render(ctx, 400, "reset-request.jte", new SettingsViews.ResetRequest(FormState.refused(values, refused),
                    resets.available(), null));
        }
    }

    void resetForm(Context ctx) {
        String token = ctx.pathParam("token");
        screens.render(ctx, "reset.jte", new SettingsViews.ResetForm(token, FormState.empty(), resets.isValid(token)));
    }

    void reset(Context ctx) {
        String token = ctx.pathParam("token");
        String password = ctx.formParam("password");
        try {
            if (password == null || !password.equals(ctx.formParam("password2"))) {
                throw new Invalid("password2", "the two passwords differ");
            }
            resets.reset(token, password, ctx.ip());
            ctx.redirect("/admin/sign-in?reset=done", HttpStatus.SEE_OTHER);
        } catch (Invalid refused) {
            screens.render(ctx, 400, "reset.jte", new SettingsViews.ResetForm(token, FormState.refused(Map.of(), refused),
                    resets.isValid(token)));
        }
    }
}
