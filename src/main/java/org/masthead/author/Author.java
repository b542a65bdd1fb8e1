package org.masthead.author;

/** A writer with a byline and a bio. An author needs no account: most contributors never log in. */
public record Author(long id, String slug, String name, String bioSource, String bioHtml) {
    public String path() {
        return "/author/" + slug + "/";
    }

    public Byline byline() {
        return new Byline(id, slug, name);
    }

    public boolean hasBio() {
        return !bioHtml.isBlank();
    }
}
