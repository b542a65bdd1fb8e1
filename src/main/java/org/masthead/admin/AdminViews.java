package org.masthead.admin;

import java.util.List;
import org.masthead.account.TwoFactorEnrolment;
import org.masthead.account.User;
import org.masthead.audit.AuditEntry;

/** The typed views of the account screens. */
public final class AdminViews {
    private AdminViews() {}

    public record SignIn(FormState form, String next, String notice) {}

    public record Code(FormState form) {}

    public record FirstRun(FormState form) {}

    public record Dashboard(String name, List<Count> counts) {}

    public record Count(String label, long count, String path) {}

    public record Account(User user, FormState password, TwoFactorEnrolment enrolment, String enrolmentQrSvg,
            FormState twoFactor, String notice) {}

    /** The people screen; {@code problem} says why a change to someone was refused, {@code notice} what was done. */
    public record Users(List<User> users, FormState add, List<String> roles, long selfId, String problem, String notice) {}

    public record Audit(List<AuditEntry> entries, String newerPath, String olderPath) {}

    /** An error in the newsroom: what went wrong, in plain words, and the logged failure's reference. */
    public record Problem(String heading, String explanation, String errorId) {}
}
