package org.masthead.author;

/**
 * What else the magazine knows of a writer, mostly brought from WordPress or Ghost: an email address for the
 * newsroom (never shown to readers), a website, where they are, their X/Twitter and Facebook accounts, and a
 * picture from the media library. Blank text and nulls mean not known.
 */
public record AuthorProfile(String email, String website, String location, String twitter, String facebook,
        Long profileImageId) {
    public static final AuthorProfile NONE = new AuthorProfile(null, null, "", null, null, null);

    public AuthorProfile {
        email = blankToNull(email);
        website = blankToNull(website);
        location = location == null ? "" : location.strip();
        twitter = blankToNull(twitter);
        facebook = blankToNull(facebook);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    /** Refuses values that cannot be kept, naming the field at fault (as the Authors screen calls it). */
    void check() {
        if (website != null && !website.matches("(?i)https?://[^\\s\"<>]{1,500}")) {
            throw new org.masthead.common.Invalid("website", "a website starts with http:// or https:// and has no spaces");
        }
        if (email != null && (email.length() > 254 || !email.matches("[^@\\s]+@[^@\\s]+"))) {
            throw new org.masthead.common.Invalid("email", "an email address has one @ and no spaces");
        }
        String[][] named = {{"location", location}, {"twitter", twitter}, {"facebook", facebook}};
        for (String[] field : named) {
            if (field[1] != null && field[1].length() > 200) {
                throw new org.masthead.common.Invalid(field[0], "at most 200 characters");
            }
        }
    }
}
