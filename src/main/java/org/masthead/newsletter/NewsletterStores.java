package org.masthead.newsletter;

import org.masthead.platform.Database;

/**
 * The newsletter's storage: subscribers, sends and the newsroom's view of them, opened once by the composition root
 * and handed to {@link SubscriptionService} and {@link SendingService}: a service never opens its own. The stores stay
 * package-private; a test of the rules may give a service one in memory.
 */
public final class NewsletterStores {
    final SubscriberStore subscribers;
    final SendStore sends;
    final SqlNewsletterDeskStore desk;

    NewsletterStores(SubscriberStore subscribers, SendStore sends, SqlNewsletterDeskStore desk) {
        this.subscribers = subscribers;
        this.sends = sends;
        this.desk = desk;
    }

    /** The stores over this database's tables. */
    public static NewsletterStores sql(Database db) {
        return new NewsletterStores(new SqlSubscriberStore(db), new SqlSendStore(db), new SqlNewsletterDeskStore(db));
    }
}
