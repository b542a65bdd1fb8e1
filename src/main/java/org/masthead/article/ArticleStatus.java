package org.masthead.article;

import java.util.Locale;
import org.masthead.common.Invalid;

/** Where an article stands in the editorial workflow; only PUBLISHED articles are public. */
public enum ArticleStatus {
    DRAFT, SUBMITTED, SCHEDULED, PUBLISHED, UNPUBLISHED;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Refuses a step that the article's status does not allow. */
    static void require(Article article, ArticleStatus... allowed) {
        for (ArticleStatus status : allowed) {
            if (article.status() == status) {
                return;
            }
        }
        throw new Invalid("this cannot be done to an article that is " + article.status().code());
    }

    public static ArticleStatus fromCode(String code) {
        return valueOf(code.toUpperCase(Locale.ROOT));
    }
}
