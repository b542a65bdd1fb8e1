package org.masthead.site;

/**
 * The page a confirmation link opens: a button that confirms, because a GET changes nothing (mail scanners
 * open links before their readers do).
 */
public record ConfirmView(PageMeta meta, String token, String email) {}
