package org.masthead.site;

import java.util.HashSet;
import java.util.Set;

/**
 * What a page being rendered for the cache shows, noted as it is assembled: each article it shows
 * ({@code article:42}), each list it takes a slice of ({@code list:editions}, {@code list:author:7}) and each author,
 * topic or picture it prints ({@code author:7}: a byline will do). A change then forgets the pages that show what it
 * changed (see {@link ReaderChanges}). Outside a render for the cache (a preview, the search page) nothing is noted.
 */
final class PageTags {
    static final String EDITIONS = "list:editions";
    static final String FEEDS = "list:feeds";
    /** The sitemaps: every article, page, author, topic and edition out, with when each last changed. */
    static final String SITEMAPS = "list:sitemaps";
    /** Where the site's addresses lead: an old one kept as its redirect, until an article comes, goes or moves. */
    static final String ADDRESSES = "list:addresses";
    /** Every kept page has it: forgetting it forgets them all. */
    static final String EVERY_PAGE = "*";
    /** A page that noted nothing: any change readers see forgets it. */
    static final String UNTRACKED = "untracked";

    private static final ThreadLocal<Set<String>> noted = new ThreadLocal<>();

    private PageTags() {}

    static String article(long id) {
        return "article:" + id;
    }

    static String author(long id) {
        return "list:author:" + id;
    }

    static String topic(long id) {
        return "list:topic:" + id;
    }

    /** A page showing author {@code id}'s name, slug, bio or picture: a byline is enough. */
    static String writer(long id) {
        return "author:" + id;
    }

    /** Notes that the page being rendered shows author {@code id} (a byline, a bio, their page). */
    static void showsAuthor(long id) {
        note(writer(id));
    }

    /**
     * A page linking to the magazine's page at this slug, or leaving the link out while there is none (About,
     * Donate): a page coming out there, going or moving away changes it.
     */
    static String pageAt(String slug) {
        return "page:" + slug;
    }

    /** A page showing topic {@code id}'s name, slug or description. */
    static String subject(long id) {
        return "topic:" + id;
    }

    static void showsTopic(long id) {
        note(subject(id));
    }

    /** A page showing picture {@code id}, with its alt text, caption, credit and licence. */
    static String picture(long id) {
        return "picture:" + id;
    }

    /** Notes that the page being rendered shows picture {@code id}; nothing when there is none. */
    static void showsPicture(Long id) {
        if (id != null) {
            note(picture(id));
        }
    }

    /** Notes that the page being rendered shows article {@code id}. */
    static void showsArticle(long id) {
        note(article(id));
    }

    /** Notes that the page being rendered shows (a slice of) this list. */
    static void showsList(String tag) {
        note(tag);
    }

    private static void note(String tag) {
        Set<String> tags = noted.get();
        if (tags != null) {
            tags.add(tag);
        }
    }

    /** Renders, noting what the rendering shows. */
    static <T> T noting(Set<String> into, java.util.concurrent.Callable<T> render) throws Exception {
        Set<String> outer = noted.get();
        noted.set(into);
        try {
            return render.call();
        } finally {
            if (outer == null) {
                noted.remove();
            } else {
                noted.set(outer);
            }
        }
    }

    static Set<String> fresh() {
        return new HashSet<>();
    }
}
