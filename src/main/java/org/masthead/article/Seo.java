package org.masthead.article;

/**
 * What an article tells search engines and social networks when it should differ from its title and dek: a
 * title and a description for results (Yoast's or Ghost's meta title and description), and the address of
 * the original when the piece first appeared elsewhere. Empty text and a null address mean "use the article's own".
 */
public record Seo(String title, String description, String canonicalUrl) {
    public static final Seo NONE = new Seo("", "", null);

    private static final int MAX_TITLE = 300;
    private static final int MAX_DESCRIPTION = 500;

    public Seo {
        title = title == null ? "" : title.strip();
        description = description == null ? "" : description.strip();
        canonicalUrl = canonicalUrl == null || canonicalUrl.isBlank() ? null : canonicalUrl.strip();
    }

    /** Refuses values that cannot be kept, naming the field at fault (as the editing screen calls it). */
    void check() {
        if (title.length() > MAX_TITLE) {
            throw new org.masthead.common.Invalid("meta_title", "a search-engine title is at most " + MAX_TITLE + " characters");
        }
        if (description.length() > MAX_DESCRIPTION) {
            throw new org.masthead.common.Invalid("meta_description",
                    "a search-engine description is at most " + MAX_DESCRIPTION + " characters");
        }
        if (canonicalUrl != null && (canonicalUrl.length() > 2000 || !canonicalUrl.matches("(?i)https?://[^\\s\"<>]+"))) {
            throw new org.masthead.common.Invalid("canonical_url", "a canonical address starts with http:// or https:// and has no spaces");
        }
    }
}
