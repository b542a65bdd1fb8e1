package org.masthead.admin;

import java.util.List;

/**
 * The frame of every admin screen: the magazine, the person signed in (null on the sign-in screens), the
 * form token, and the sections their role may open.
 */
public record AdminChrome(String siteTitle, String userName, String roleLabel, String csrfToken, List<NavItem> nav,
        String stylesheet, String script) {

    /** A section in the admin menu; {@code current} marks the one on screen. */
    public record NavItem(String label, String path, boolean current) {}
}
