package org.masthead.importer;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.masthead.common.Actor;
import org.masthead.article.Article;
import org.masthead.article.ArticleDraft;
import org.masthead.article.ArticleImports;
import org.masthead.article.ArticleService;
import org.masthead.article.ArticleStatus;
import org.masthead.article.Body;
import org.masthead.article.WorkflowService;
import org.masthead.author.AuthorService;
import org.masthead.common.NotFound;

/**
 * Writes one post of an export as an article, inside the transaction {@link ContentWriter} opens for it: its
 * title, body, bylines, topics and lead picture, then its place (out, scheduled, in review or a draft), its
 * presentation, old addresses and notes for the editors. Authors, topics and pictures are the ones earlier
 * items of the import made, found by their keys.
 */
final class PostWriter {
    private static final int MAX_TITLE = 300;

    private final ArticleService articles;
    private final ArticleImports imports;
    private final WorkflowService workflow;
    private final AuthorService authors;
    private final ImportKeyStore keys;
    private final ImportOutcome outcome;
    private final String source;
    private final Actor actor;
    private final Clock clock;
    private final ZoneId zone;
    /** What an earlier item made of a key ("author:…", "topic:…", "image:…"), as {@link ContentWriter} resolves it. */
    private final Function<String, Optional<Long>> earlier;
    private final Set<String> missingNamed = new HashSet<>();
    private boolean keepApiIds;

    PostWriter(ArticleService articles, ArticleImports imports, WorkflowService workflow, AuthorService authors, ImportKeyStore keys,
            ImportOutcome outcome, String source, Actor actor, Clock clock, ZoneId zone, Function<String, Optional<Long>> earlier) {
        this.articles = articles;
        this.imports = imports;
        this.workflow = workflow;
        this.authors = authors;
        this.keys = keys;
        this.outcome = outcome;
        this.source = source;
        this.actor = actor;
        this.clock = clock;
        this.zone = zone;
        this.earlier = earlier;
    }

    /** Creates or updates the post's article; unchanged when the export says what it said last time. */
    ImportOutcome.Result write(SourcePost item) {
        String key = "post:" + item.key();
        String fingerprint = ContentWriter.fingerprint(item);
        Optional<ImportKeyStore.Known> known = keys.known(source, key);
        Optional<Article> existing = known.flatMap(k -> findArticle(k.id()));
        if (existing.isPresent() && known.get().fingerprint().equals(fingerprint)) {
            return ImportOutcome.Result.UNCHANGED;
        }
        List<String> notes = new ArrayList<>(item.notes());
        String title = title(item, notes);
        ArticleDraft draft = new ArticleDraft(title, null, item.dek(), body(item), authorIds(item), topicIds(item),
                leadImage(item));
        Article written;
        if (existing.isEmpty()) {
            draft = withSlug(draft, articles.freeSlug(item.slug(), title, 0));
            written = imports.create(actor, draft, item.kind());
        } else {
            draft = withSlug(draft, articles.freeSlug(item.slug(), title, existing.get().id()));
            written = imports.update(actor, existing.get().id(), draft);
        }
        long id = written.id();
        if (item.slug() != null && !item.slug().isBlank() && !draft.slug().equals(item.slug())) {
            notes.add("Its address in the export ended in “" + item.slug() + "”; here it is “" + draft.slug()
                    + "” (the old address redirects to it).");
        }
        place(written, item, notes);
        // Each of these reads and writes the article again: at 10,000 posts, skipping what is already so
        // (most posts are not featured and have no search-engine texts) is a tenth of an import's time.
        boolean featured = existing.map(Article::featured).orElse(false);
        if (featured != item.featured()) {
            imports.setFeatured(actor, id, item.featured());
        }
        org.masthead.article.Seo seo = existing.map(Article::seo).orElse(org.masthead.article.Seo.NONE);
        if (!seo.equals(item.seo())) {
            keepSeo(id, item.seo(), notes);
        }
        // Only WordPress gives titles markup; the plain title is the one written above, an editor's later
        // change of it drops the markup.
        if (item.titleHtml() != null || existing.map(Article::titleMarkup).isPresent()) {
            imports.setTitleMarkup(actor, id, item.titleHtml());
        }
        // A source without a creation time was written when it appeared, not now (so no webhook takes it for news).
        imports.keepCreation(actor, id, item.createdAt() != null ? item.createdAt() : item.publishedAt());
        for (String address : item.oldAddresses()) {
            imports.rememberOldAddress(actor, address, id);
        }
        imports.keepRevision(actor, written, draft.topicIds());
        if (existing.isEmpty()) {
            for (String note : notes) {
                workflow.addNote(actor, id, note);
            }
        }
        WordCheck.Count words = WordCheck.of(item.sourceText(), item.bodyFormat(), written.body());
        outcome.words(item.label(), words.read(), words.kept(), words.lost());
        if (keepApiIds && !keys.giveApiId(id, item.key()) && existing.isEmpty()) {
            workflow.addNote(actor, id, "Its id in the export, " + item.key() + ", names another article here already;"
                    + " the APIs give it an id of its own.");
        }
        keys.remember(source, key, "article", id, fingerprint);
        return existing.isEmpty() ? ImportOutcome.Result.CREATED : ImportOutcome.Result.UPDATED;
    }

    /** The search-engine and sharing texts; when only the sharing ones cannot be kept, the search-engine ones still are. */
    private void keepSeo(long id, org.masthead.article.Seo seo, List<String> notes) {
        var searchOnly = seo.withSocial(org.masthead.article.Seo.Social.NONE);
        try {
            imports.setSeo(actor, id, seo);
            return;
        } catch (org.masthead.common.Invalid e) {
            if (searchOnly.equals(seo)) {
                notes.add("Its search-engine title and description were not kept: " + e.getMessage() + ".");
                return;
            }
            notes.add("Its titles and descriptions for sharing on social networks were not kept: " + e.getMessage() + ".");
        }
        try {
            imports.setSeo(actor, id, searchOnly);
        } catch (org.masthead.common.Invalid e) {
            notes.add("Its search-engine title and description were not kept either: " + e.getMessage() + ".");
        }
    }

    /** Each article keeps its post's key as its API id (see {@link ImportSource#postKeysAreApiIds()}). */
    void keepApiIds() {
        keepApiIds = true;
    }

    /** Puts the article where it stood: out at its time, scheduled, waiting for review, or a draft. */
    private void place(Article article, SourcePost item, List<String> notes) {
        long id = article.id();
        Instant now = clock.instant();
        switch (item.state()) {
            case PUBLISHED -> {
                Instant at = item.publishedAt() != null ? item.publishedAt() : item.createdAt() != null ? item.createdAt() : now;
                boolean inPlace = article.isPublished() && at.equals(article.publishedAt());
                if (!inPlace) {
                    imports.publish(actor, id, at);
                }
            }
            case SCHEDULED -> {
                if (item.scheduledAt() != null && item.scheduledAt().isAfter(now)) {
                    if (article.status() != ArticleStatus.SCHEDULED || !item.scheduledAt().equals(article.scheduledAt())) {
                        imports.changeStatus(actor, id, ArticleStatus.SCHEDULED, item.scheduledAt());
                    }
                } else {
                    notes.add("It was scheduled for " + (item.scheduledAt() == null ? "a time the export does not give"
                            : item.scheduledAt().atZone(zone).toLocalDateTime()) + ", which has passed; it is kept as a draft.");
                    toStatus(article, ArticleStatus.DRAFT);
                }
            }
            case SUBMITTED -> toStatus(article, ArticleStatus.SUBMITTED);
            case DRAFT -> toStatus(article, ArticleStatus.DRAFT);
            case HIDDEN -> toStatus(article, article.isPublished() ? ArticleStatus.UNPUBLISHED : ArticleStatus.DRAFT);
        }
    }

    private void toStatus(Article article, ArticleStatus status) {
        if (article.status() != status) {
            imports.changeStatus(actor, article.id(), status, null);
        }
    }

    private String title(SourcePost item, List<String> notes) {
        String title = item.title() == null ? "" : item.title().strip().replaceAll("\\s+", " ");
        if (title.isEmpty()) {
            notes.add("It had no title in the export.");
            return "Untitled (" + item.key() + ")";
        }
        if (title.length() > MAX_TITLE) {
            notes.add("Its title was cut to " + MAX_TITLE + " characters; it was: " + title);
            int cut = title.lastIndexOf(' ', MAX_TITLE - 1);
            return title.substring(0, cut > MAX_TITLE / 2 ? cut : MAX_TITLE - 1) + "…";
        }
        return title;
    }

    private static Body body(SourcePost item) {
        return switch (item.bodyFormat()) {
            case HTML -> item.bodySource().isBlank() ? Body.html("") : Body.html(ImportedHtml.prepared(item.bodySource()));
            case MARKDOWN -> Body.markdown(item.bodySource());
            case NONE -> Body.none();
        };
    }

    private List<Long> authorIds(SourcePost item) {
        List<Long> ids = new ArrayList<>();
        for (String authorKey : item.authorKeys()) {
            Long id = earlier.apply("author:" + authorKey).orElse(null);
            if (id == null) {
                // CASE: a post names a writer the export does not list: keep the byline under that name.
                id = authors.findOrCreate(authorKey).id();
                if (missingNamed.add("author:" + authorKey)) {
                    outcome.note("“" + authorKey + "” writes posts but is not among the export's authors; "
                            + "added as an author of that name");
                }
            }
            if (!ids.contains(id)) {
                ids.add(id);
            }
        }
        return ids;
    }

    private List<Long> topicIds(SourcePost item) {
        List<Long> ids = new ArrayList<>();
        for (String topicKey : item.topicKeys()) {
            Optional<Long> id = earlier.apply("topic:" + topicKey);
            if (id.isEmpty()) {
                if (missingNamed.add("topic:" + topicKey)) {
                    outcome.note("Posts are filed under “" + topicKey + "”, which the export does not list; left out");
                }
            } else if (!ids.contains(id.get())) {
                ids.add(id.get());
            }
        }
        return ids;
    }

    private Long leadImage(SourcePost item) {
        if (item.leadImageKey() == null) {
            return null;
        }
        Optional<Long> id = earlier.apply("image:" + item.leadImageKey());
        if (id.isEmpty() && missingNamed.add("image:" + item.leadImageKey())) {
            outcome.note(item.label() + ": its featured image " + item.leadImageKey() + " is not in the export, or could not be kept");
        }
        return id.orElse(null);
    }

    private static ArticleDraft withSlug(ArticleDraft draft, String slug) {
        return new ArticleDraft(draft.title(), slug, draft.dek(), draft.body(), draft.authorIds(), draft.topicIds(),
                draft.leadImageId());
    }

    private Optional<Article> findArticle(long id) {
        try {
            return Optional.of(articles.find(id));
        } catch (NotFound gone) {
            return Optional.empty();
        }
    }
}
