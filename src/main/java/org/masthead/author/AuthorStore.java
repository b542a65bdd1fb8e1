package org.masthead.author;

import java.util.List;
import java.util.Optional;

interface AuthorStore {
    long insert(String slug, String name, String bioSource, String bioHtml);

    void updateBio(long id, String bioSource, String bioHtml);

    void updateProfile(long id, AuthorProfile profile);

    Optional<Author> findBySlug(String slug);

    /** The author whose byline reads exactly so (the first, should two), whatever their slug says. */
    Optional<Author> findByName(String name);

    List<Author> findByIds(List<Long> ids);

    int count();

    Optional<Author> find(long id);

    void rename(long id, String name);

    /** Authors whose name contains the words (all when null), by name, one more than the page holds. */
    List<Author> search(String words, org.masthead.common.PageRequest page);
}
