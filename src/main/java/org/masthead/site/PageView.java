package org.masthead.site;

/** A page of the magazine that stands outside the editions: About, Donate, Contact. */
public record PageView(PageMeta meta, String title, String dek, String bodyHtml, LeadImage image) {}
