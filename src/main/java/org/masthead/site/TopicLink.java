package org.masthead.site;

/** A topic as an article page links to it. */
public record TopicLink(String name, String path) {}
