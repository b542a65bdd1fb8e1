package org.masthead.topic;

/**
 * A subject articles are filed under, such as a country, a person or a policy, with a description for its
 * page (often brought from a WordPress category or a Ghost tag).
 */
public record Topic(long id, String slug, String name, String description) {
    public Topic {
        description = description == null ? "" : description;
    }

    public Topic(long id, String slug, String name) {
        this(id, slug, name, "");
    }
}
