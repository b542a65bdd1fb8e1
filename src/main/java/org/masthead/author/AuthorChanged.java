package org.masthead.author;

/** An author's byline or bio changed, so every page and index entry that shows it must follow. */
public record AuthorChanged(long id) {}
