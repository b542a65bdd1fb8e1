package org.masthead.site;

/** A page's own feed (an author's, a topic's, an edition's), for feed readers to discover: RSS 2.0. */
public record FeedLink(String title, String href) {}
