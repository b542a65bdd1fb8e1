package org.masthead.site;

/**
 * A page that tells a reader where their subscription stands ("check your inbox", "you are subscribed", "you have
 * left"), with one link onwards (or a null href).
 */
public record NewsletterNotice(PageMeta meta, String heading, String text, String href, String linkText) {}
