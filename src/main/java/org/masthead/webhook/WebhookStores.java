package org.masthead.webhook;

import org.masthead.platform.Database;

/**
 * The webhooks' storage: the hooks with their deliveries, and what each article looked like when last announced,
 * opened once by the composition root and handed to {@link WebhookService}: a service never opens its own. The stores
 * stay package-private; a test of the rules may give a service one in memory.
 */
public final class WebhookStores {
    final WebhookStore hooks;
    final AnnouncementStore announcements;

    WebhookStores(WebhookStore hooks, AnnouncementStore announcements) {
        this.hooks = hooks;
        this.announcements = announcements;
    }

    /** The stores over this database's tables. */
    public static WebhookStores sql(Database db) {
        return new WebhookStores(new WebhookStore(db), new AnnouncementStore(db));
    }
}
