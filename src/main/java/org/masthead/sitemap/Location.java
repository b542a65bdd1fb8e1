package org.masthead.sitemap;

import java.time.Instant;

/** An absolute address in a sitemap, or a sitemap in the index, with when it last changed. */
public record Location(String loc, Instant lastModified) {}
