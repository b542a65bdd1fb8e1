package org.masthead.site;

/**
 * A subscriber's own page: their address, where their subscription stands in words, daily or weekly, whether
 * they still receive it (and so may leave), and what was just saved (or null).
 */
public record ManageView(PageMeta meta, String token, String email, String standing, boolean weekly, boolean receiving,
        String notice) {}
