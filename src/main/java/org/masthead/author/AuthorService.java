package org.masthead.author;

import java.util.List;
import org.masthead.common.Invalid;
import org.masthead.common.NotFound;
import org.masthead.common.Slugs;
import org.masthead.markup.Markup;

/** Authors: found by the slug of their name, created on first mention, given a bio in Markdown. */
public final class AuthorService {
    private final AuthorStore store;
    private final org.masthead.audit.AuditLog audit;
    private final org.masthead.platform.Events events;

    /** With no audit log and no events (a test of the rules), nothing is audited or announced. */
    public AuthorService(AuthorStores stores, org.masthead.audit.AuditLog audit, org.masthead.platform.Events events) {
        this.store = stores.authors;
        this.audit = audit;
        this.events = events;
    }

    public Author findBySlug(String slug) {
        return store.findBySlug(slug).orElseThrow(() -> new NotFound("no author " + slug));
    }

    /** The authors with these ids, in the order given. */
    public List<Author> findByIds(List<Long> ids) {
        return store.findByIds(ids);
    }

    /** The author of this name (matched as {@link #findOrCreate} matches), if the magazine has one. */
    public java.util.Optional<Author> findByName(String name) {
        String clean = org.masthead.common.Names.clean(name);
        String slug = Slugs.of(clean);
        if (slug.isEmpty()) {
            return java.util.Optional.empty();
        }
        // CASE: a renamed author keeps their slug (their address), so their new name is found by itself first.
        return store.findByName(clean).or(() -> store.findBySlug(slug));
    }

    /**
     * The author of this name, created if the magazine has none yet. Names are matched as written, then by
     * their slug, so "Jérôme Duval" and "Jerome Duval" are one person; the first spelling seen is kept.
     */
    public Author findOrCreate(String name) {
        String clean = org.masthead.common.Names.clean(name);
        String slug = Slugs.of(clean);
        if (slug.isEmpty()) {
            throw new Invalid("an author needs a name with letters in it, not '" + name + "'");
        }
        return store.findByName(clean).or(() -> store.findBySlug(slug)).orElseGet(() -> {
            long id = store.insert(slug, clean, "", "");
            return new Author(id, slug, clean, "", "");
        });
    }

    public int count() {
        return store.count();
    }

    public Author find(long id) {
        return store.find(id).orElseThrow(() -> new NotFound("no author " + id));
    }

    /** Authors by name, for the editors' list; {@code words} may be blank for all. */
    public org.masthead.common.Page<Author> search(String words, org.masthead.common.PageRequest request) {
        String clean = words == null || words.isBlank() ? null : words.strip();
        return org.masthead.common.Page.fromLookahead(store.search(clean, request), request);
    }

    /**
     * Changes how an author's byline reads and their bio: editors for anyone (guest contributors included),
     * everyone else for their own byline only. The address keeps its slug, so links to the author stay good.
     */
    public Author describe(org.masthead.common.Actor actor, long id, String name, String bioMarkdown) {
        return describe(actor, id, name, bioMarkdown, null);
    }

    /**
     * As {@link #describe(org.masthead.common.Actor, long, String, String)}, also setting what else is known of
     * them (null leaves it); their picture stays as it is.
     */
    public Author describe(org.masthead.common.Actor actor, long id, String name, String bioMarkdown, AuthorProfile profile) {
        Author author = find(id);
        boolean own = actor.authorId() != null && actor.authorId() == id;
        if (!own && !actor.atLeast(org.masthead.common.Role.EDITOR)) {
            throw new org.masthead.common.Forbidden("you can change only your own byline and bio; an editor changes the others");
        }
        String clean = org.masthead.common.Names.clean(name);
        if (Slugs.of(clean).isEmpty() || clean.length() > 100) {
            throw new Invalid("name", "a name of 1 to 100 characters with letters in it is needed");
        }
        if (bioMarkdown != null && bioMarkdown.length() > 5000) {
            throw new Invalid("bio", "a bio is at most 5,000 characters");
        }
        if (profile != null) {
            profile.check();
        }
        if (!clean.equals(author.name())) {
            store.rename(id, clean);
        }
        Author described = setBio(find(id), bioMarkdown);
        if (profile != null) {
            described = setProfile(described, new AuthorProfile(profile.email(), profile.website(), profile.location(),
                    profile.twitter(), profile.facebook(), described.profile().profileImageId()));
        }
        if (events != null) {
            events.publish(new AuthorChanged(id));
        }
        if (audit != null) {
            audit.record(actor, "author.described", "author", id, clean);
        }
        return described;
    }

    /** Sets what else the magazine knows of an author (website, location, accounts, picture, email). */
    public Author setProfile(Author author, AuthorProfile profile) {
        profile.check();
        if (profile.equals(author.profile())) {
            return author;
        }
        store.updateProfile(author.id(), profile);
        if (events != null) {
            events.publish(new AuthorChanged(author.id()));
        }
        return find(author.id());
    }

    /**
     * Creates an author under a slug of their own (the one they had in WordPress or Ghost, so their address
     * keeps its shape) when it is free, else under the slug of their name made unique with a number.
     */
    public Author create(String name, String wantedSlug) {
        String clean = org.masthead.common.Names.clean(name);
        String base = wantedSlug != null && Slugs.isSlug(wantedSlug) ? wantedSlug : Slugs.of(clean);
        if (base.isEmpty() || clean.isEmpty()) {
            throw new Invalid("an author needs a name with letters in it, not '" + name + "'");
        }
        String slug = base;
        for (int n = 2; store.findBySlug(slug).isPresent(); n++) {
            slug = base + "-" + n;
        }
        long id = store.insert(slug, clean, "", "");
        return new Author(id, slug, clean, "", "");
    }

    /** Sets an author's bio, written in Markdown; returns the author as now stored. */
    public Author setBio(Author author, String markdown) {
        String source = markdown == null ? "" : markdown.strip();
        if (source.equals(author.bioSource())) {
            return author;
        }
        String html = Markup.markdownShort(source);
        store.updateBio(author.id(), source, html);
        return new Author(author.id(), author.slug(), author.name(), source, html, author.profile());
    }
}
