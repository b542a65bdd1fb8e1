package org.masthead.catalog;

import org.masthead.author.Author;

/** An author as the APIs show them: who they are, and the address of their picture, if they have one. */
public record Writer(Author author, String profileImage) {}
