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

    /**
     * The dashboard: the counts; what needs the person's action (pieces sent back to them, then what waits for their
     * review, longest first); their other drafts; the editions coming up (editors); the latest work they may see.
     */
    public record Dashboard(String name, List<Count> counts, List<Piece> needsAction, List<Piece> ready, List<Piece> drafts,
            List<UpcomingEdition> editions, List<Done> activity, boolean editor) {}

    /** A piece in one of the dashboard's lists: its state in words, when it last changed (in words, and exactly). */
    public record Piece(String title, String path, String state, String changed, String changedAt) {}

    /** An edition coming up: its name, its builder, how many pieces, when it goes out (null: not scheduled yet). */
    public record UpcomingEdition(String heading, String path, int pieces, String scheduled) {}

    /** Something done, in a sentence, with the thing's screen and when (in words, and exactly). */
    public record Done(String sentence, String path, String when, String at) {}

    public record Count(String label, long count, String path) {}

    public record Account(User user, FormState password, TwoFactorEnrolment enrolment, String enrolmentQrSvg,
            FormState twoFactor, String notice) {}

    /** The people screen; {@code problem} says why a change to someone was refused, {@code notice} what was done. */
    public record Users(List<User> users, FormState add, List<String> roles, long selfId, String problem, String notice) {}

    public record Audit(List<AuditEntry> entries, String newerPath, String olderPath) {}

    /** An error in the newsroom: what went wrong, in plain words, and the logged failure's reference. */
    public record Problem(String heading, String explanation, String errorId) {}
}
