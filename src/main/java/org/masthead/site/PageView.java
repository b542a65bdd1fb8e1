package org.masthead.site;

/**
 * A page of the magazine that stands outside the editions: About, Donate, Contact. titleHtml is its heading, as
 * {@link ArticleView}'s.
 */
public record PageView(PageMeta meta, String titleHtml, String dek, String bodyHtml, LeadImage image) {}
