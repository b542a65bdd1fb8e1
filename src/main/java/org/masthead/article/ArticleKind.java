package org.masthead.article;

import java.util.Locale;

/**
 * An article of an edition, dated and in a lineup; or a page (About, Donate, Contact) that stands outside
 * the editions at an address of its own, written and published the same way.
 */
public enum ArticleKind {
    ARTICLE, PAGE;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static ArticleKind fromCode(String code) {
        return valueOf(code.toUpperCase(Locale.ROOT));
    }
}
