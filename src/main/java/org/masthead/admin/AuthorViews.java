package org.masthead.admin;

import java.util.List;
import org.masthead.author.Author;

/** The typed views of the authors' screens. */
public final class AuthorViews {
    private AuthorViews() {}

    public record Authors(List<Author> authors, String words, String newerPath, String olderPath) {}

    public record AuthorForm(Author author, FormState form, String notice) {}
}
