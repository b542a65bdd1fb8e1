package org.masthead.search;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * What the index knows of one published article: everything a search matches on and everything a result
 * shows, so answering a search needs no trip to the database. {@code body} is plain text.
 */
public record SearchDocument(long id, String path, String title, String dek, String body, List<Label> authors,
        List<Label> topics, LocalDate publishedOn, Instant publishedAt) {

    public SearchDocument {
        authors = List.copyOf(authors);
        topics = List.copyOf(topics);
    }

    public boolean hasBody() {
        return !body.isBlank();
    }

    /** An author or a topic: its slug (for addresses and filters) and its name (for people). */
    public record Label(String slug, String name) {}
}
