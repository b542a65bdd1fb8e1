package org.masthead.article;

/**
 * Something readers see of an article changed: its text, its authors or topics, its state, its address or
 * its place in a lineup. Raised after the change commits; the search index (and whatever else mirrors the
 * published site) follows it.
 */
public record ArticleChanged(long id) {}
