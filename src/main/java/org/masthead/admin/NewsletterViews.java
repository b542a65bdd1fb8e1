package org.masthead.admin;

import java.util.List;
import org.masthead.newsletter.NewsletterDesk;

/** The typed views of the newsletter's screens. */
public final class NewsletterViews {
    private NewsletterViews() {}

    /** A status with its count, as a link filtering the list by it. */
    public record Count(String label, int count, String link) {}

    /** One subscriber's row; the two flags say which change an admin may make to it. */
    public record Row(long id, String email, String status, String frequency, String since, String source, int failures,
            boolean canUnsubscribe, boolean canReactivate) {}

    /** An edition a test or the preview can be made of. */
    public record EditionChoice(long id, String label) {}

    /**
     * The subscribers screen: counts, the filter as typed, a page of rows, and the forms (an admin's import and
     * export, everyone's test send), with what the last one did.
     */
    public record Subscribers(List<Count> counts, String search, String status, String frequency, List<Row> rows,
            String previous, String next, boolean admin, List<EditionChoice> editions, FormState importForm,
            NewsletterDesk.ImportReport report, FormState testForm, String notice) {}

    /** One send in the log, its times as shown. */
    public record SendRow(long id, String subject, String kind, String when, String status, int queued, int sent,
            int failed, int skipped) {}

    public record Sends(List<SendRow> sends, String previous, String next) {}

    /** The letter's design: the form (saved or as typed, with its errors) and what the last save did. */
    public record Design(FormState form, String notice) {}

    public record SendFailures(SendRow send, List<NewsletterDesk.Failure> failures) {}
}
