package org.masthead.site;

/** A page that explains a failure to a reader, never with technical detail. */
public record ErrorView(PageMeta meta, int status, String heading, String explanation) {}
