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

    /** The problem with these values, or null when they can be kept. */
    String problem() {
        if (website != null && !website.matches("(?i)https?://[^\\s\"<>]{1,500}")) {
            return "a website starts with http:// or https:// and has no spaces";
        }
        if (email != null && (email.length() > 254 || !email.matches("[^@\\s]+@[^@\\s]+"))) {
            return "an email address has one @ and no spaces";
        }
        for (String text : new String[] {location, twitter, facebook}) {
            if (text != null && text.length() > 200) {
                return "a location or an account name is at most 200 characters";
            }
        }
        return null;
    }
}
