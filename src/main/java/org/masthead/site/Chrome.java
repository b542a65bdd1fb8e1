package org.masthead.site;

/** What every page's frame shows: the magazine's name, tagline and language, and the stylesheet address. */
public record Chrome(String title, String tagline, String language, String stylesheet) {}
