package org.masthead.site;

import java.util.List;

/**
 * What every page's frame shows: the magazine's name, tagline and language, the stylesheets (the theme's,
 * then a magazine's custom.css), the site's one script and its icon, by their versioned addresses, the fonts to fetch
 * before the stylesheet asks for them (the built-in theme's text faces; none under a magazine's own site.css), and the
 * links of its header and footer. */
public record Chrome(String title, String tagline, String language, List<String> stylesheets, String script, String icon,
        boolean newsletter, Links links, List<String> fonts) {
    public Chrome {
        stylesheets = List.copyOf(stylesheets);
        fonts = List.copyOf(fonts);
    }

    /**
     * The header's and footer's links: the sections (topics the magazine chose, in its order), the About and Donate
     * pages (null when there is none), and the year of the copyright line.
     */
    public record Links(List<TopicLink> sections, String aboutPath, String donatePath, int year) {
        public Links {
            sections = List.copyOf(sections);
        }

        /** No menu and no pages: for a frame drawn when the settings cannot be read. */
        static Links none(int year) {
            return new Links(List.of(), null, null, year);
        }

        /** Whether the header shows a menu at all. */
        public boolean hasMenu() {
            return !sections.isEmpty() || aboutPath != null || donatePath != null;
        }
    }
}
