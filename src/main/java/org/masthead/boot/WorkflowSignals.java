package org.masthead.boot;

import java.net.URI;
import java.time.Clock;
import java.time.ZoneId;
import java.util.function.Supplier;
import org.masthead.account.AccountService;
import org.masthead.article.ArticleLists;
import org.masthead.article.ArticleService;
import org.masthead.article.WorkflowService;
import org.masthead.audit.AuditLog;
import org.masthead.edition.EditionService;
import org.masthead.mail.Mailer;
import org.masthead.newsroom.Dashboard;
import org.masthead.platform.Events;
import org.masthead.settings.SettingsService;

/** The workflow's signals, the composition root's part of them: the dashboard that shows each person what waits for them. */
final class WorkflowSignals {
    private final Dashboard dashboard;

    /** What the signals read: the newsroom's lists, editions and log; who to tell, and how. */
    record Sources(ArticleLists lists, ArticleService articles, EditionService editions, AuditLog audit, AccountService accounts,
            WorkflowService workflow) {}

    WorkflowSignals(Sources sources, Events events, Mailer mailer, SettingsService settings, Supplier<URI> publicUrl,
            ZoneId zone, Clock clock) {
        this.dashboard = new Dashboard(sources.lists(), sources.articles(), sources.editions(), sources.audit(), zone, clock);
    }

    Dashboard dashboard() {
        return dashboard;
    }
}
