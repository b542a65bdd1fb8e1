package org.masthead.catalog;

/**
 * A picture as published with an article or a writer: where it loads from (an address within the site, or
 * elsewhere), its alt text and caption, and its credit and licence, which go wherever the picture goes.
 */
public record Picture(String src, String alt, String caption, String creditKind, String creditName, String creditUrl,
        String licenceLabel, String licenceUrl) {}
