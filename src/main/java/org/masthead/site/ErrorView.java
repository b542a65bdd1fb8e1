package org.masthead.site;

/**
 * A page that explains a failure to a reader, never with technical detail; errorId (or null) is the id the
 * failure was logged under, for the reader to quote.
 */
public record ErrorView(PageMeta meta, int status, String heading, String explanation, String errorId) {}
