package org.masthead.author;

/** A writer with a byline and a bio. An author needs no account: most contributors never log in. */
public record Author(long id, String slug, String name, String bioSource, String bioHtml, AuthorProfile profile) {
    public Author {
        profile = profile == null ? AuthorProfile.NONE : profile;
    }

    /** An author of whom the magazine knows no more than the byline and bio. */
    public Author(long id, String slug, String name, String bioSource, String bioHtml) {
        this(id, slug, name, bioSource, bioHtml, AuthorProfile.NONE);
    }

    public String path() {
        return "/author/" + org.masthead.common.Slugs.inPath(slug) + "/";
    }

    public Byline byline() {
        return new Byline(id, slug, name);
    }

    public boolean hasBio() {
        return !bioHtml.isBlank();
    }
}
