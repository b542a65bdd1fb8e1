package org.masthead.author;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Authors in a list, for service tests that are about rules, not SQL. */
final class InMemoryAuthorStore implements AuthorStore {
    private final List<Author> authors = new ArrayList<>();

    @Override
    public long insert(String slug, String name, String bioSource, String bioHtml) {
        long id = authors.size() + 1;
        authors.add(new Author(id, slug, name, bioSource, bioHtml));
        return id;
    }

    @Override
    public void updateProfile(long id, AuthorProfile profile) {
        authors.replaceAll(a -> a.id() == id ? new Author(id, a.slug(), a.name(), a.bioSource(), a.bioHtml(), profile) : a);
    }

    @Override
    public void updateBio(long id, String bioSource, String bioHtml) {
        authors.replaceAll(a -> a.id() == id ? new Author(id, a.slug(), a.name(), bioSource, bioHtml, a.profile()) : a);
    }

    @Override
    public Optional<Author> findBySlug(String slug) {
        return authors.stream().filter(a -> a.slug().equals(slug)).findFirst();
    }

    @Override
    public Optional<Author> findByName(String name) {
        return authors.stream().filter(a -> a.name().equals(name)).findFirst();
    }

    @Override
    public List<Author> findByIds(List<Long> ids) {
        return ids.stream().flatMap(id -> authors.stream().filter(a -> a.id() == id)).toList();
    }

    @Override
    public int count() {
        return authors.size();
    }

    @Override
    public Optional<Author> find(long id) {
        return authors.stream().filter(a -> a.id() == id).findFirst();
    }

    @Override
    public void rename(long id, String name) {
        authors.replaceAll(a -> a.id() == id ? new Author(id, a.slug(), name, a.bioSource(), a.bioHtml(), a.profile()) : a);
    }

    @Override
    public List<Author> search(String words, org.masthead.common.PageRequest page) {
        return authors.stream().filter(a -> words == null || a.name().toLowerCase().contains(words.toLowerCase()))
                .skip(page.offset()).limit(page.limitWithLookahead()).toList();
    }
}
