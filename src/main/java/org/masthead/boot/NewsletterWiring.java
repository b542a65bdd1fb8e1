package org.masthead.boot;

import java.net.URI;
import java.time.Clock;
import java.time.ZoneId;
import java.util.function.Supplier;
import org.masthead.article.ArticleService;
import org.masthead.audit.AuditLog;
import org.masthead.edition.EditionService;
import org.masthead.mail.Mailer;
import org.masthead.newsletter.LetterDesigns;
import org.masthead.newsletter.NewsletterDesk;
import org.masthead.newsletter.NewsletterStores;
import org.masthead.newsletter.SendingService;
import org.masthead.newsletter.SubscriptionService;
import org.masthead.platform.Database;
import org.masthead.platform.Templates;
import org.masthead.settings.SettingsService;

/**
 * The newsletter's part of the composition root: subscribing, sending, and what a letter is made with (the design
 * kept in the settings, the templates). A letter is rendered with the built-in templates until the server starts
 * with the magazine's theme, whose letter templates then replace them as its pages do.
 */
final class NewsletterWiring {
    private final SubscriptionService subscriptions;
    private final SendingService sending;
    private final LetterDesigns designs;
    private volatile Templates templates = new Templates();

    NewsletterWiring(Database db, NewsletterStores stores, SettingsService settings, EditionService editions,
            ArticleService articles, Mailer mailer, Supplier<URI> publicUrl, Clock clock, ZoneId zone) {
        Supplier<String> title = () -> settings.current().title();
        this.subscriptions = new SubscriptionService(stores, mailer, settings::mail, title, publicUrl, clock);
        this.designs = new LetterDesigns(settings);
        this.sending = new SendingService(stores, new SendingService.Wiring(db, editions, articles, subscriptions, mailer,
                settings::mail, settings::newsletterRate, title, publicUrl, clock, zone, settings::digestAt, designs::current,
                () -> templates, settings::restoredAt));
    }

    /** From now on, letters are rendered with these templates (the theme's, once the server has loaded them). */
    void useTemplates(Templates themed) {
        this.templates = themed;
    }

    SubscriptionService subscriptions() {
        return subscriptions;
    }

    SendingService sending() {
        return sending;
    }

    NewsletterDesk desk(AuditLog audit) {
        return sending.desk(audit, designs);
    }
}
