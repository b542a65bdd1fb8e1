package org.masthead.article;

/**
 * What an article tells search engines and social networks when it should differ from its title and dek: a
 * title and a description for results (Yoast's or Ghost's meta title and description), the address of the
 * original when the piece first appeared elsewhere, and the texts of its card when shared ({@link Social}).
 * Empty text and a null address mean "use the article's own".
 */
public record Seo(String title, String description, String canonicalUrl, Social social) {
    public static final Seo NONE = new Seo("", "", null);

    private static final int MAX_TITLE = 300;
    private static final int MAX_DESCRIPTION = 500;

    public Seo {
        title = title == null ? "" : title.strip();
        description = description == null ? "" : description.strip();
        canonicalUrl = canonicalUrl == null || canonicalUrl.isBlank() ? null : canonicalUrl.strip();
        social = social == null ? Social.NONE : social;
    }

    /** Search-engine texts alone, the card's texts left to fall back to them. */
    public Seo(String title, String description, String canonicalUrl) {
        this(title, description, canonicalUrl, Social.NONE);
    }

    /** The same search-engine texts with these card texts. */
    public Seo withSocial(Social social) {
        return new Seo(title, description, canonicalUrl, social);
    }

    /**
     * The title and description of the card a social network shows when the article is shared: Open Graph's
     * (Facebook, LinkedIn and most others) and X's (Twitter's), as Ghost's posts_meta and Yoast keep them. Empty
     * means "as the other card", then "as for search engines", then the article's own.
     */
    public record Social(String ogTitle, String ogDescription, String xTitle, String xDescription) {
        public static final Social NONE = new Social("", "", "", "");

        public Social {
            ogTitle = text(ogTitle);
            ogDescription = text(ogDescription);
            xTitle = text(xTitle);
            xDescription = text(xDescription);
        }

        private static String text(String value) {
            return value == null ? "" : value.strip();
        }
    }

    /** The Open Graph title: its own, else the search-engine title, else the given one (the headline). */
    public String ogTitle(String headline) {
        return first(social.ogTitle(), title, headline);
    }

    /** The Open Graph description: its own, else the search-engine one, else the given one (the dek or the text). */
    public String ogDescription(String fallback) {
        return first(social.ogDescription(), description, fallback);
    }

    /** X's title: its own, else Open Graph's, as Ghost falls back. */
    public String xTitle(String headline) {
        return first(social.xTitle(), ogTitle(headline));
    }

    /** X's description: its own, else Open Graph's. */
    public String xDescription(String fallback) {
        return first(social.xDescription(), ogDescription(fallback));
    }

    private static String first(String... values) {
        for (String value : values) {
            if (!value.isEmpty()) {
                return value;
            }
        }
        return values[values.length - 1];
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
        limit("og_title", "an Open Graph title", social.ogTitle(), MAX_TITLE);
        limit("og_description", "an Open Graph description", social.ogDescription(), MAX_DESCRIPTION);
        limit("x_title", "an X title", social.xTitle(), MAX_TITLE);
        limit("x_description", "an X description", social.xDescription(), MAX_DESCRIPTION);
    }

    private static void limit(String field, String what, String value, int max) {
        if (value.length() > max) {
            throw new org.masthead.common.Invalid(field, what + " is at most " + max + " characters");
        }
    }
}
