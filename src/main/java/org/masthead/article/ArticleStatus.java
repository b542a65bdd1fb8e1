package org.masthead.article;

import java.util.Locale;

/** Where an article stands in the editorial workflow; only PUBLISHED articles are public. */
public enum ArticleStatus {
    DRAFT, SUBMITTED, SCHEDULED, PUBLISHED, UNPUBLISHED;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static ArticleStatus fromCode(String code) {
        return valueOf(code.toUpperCase(Locale.ROOT));
    }
}
