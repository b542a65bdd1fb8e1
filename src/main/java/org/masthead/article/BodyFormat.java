package org.masthead.article;

import java.util.Locale;

/** What an article's body source is written in; NONE when the magazine has the title but not the text. */
public enum BodyFormat {
    MARKDOWN, HTML, NONE;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static BodyFormat fromCode(String code) {
        return valueOf(code.toUpperCase(Locale.ROOT));
    }
}
