package org.masthead.topic;

import org.masthead.platform.Database;

/**
 * The topics' storage, opened once by the composition root and handed to {@link TopicService}: a service never opens
 * its own. The stores stay package-private; a test of the rules may give a service one in memory.
 */
public final class TopicStores {
    final TopicStore topics;

    TopicStores(TopicStore topics) {
        this.topics = topics;
    }

    /** The stores over this database's tables. */
    public static TopicStores sql(Database db) {
        return new TopicStores(new TopicStore(db));
    }
}
