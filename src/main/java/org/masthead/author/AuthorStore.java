package org.masthead.author;

import java.util.List;
import java.util.Optional;

interface AuthorStore {
    long insert(String slug, String name, String bioSource, String bioHtml);

    void updateBio(long id, String bioSource, String bioHtml);

    Optional<Author> findBySlug(String slug);

    List<Author> findByIds(List<Long> ids);

    int count();
}
