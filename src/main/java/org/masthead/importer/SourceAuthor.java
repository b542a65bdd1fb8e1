package org.masthead.importer;

import org.masthead.author.AuthorProfile;

/**
 * A writer as an export gives them: a WordPress user (or Co-Authors Plus guest author), a Ghost user.
 *
 * @param key           unique within the source (a login, a user id)
 * @param slug          the address they had, kept when free; may be null
 * @param bioText       their bio as plain text (kept as Markdown-escaped text); may be empty
 * @param profile       website, location, accounts; the email is for the newsroom only
 * @param pictureKey    key of a {@link SourceImage} given before, or null
 */
public record SourceAuthor(String key, String name, String slug, String bioText, AuthorProfile profile, String pictureKey) {
    public SourceAuthor {
        bioText = bioText == null ? "" : bioText.strip();
        profile = profile == null ? AuthorProfile.NONE : profile;
    }

    public String label() {
        return "author " + key + " “" + name + "”";
    }
}
