package org.masthead.site;

import java.util.List;

/**
 * What every page's frame shows: the magazine's name, tagline and language, the stylesheets (the theme's,
 * then a magazine's custom.css), the site's one script and its icon, by their versioned addresses.
 */
public record Chrome(String title, String tagline, String language, List<String> stylesheets, String script, String icon,
        boolean newsletter) {
    public Chrome {
        stylesheets = List.copyOf(stylesheets);
    }
}
