package org.masthead.importer.wordpress;

/** What an export says at the level of its channel: the site, its authors, its terms. Fields are raw text or null. */
final class WxrChannel {
    private WxrChannel() {}

    /** The channel's header, read before its first author, term or item. */
    record Header(String title, String link, String baseSiteUrl, String baseBlogUrl, String version) {
        /** The site's address as the export gives it: the base site URL, else the channel's link; may be null. */
        String siteUrl() {
            String url = baseSiteUrl != null && !baseSiteUrl.isBlank() ? baseSiteUrl : link;
            return url == null || url.isBlank() ? null : url.strip();
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
