package org.masthead.site;

/**
 * A page's head: its title, description (may be empty) and canonical address (null for error pages), and whether the magazine's
 * name is the page's heading (on the home page) or the page has a heading of its own.
 */
public record PageMeta(String title, String description, String canonicalUrl, boolean siteTitleIsHeading) {}
