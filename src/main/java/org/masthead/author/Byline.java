package org.masthead.author;

/** The part of an author a list of articles shows: the name, linking to the author's page. */
public record Byline(long id, String slug, String name) {
    public String path() {
        return "/author/" + org.masthead.common.Slugs.inPath(slug) + "/";
    }
}
