package org.masthead.article;

import java.util.Set;
import org.masthead.common.Invalid;
import org.masthead.common.Slugs;

/** An article's address: a slug of its own, free of other articles' and of the site's own addresses. */
final class ArticleAddresses {
    /** Addresses the site uses for itself, which a page cannot take. */
    private static final Set<String> RESERVED = Set.of("admin", "author", "edition", "page", "static",
            "media", "feed", "search", "topic", "tag", "category", "sitemap", "robots", "ghost", "api", "wp-admin",
            "wp-content", "wp-json", "newsletter", "subscribe", "unsubscribe", "preview");

    private final ArticleStore store;

    ArticleAddresses(ArticleStore store) {
        this.store = store;
    }

    static void checkPageAddress(String slug) {
        if (isReservedPageAddress(slug)) {
            throw new Invalid("slug", "the address /" + slug + "/ is the site's own; choose another for this page");
        }
    }

    /**
     * A slug for an article that is free: the wanted one when it is a slug no other article has, else the
     * wanted one (or the title's) made unique with a number, as a new article's would be.
     */
    String freeSlug(String wanted, String title, long exceptId) {
        String base = wanted != null && Slugs.isSlug(wanted) ? wanted : Slugs.of(title, "article");
        String slug = base;
        for (int n = 2; store.slugTaken(slug, exceptId) || isReservedPageAddress(slug); n++) {
            slug = base + "-" + n;
        }
        return slug;
    }

    private static boolean isReservedPageAddress(String slug) {
        return RESERVED.contains(slug) || slug.matches("\\d{4}");
    }

    /** The draft's own slug when free, or its title's slug made unique with a number ("what-now-2"). */
    String slugFor(ArticleDraft draft, long id) {
        if (draft.slug() != null) {
            if (store.slugTaken(draft.slug(), id)) {
                throw new Invalid("slug", "another article already has the address '" + draft.slug() + "'");
            }
            return draft.slug();
        }
        String base = Slugs.of(draft.title(), "article");
        String slug = base;
        for (int n = 2; store.slugTaken(slug, id); n++) {
            slug = base + "-" + n;
        }
        return slug;
    }
}
