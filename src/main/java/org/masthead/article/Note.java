package org.masthead.article;

import java.time.Instant;

/** An editorial note on an article: a question, a request, the reason it was sent back. Never public. */
public record Note(long id, String writtenBy, String body, Instant createdAt) {}
