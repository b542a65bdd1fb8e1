package org.masthead.webhook;

import java.util.Arrays;
import org.masthead.article.ArticleKind;
import org.masthead.common.Invalid;

/** What a webhook is told of, named as Ghost names its events, so receivers written for Ghost understand them. */
public enum WebhookEvent {
    POST_PUBLISHED("post.published", "an article is published"),
    POST_PUBLISHED_EDITED("post.published.edited", "a published article is changed"),
    POST_UNPUBLISHED("post.unpublished", "an article is taken down"),
    PAGE_PUBLISHED("page.published", "a page is published"),
    PAGE_PUBLISHED_EDITED("page.published.edited", "a published page is changed"),
    PAGE_UNPUBLISHED("page.unpublished", "a page is taken down");

    private final String code;
    private final String meaning;

    WebhookEvent(String code, String meaning) {
        this.code = code;
        this.meaning = meaning;
    }

    public String code() {
        return code;
    }

    /** In words, for the newsroom's screens ("an article is published"). */
    public String meaning() {
        return meaning;
    }

    /** Whether it is about a page rather than an article: its payload is then {"page": ...}. */
    public boolean aboutPage() {
        return code.startsWith("page.");
    }

    public static WebhookEvent fromCode(String code) {
        return Arrays.stream(values()).filter(e -> e.code.equals(code)).findFirst()
                .orElseThrow(() -> new Invalid("event", "choose one of the events listed, not '" + code + "'"));
    }

    enum Change { PUBLISHED, EDITED, UNPUBLISHED }

    static WebhookEvent of(ArticleKind kind, Change change) {
        boolean page = kind == ArticleKind.PAGE;
        return switch (change) {
            case PUBLISHED -> page ? PAGE_PUBLISHED : POST_PUBLISHED;
            case EDITED -> page ? PAGE_PUBLISHED_EDITED : POST_PUBLISHED_EDITED;
            case UNPUBLISHED -> page ? PAGE_UNPUBLISHED : POST_UNPUBLISHED;
        };
    }
}
