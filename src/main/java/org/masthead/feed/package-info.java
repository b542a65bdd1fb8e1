/**
 * Feeds of what the magazine publishes: RSS 2.0, Atom 1.0 and JSON Feed 1.1 for the whole magazine, each
 * author, each topic and each edition. {@link org.masthead.feed.FeedService} builds one typed
 * {@link org.masthead.feed.Feed} from the published articles; {@link org.masthead.feed.FeedFormat} writes it
 * in each format (Rome for the XML ones, Jackson for JSON).
 */
package org.masthead.feed;
