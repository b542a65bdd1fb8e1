package org.masthead.sitemap;

import java.time.Instant;

/** An article in the news sitemap: its absolute address, title and publication time. */
public record NewsArticle(String loc, String title, Instant published) {}
