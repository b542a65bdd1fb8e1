package org.masthead.article;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.masthead.common.Invalid;
import org.masthead.common.NotFound;
import org.masthead.common.Page;
import org.masthead.common.PageRequest;
import org.masthead.common.Slugs;
import org.masthead.edition.Edition;
import org.masthead.edition.EditionService;
import org.masthead.markup.Markup;
import org.masthead.platform.Database;
import org.masthead.platform.Events;

/**
 * Finding articles, and the writes behind the guarded use cases ({@link WorkflowService}, {@link PresentationDesk},
 * {@link LineupDesk}, {@link ArticleImports}), which check the actor's rights first: the writes are package-private
 * so that no screen, program or import can reach one past them. Publishing places an article in the lineup of its
 * date's edition.
 */
public final class ArticleService {
    private static final int MAX_TITLE = 300;

    private final Database db;
    private final ArticleStore store;
    private final RedirectStore redirects;
    private final ArticleAddresses addresses;
    private final EditionService editions;
    private final ZoneId zone;
    private final Events events;

    public ArticleService(Database db, ArticleStores stores, EditionService editions, ZoneId zone, Events events) {
        this.db = db;
        this.events = events;
        this.store = stores.articles;
        this.redirects = stores.redirects;
        this.addresses = new ArticleAddresses(store);
        this.editions = editions;
        this.zone = zone;
    }

    /**
     * Saves a new article or page as a draft, made by the person with this account id (null for the system). A
     * page's address must not be one the site uses itself.
     */
    Article create(ArticleDraft draft, Long createdBy, ArticleKind kind) {
        check(draft);
        if (kind == ArticleKind.PAGE) {
            ArticleAddresses.checkPageAddress(draft.slug() != null ? draft.slug() : Slugs.of(draft.title(), "page"));
        }
        return db.write(h -> {
            long id = store.insert(addresses.slugFor(draft, 0), draft, createdBy, kind);
            store.setAuthors(id, draft.authorIds());
            store.setTopics(id, draft.topicIds());
            return changed(id);
        });
    }

    /** Replaces an article's content, keeping its status and its place in the lineup. */
    Article update(long id, ArticleDraft draft) {
        return update(id, draft, find(id).version());
    }

    /**
     * Replaces an article's content if nobody saved it since {@code baseVersion}; otherwise changes nothing
     * and throws {@link EditConflict} with both versions. A published article that gets a new address keeps
     * its old one as a redirect.
     */
    Article update(long id, ArticleDraft draft, int baseVersion) {
        check(draft);
        return db.write(h -> {
            Article current = find(id);
            String slug = draft.slug() == null && current.title().equals(draft.title()) ? current.slug() : addresses.slugFor(draft, id);
            if (current.isPage()) {
                ArticleAddresses.checkPageAddress(slug);
            }
            if (current.version() != baseVersion || !store.updateContent(id, slug, draft, baseVersion)) {
                throw new EditConflict(current, draft);
            }
            store.setAuthors(id, draft.authorIds());
            store.setTopics(id, draft.topicIds());
            if (current.isPublished() && !slug.equals(current.slug())) {
                redirects.remember(current.path(), id);
            }
            return changed(id);
        });
    }

    /** Publishes an article at a time, at the end of the lineup of the edition covering that day. */
    Article publish(long id, Instant at) {
        return db.write(h -> {
            db.serializeWrites("editions");
            Article article = find(id);
            LocalDate day = at.atZone(zone).toLocalDate();
            if (article.isPage()) {
                // A page stands outside the editions: published, dated, in no lineup.
                store.setPublication(id, ArticleStatus.PUBLISHED, at, day, null, null);
                return changed(id);
            }
            Edition edition = editions.editionFor(day);
            boolean staysInPlace = article.editionId() != null && article.editionId() == edition.id()
                    && article.lineupPosition() != null;
            int position = staysInPlace ? article.lineupPosition() : store.nextLineupPosition(edition.id());
            store.setPublication(id, ArticleStatus.PUBLISHED, at, day, edition.id(), position);
            return movedFrom(article);
        });
    }

    /** Publishes an article into a given edition at a given place in its lineup (counted from 1). */
    Article publishInEdition(long id, Edition edition, Instant at, int position) {
        LocalDate day = at.atZone(zone).toLocalDate();
        if (!edition.contains(day)) {
            throw new Invalid("an article published on " + day + " cannot be in the edition of " + edition.startsOn());
        }
        return db.write(h -> {
            db.serializeWrites("editions");
            Article before = find(id);
            store.setPublication(id, ArticleStatus.PUBLISHED, at, day, edition.id(), position);
            return movedFrom(before);
        });
    }

    /**
     * Orders an edition's lineup: the articles given come first, in that order; the edition's other articles
     * follow in the order they had. Every place is numbered anew from 1, so no two articles share one.
     */
    void arrangeLineup(Edition edition, List<Long> first) {
        db.write(h -> {
            db.serializeWrites("editions");
            List<Long> order = new java.util.ArrayList<>(first.stream().distinct().toList());
            for (long id : store.idsInEdition(edition.id())) {
                if (!order.contains(id)) {
                    order.add(id);
                }
            }
            for (int i = 0; i < order.size(); i++) {
                store.setLineupPosition(order.get(i), i + 1);
                events.publish(new ArticleChanged(order.get(i)));
            }
            return null;
        });
    }

    /** Puts an article that is not out yet at the end of an edition's lineup, to go out with it. */
    Article placeInEdition(long id, Edition edition) {
        return db.write(h -> {
            db.serializeWrites("editions");
            Article article = find(id);
            if (article.isPublished()) {
                throw new Invalid("“" + article.title() + "” is out already; a published article belongs to the edition of its date");
            }
            if (!Long.valueOf(edition.id()).equals(article.editionId())) {
                store.setPlacement(id, edition.id(), store.nextLineupPosition(edition.id()));
            }
            return changed(id);
        });
    }

    /** Takes an article that is not out yet out of its edition. */
    Article removeFromEdition(long id) {
        return db.write(h -> {
            Article article = find(id);
            if (article.isPublished()) {
                throw new Invalid("“" + article.title() + "” is out already; unpublish it first");
            }
            store.setPlacement(id, null, null);
            return changed(id);
        });
    }

    /** Every article of an edition, out or not, in lineup order. */
    public List<ArticleListItem> inEdition(long editionId) {
        return store.inEdition(editionId);
    }

    /** Articles not out and in no edition, newest change first; only those with each word given in the title or an author's name. */
    public List<ArticleListItem> unplaced(String matching, int limit) {
        return store.unplaced(matching, limit);
    }

    /** Moves an article to another state of the workflow; a scheduled one carries its time. */
    Article changeStatus(long id, ArticleStatus status, Instant scheduledAt) {
        if (status == ArticleStatus.PUBLISHED) {
            throw new IllegalArgumentException("publishing places an article in an edition: call publish");
        }
        return db.write(h -> {
            store.setStatus(id, status, status == ArticleStatus.SCHEDULED ? scheduledAt : null);
            return changed(id);
        });
    }

    /** Marks an article as featured (pinned, as a WordPress sticky post or a Ghost featured post) or not. */
    Article setFeatured(long id, boolean featured) {
        return db.write(h -> {
            if (find(id).featured() == featured) {
                return find(id);
            }
            store.setFeatured(id, featured);
            return changed(id);
        });
    }

    /** Sets what an article tells search engines when it differs from its title and dek. */
    Article setSeo(long id, Seo seo) {
        seo.check();
        return db.write(h -> {
            if (find(id).seo().equals(seo)) {
                return find(id);
            }
            store.setSeo(id, seo);
            return changed(id);
        });
    }

    /**
     * Keeps the inline markup an imported title had where it came from (WordPress's {@code Title <em>With</em>
     * Markup}), sanitized to inline elements, for the article's heading and the lists that link to it. It is kept
     * only while it reads as the article's title: markup of other words than the title (one cut to length, say),
     * or none left after sanitizing, clears it. Saving another title later clears it too.
     */
    Article setTitleMarkup(long id, String html) {
        return db.write(h -> {
            Article article = find(id);
            String safe = Markup.titleHtml(html);
            if (safe != null && !Markup.titleText(safe).equals(article.title())) {
                safe = null;
            }
            if (java.util.Objects.equals(safe, article.titleMarkup())) {
                return article;
            }
            store.setTitleMarkup(id, safe);
            return changed(id);
        });
    }

    /**
     * Gives an imported article the time the system it came from says it was written. Its last change stays
     * the import's own: the search index, feeds and caches follow changes by that time, so it is never set back.
     */
    void keepImportedCreation(long id, Instant createdAt) {
        if (createdAt != null) {
            db.write(h -> {
                store.setCreatedAt(id, createdAt);
                return null;
            });
        }
    }

    /**
     * Keeps an address the article had elsewhere or before (an old WordPress or Ghost permalink, {@code /?p=42}),
     * so links to it answer with a permanent redirect to where the article is now.
     */
    void rememberOldAddress(String path, long id) {
        String normal = OldAddresses.normalize(path);
        if (normal != null) {
            redirects.remember(normal, id);
        }
    }

    /** The article an old address pointed to before its address changed. */
    public Optional<Article> findByOldPath(String path) {
        return redirects.find(path).flatMap(store::find).filter(Article::isPublished);
    }

    /**
     * The published article an old address (any path, with its query) stood for, for a request that found
     * nothing else: imported permalinks of every shape, and {@code /?p=42}.
     */
    public Optional<Article> findByOldAddress(String path, String query) {
        String normal = OldAddresses.normalize(query == null || query.isEmpty() ? path : path + "?" + query);
        return normal == null ? Optional.empty() : findByOldPath(normal);
    }

    /** The article as now stored; if it was already published under another address, that one redirects. */
    private Article movedFrom(Article before) {
        Article after = changed(before.id());
        if (before.isPublished() && !before.path().equals(after.path())) {
            redirects.remember(before.path(), before.id());
        }
        return after;
    }

    /** The article as now stored, announced (after commit) to whatever follows articles. */
    private Article changed(long id) {
        events.publish(new ArticleChanged(id));
        return find(id);
    }

    /** The first moment of a day in the magazine's time zone. */
    public Instant startOf(LocalDate day) {
        return day.atStartOfDay(zone).toInstant();
    }

    public Article find(long id) {
        return store.find(id).orElseThrow(() -> new NotFound("no article " + id));
    }

    /** A published article (never a page) by its slug. */
    public Optional<Article> findPublishedBySlug(String slug) {
        return store.findBySlug(slug).filter(a -> a.isPublished() && !a.isPage());
    }

    /** A published page by its slug. */
    public Optional<Article> findPublishedPage(String slug) {
        return store.findBySlug(slug).filter(a -> a.isPublished() && a.isPage());
    }

    /**
     * The published articles of each edition, in lineup order, limited to those dated within the range
     * (either end may be null). Editions without such articles are left out.
     */
    public Map<Long, List<ArticleSummary>> lineups(List<Edition> wanted, LocalDate from, LocalDate to) {
        Map<Long, List<ArticleSummary>> lineups = new LinkedHashMap<>();
        List<ArticleSummary> all = store.publishedInEditions(wanted.stream().map(Edition::id).toList(), from, to);
        for (Edition edition : wanted) {
            List<ArticleSummary> lineup = all.stream().filter(a -> a.editionId() == edition.id()).toList();
            if (!lineup.isEmpty()) {
                lineups.put(edition.id(), lineup);
            }
        }
        return lineups;
    }

    public Page<ArticleSummary> byAuthor(long authorId, PageRequest request) {
        return Page.fromLookahead(store.publishedByAuthor(authorId, request), request);
    }

    public Page<ArticleSummary> byTopic(long topicId, PageRequest request) {
        return Page.fromLookahead(store.publishedByTopic(topicId, request), request);
    }

    /** The newest featured articles that are out, for the top of the home page. */
    public List<ArticleSummary> featured(int limit) {
        return store.publishedFeatured(limit);
    }

    /** The newest article out with a picture to show, for the home page's lead when none is featured. */
    public Optional<Article> newestWithPicture() {
        return store.newestPublishedWithPicture().flatMap(store::find);
    }

    public int countPublished() {
        return store.countPublished();
    }

    /**
     * The last change to anything readers see of articles: an article that is or was published (so that a
     * list an article was withdrawn from has changed too), or an author's name or bio. Feeds and sitemaps
     * send it as Last-Modified. Empty for a magazine that has published nothing.
     */
    public Optional<Instant> lastPublicChange() {
        return store.lastPublicChange();
    }

    private void check(ArticleDraft draft) {
        if (draft.title() == null || draft.title().isBlank()) {
            throw new Invalid("title", "an article needs a title");
        }
        if (draft.title().length() > MAX_TITLE) {
            throw new Invalid("title", "a title is at most " + MAX_TITLE + " characters; this one has " + draft.title().length());
        }
        if (draft.slug() != null && !Slugs.isSlug(draft.slug())) {
            throw new Invalid("slug", "a slug is lower-case letters and digits joined by hyphens, not '" + draft.slug() + "'");
        }
    }


    /**
     * A slug for an article that is free: the wanted one when it is a slug no other article has, else the
     * wanted one (or the title's) made unique with a number, as a new article's would be.
     */
    public String freeSlug(String wanted, String title, long exceptId) {
        return addresses.freeSlug(wanted, title, exceptId);
    }
}
