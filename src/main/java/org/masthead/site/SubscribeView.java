package org.masthead.site;

/** The subscribe page: the address as typed (kept when it is refused), and what is wrong with it (or null). */
public record SubscribeView(PageMeta meta, String email, String error) {}
