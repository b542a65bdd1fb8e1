package org.masthead.author;

import java.util.List;
import org.masthead.common.Invalid;
import org.masthead.common.NotFound;
import org.masthead.common.Slugs;
import org.masthead.markup.Markup;
import org.masthead.platform.Database;

/** Authors: found by the slug of their name, created on first mention, given a bio in Markdown. */
public final class AuthorService {
    private final AuthorStore store;

    public AuthorService(Database db) {
        this(new SqlAuthorStore(db));
    }

    AuthorService(AuthorStore store) {
        this.store = store;
    }

    public Author findBySlug(String slug) {
        return store.findBySlug(slug).orElseThrow(() -> new NotFound("no author " + slug));
    }

    /** The authors with these ids, in the order given. */
    public List<Author> findByIds(List<Long> ids) {
        return store.findByIds(ids);
    }

    /**
     * The author of this name, created if the magazine has none yet. Names are matched by their slug, so
     * "Jérôme Duval" and "Jerome Duval" are one person; the first spelling seen is kept.
     */
    public Author findOrCreate(String name) {
        String clean = name == null ? "" : name.strip().replaceAll("\\s+", " ");
        String slug = Slugs.of(clean);
        if (slug.isEmpty()) {
            throw new Invalid("an author needs a name with letters in it, not '" + name + "'");
        }
        return store.findBySlug(slug).orElseGet(() -> {
            long id = store.insert(slug, clean, "", "");
            return new Author(id, slug, clean, "", "");
        });
    }

    public int count() {
        return store.count();
    }

    /** Sets an author's bio, written in Markdown; returns the author as now stored. */
    public Author setBio(Author author, String markdown) {
        String source = markdown == null ? "" : markdown.strip();
        if (source.equals(author.bioSource())) {
            return author;
        }
        String html = Markup.markdownShort(source);
        store.updateBio(author.id(), source, html);
        return new Author(author.id(), author.slug(), author.name(), source, html);
    }
}
