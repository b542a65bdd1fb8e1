package org.masthead.site;

/**
 * The page that asks a reader for their Mastodon server: the article's address and title being shared,
 * the server as typed or remembered (may be empty), and what is wrong with what was typed (or null).
 */
public record ShareView(PageMeta meta, String url, String title, String instance, String error) {}
