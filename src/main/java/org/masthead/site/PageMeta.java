package org.masthead.site;

/**
 * A page's head. The description is never empty on a public page (search engines show it under the link);
 * the canonical address is null where a page is no page of its own (errors, the share page); social is how
 * the page looks when shared (OpenGraph and the Twitter/X card; null for none); feed is the page's own feed
 * (null for none: the magazine's feeds are linked from every page); structuredData its schema.org JSON-LD;
 * noindex keeps search engines from listing it. siteTitleIsHeading says whether the magazine's name is the
 * page's heading (on the home page) or the page has a heading of its own.
 */
public record PageMeta(String title, String description, String canonicalUrl, boolean siteTitleIsHeading,
        SocialCard social, FeedLink feed, StructuredData structuredData, boolean noindex) {

    /** A head with only a title, a description and an address: no card, no feed, no JSON-LD. */
    public PageMeta(String title, String description, String canonicalUrl, boolean siteTitleIsHeading) {
        this(title, description, canonicalUrl, siteTitleIsHeading, null, null, StructuredData.NONE, false);
    }
}
