package org.masthead.article;

/**
 * How an article is put before readers beyond its text: featured (pinned above the lineup, as a WordPress
 * sticky post or a Ghost featured post) and what it tells search engines.
 */
public record Presentation(boolean featured, Seo seo) {
    public Presentation {
        seo = seo == null ? Seo.NONE : seo;
    }
}
