package org.masthead.article;

import java.util.List;

/**
 * An article as the editing screen sends it: authors and topics by name (in order), the body in its
 * format's source; a blank slug is derived from the title. {@link WorkflowService} turns the names into
 * authors and topics, creating those that are new.
 */
public record DraftInput(String title, String slug, String dek, BodyFormat bodyFormat, String bodySource,
        List<String> authorNames, List<String> topicNames, Long leadImageId) {
    public DraftInput {
        authorNames = authorNames.stream().map(String::strip).filter(name -> !name.isEmpty()).distinct().toList();
        topicNames = topicNames.stream().map(String::strip).filter(name -> !name.isEmpty()).distinct().toList();
        slug = slug == null || slug.isBlank() ? null : slug.strip();
        title = title == null ? "" : title.strip();
        bodySource = bodySource == null ? "" : bodySource.replace("\r\n", "\n");
    }

    Body body() {
        return switch (bodyFormat) {
            case HTML -> Body.html(bodySource);
            case NONE -> bodySource.isBlank() ? Body.none() : Body.markdown(bodySource);
            case MARKDOWN -> Body.markdown(bodySource);
        };
    }
}
