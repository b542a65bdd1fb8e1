package org.masthead.newsletter;

import java.time.Clock;
import org.masthead.platform.Database;

/**
 * The newsletter's storage: subscribers, sends, the newsroom's view of them and the sign-up throttle, opened once by the composition root
 * and handed to {@link SubscriptionService} and {@link SendingService}: a service never opens its own. The stores stay
 * package-private; a test of the rules may give a service one in memory.
 */
public final class NewsletterStores {
    final SubscriberStore subscribers;
    final SendStore sends;
    final SqlNewsletterDeskStore desk;
    final SubscribeThrottle throttle;

    NewsletterStores(SubscriberStore subscribers, SendStore sends, SqlNewsletterDeskStore desk, SubscribeThrottle throttle) {
        this.subscribers = subscribers;
        this.sends = sends;
        this.desk = desk;
        this.throttle = throttle;
    }

    /** The stores over this database's tables; the throttle counts sign-ups by this clock. */
    public static NewsletterStores sql(Database db, Clock clock) {
        return new NewsletterStores(new SqlSubscriberStore(db), new SqlSendStore(db), new SqlNewsletterDeskStore(db),
                new SubscribeThrottle(db, clock));
    }
}
