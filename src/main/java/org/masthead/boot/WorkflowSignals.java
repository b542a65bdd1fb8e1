package org.masthead.boot;

import java.net.URI;
import java.time.Clock;
import java.time.ZoneId;
import java.util.function.Supplier;
import org.masthead.account.AccountService;
import org.masthead.article.ArticleLists;
import org.masthead.article.ArticleService;
import org.masthead.article.WorkflowService;
import org.masthead.article.WorkflowStepped;
import org.masthead.audit.AuditLog;
import org.masthead.edition.EditionService;
import org.masthead.mail.Mailer;
import org.masthead.newsroom.Dashboard;
import org.masthead.newsroom.WorkflowMail;
import org.masthead.platform.Events;
import org.masthead.settings.SettingsService;

/**
 * The workflow's signals, the composition root's part of them: the dashboard that shows each person what waits for
 * them, and the mail that follows each step of a piece (subscribed here to the steps, after they commit).
 */
final class WorkflowSignals implements AutoCloseable {
    private final Dashboard dashboard;
    private final WorkflowMail mail;

    /** What the signals read: the newsroom's lists, editions and log; who to tell, and how. */
    record Sources(ArticleLists lists, ArticleService articles, EditionService editions, AuditLog audit, AccountService accounts,
            WorkflowService workflow) {}

    WorkflowSignals(Sources sources, Events events, Mailer mailer, SettingsService settings, Supplier<URI> publicUrl,
            ZoneId zone, Clock clock) {
        this.dashboard = new Dashboard(sources.lists(), sources.articles(), sources.editions(), sources.audit(), zone, clock);
        this.mail = new WorkflowMail(sources.accounts(), sources.workflow(), mailer, settings::mail,
                () -> settings.current().title(), publicUrl);
        events.subscribe(WorkflowStepped.class, mail::stepped);
    }

    Dashboard dashboard() {
        return dashboard;
    }

    WorkflowMail mail() {
        return mail;
    }

    @Override
    public void close() {
        mail.close();
    }
}
