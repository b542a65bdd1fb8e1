package org.masthead.importer.wordpress;

/** What an export says at the level of its channel: the site, its authors, its terms. Fields are raw text or null. */
final class WxrChannel {
    private WxrChannel() {}

    /** The channel's header, read before its first author, term or item. */
    record Header(String title, String description, String link, String baseSiteUrl, String baseBlogUrl, String version) {
        /**
         * The blog's own address: its base blog URL, else the channel's link, else the base site URL; may be null.
         * Every WordPress.com blog, and every subsite of a multisite, shares one base site URL with the others.
         */
        String siteUrl() {
            return first(baseBlogUrl, link, baseSiteUrl);
        }

        /** The address earlier versions keyed a site by (the base site URL first), to find what they imported. */
        String formerSiteUrl() {
            return first(baseSiteUrl, link);
        }

        private static String first(String... urls) {
            for (String url : urls) {
                if (url != null && !url.isBlank()) {
                    return url.strip();
                }
            }
            return null;
        }
    }

    /** A {@code wp:author}: a WordPress user who wrote something. */
    record Author(int line, String id, String login, String email, String displayName, String firstName, String lastName) {}

    /**
     * A {@code wp:category}, {@code wp:tag} or {@code wp:term}, in the shape of the last: its taxonomy
     * ({@code category}, {@code post_tag}, a custom one), slug, parent's slug, name and description.
     */
    record Term(int line, String taxonomy, String slug, String parentSlug, String name, String description) {}
}
