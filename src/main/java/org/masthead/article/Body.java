package org.masthead.article;

import org.masthead.markup.Markup;

/** An article's text: the source as written or imported, and the sanitized HTML readers get. */
public record Body(BodyFormat format, String source, String html) {
    public static Body markdown(String source) {
        return new Body(BodyFormat.MARKDOWN, source, Markup.markdownBody(source));
    }

    public static Body html(String source) {
        return new Body(BodyFormat.HTML, source, Markup.htmlBody(source));
    }

    /** The text is not available: the magazine knows the article only from a list of titles. */
    public static Body none() {
        return new Body(BodyFormat.NONE, "", "");
    }

    public boolean isAvailable() {
        return format != BodyFormat.NONE;
    }
}
