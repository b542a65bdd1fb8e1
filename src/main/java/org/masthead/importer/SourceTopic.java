package org.masthead.importer;

/**
 * A category or a tag (WordPress), a tag (Ghost), to become a topic.
 *
 * @param key        unique within the source, e.g. {@code category:news}, {@code tag:iraq}, a Ghost tag id
 * @param parentKey  the key of the broader topic given before it, or null
 */
public record SourceTopic(String key, String name, String slug, String description, String parentKey) {
    public SourceTopic {
        description = description == null ? "" : description.strip();
    }

    public String label() {
        return "topic " + key + " “" + name + "”";
    }
}
