package org.masthead.importer;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.masthead.common.Actor;
import org.masthead.article.Article;
import org.masthead.article.ArticleDraft;
import org.masthead.article.ArticleImports;
import org.masthead.article.ArticleKind;
import org.masthead.article.ArticleService;
import org.masthead.article.ArticleStatus;
import org.masthead.article.Body;
import org.masthead.article.WorkflowService;
import org.masthead.author.Author;
import org.masthead.author.AuthorProfile;
import org.masthead.author.AuthorService;
import org.masthead.common.NotFound;
import org.masthead.markup.Markup;
import org.masthead.media.Image;
import org.masthead.media.ImageDetails;
import org.masthead.media.Licence;
import org.masthead.media.MediaService;
import org.masthead.media.NewImage;
import org.masthead.platform.Database;
import org.masthead.topic.Topic;
import org.masthead.topic.TopicService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes what a reader of an export sends, through the services editors use, each item in a transaction of
 * its own (a failure undoes that item only, and a server running beside the import waits no longer than one
 * item for the single writer). Every item is keyed in its source's namespace with a digest of what was read,
 * so a rerun skips what is unchanged, updates what changed, and never duplicates.
 */
final class ContentWriter implements ImportSink {
    private static final Logger log = LoggerFactory.getLogger(ContentWriter.class);
    private static final long MAX_FILE_BYTES = 200L * 1024 * 1024;
    private static final int MAX_TITLE = 300;
    static final String MERGED_AUTHORS = "of the authors updated, merged into one the magazine had of that name";
    static final String MERGED_TOPICS = "of the topics updated, merged into one the magazine had of that name or slug";

    private final Database db;
    private final ArticleService articles;
    private final ArticleImports imports;
    private final WorkflowService workflow;
    private final AuthorService authors;
    private final TopicService topics;
    private final MediaService media;
    private final ImportKeyStore keys;
    private final ImportOutcome outcome;
    private final String source;
    private final Clock clock;
    private final ZoneId zone;
    private final Actor actor;
    private final Set<String> missingNamed = new HashSet<>();
    private final java.util.Map<String, Long> resolved = new java.util.HashMap<>();
    private boolean keepApiIds;

    ContentWriter(Database db, ArticleService articles, ArticleImports imports, WorkflowService workflow, AuthorService authors,
            TopicService topics, MediaService media, ImportOutcome outcome, String source, Actor actor, Clock clock, ZoneId zone) {
        this.db = db;
        this.articles = articles;
        this.imports = imports;
        this.workflow = workflow;
        this.authors = authors;
        this.topics = topics;
        this.media = media;
        this.keys = new ImportKeyStore(db);
        this.outcome = outcome;
        this.source = source;
        this.clock = clock;
        this.zone = zone;
        this.actor = actor;
    }

    @Override
    public void author(SourceAuthor item) {
        attempt(ImportOutcome.Item.AUTHOR, item.label(), () -> {
            String key = "author:" + item.key();
            String fingerprint = fingerprint(item);
            Optional<ImportKeyStore.Known> known = keys.known(source, key);
            Optional<Author> existing = known.flatMap(k -> findAuthor(k.id()));
            if (existing.isPresent() && known.get().fingerprint().equals(fingerprint)) {
                return ImportOutcome.Result.UNCHANGED;
            }
            // CASE: a writer the magazine already has (by name) is the same person, not a second byline.
            Optional<Author> byName = existing.isPresent() ? Optional.empty() : authors.findByName(item.name());
            Author author = existing.or(() -> byName).orElseGet(() -> authors.create(item.name(), item.slug()));
            boolean created = existing.isEmpty() && byName.isEmpty();
            if (byName.isPresent()) {
                outcome.count(MERGED_AUTHORS, 1);
            }
            if (!item.bioText().isEmpty()) {
                author = authors.setBio(author, Markup.escapeMarkdown(item.bioText()));
            }
            Long picture = item.pictureKey() == null ? null : known("image:" + item.pictureKey()).orElse(null);
            AuthorProfile profile = item.profile();
            authors.setProfile(author, new AuthorProfile(profile.email(), profile.website(), profile.location(),
                    profile.twitter(), profile.facebook(), picture != null ? picture : author.profile().profileImageId()));
            keys.remember(source, key, "author", author.id(), fingerprint);
            return created ? ImportOutcome.Result.CREATED : ImportOutcome.Result.UPDATED;
        });
    }

    @Override
    public void topic(SourceTopic item) {
        attempt(ImportOutcome.Item.TOPIC, item.label(), () -> {
            String key = "topic:" + item.key();
            String fingerprint = fingerprint(item);
            Optional<ImportKeyStore.Known> known = keys.known(source, key);
            if (known.isPresent() && known.get().fingerprint().equals(fingerprint)) {
                return ImportOutcome.Result.UNCHANGED;
            }
            // Topics are one list: a category and a tag of one name, or a topic the magazine has, are one topic.
            Optional<Topic> had = known.isPresent() ? Optional.empty() : topics.findByName(item.name());
            Topic topic = had.orElseGet(() -> topics.findOrCreate(item.name()));
            if (had.isPresent()) {
                outcome.count(MERGED_TOPICS, 1);
            }
            Long parent = item.parentKey() == null ? null : known("topic:" + item.parentKey()).orElse(null);
            if (!item.description().isEmpty() || parent != null) {
                topics.describe(topic, item.description(), parent);
            }
            keys.remember(source, key, "topic", topic.id(), fingerprint);
            return known.isEmpty() && had.isEmpty() ? ImportOutcome.Result.CREATED : ImportOutcome.Result.UPDATED;
        });
    }

    @Override
    public Optional<StoredMedia> image(SourceImage item) {
        StoredMedia[] stored = new StoredMedia[1];
        attempt(ImportOutcome.Item.IMAGE, item.label(), () -> {
            String key = "image:" + item.key();
            String fingerprint = fingerprint(item);
            Optional<ImportKeyStore.Known> known = keys.known(source, key);
            Optional<Image> existing = known.flatMap(k -> media.findOptional(k.id()));
            Licence licence = item.licence() != null ? item.licence() : Licence.ALL_RIGHTS_RESERVED;
            String creditUrl = webAddress(item.creditUrl());
            if (existing.isPresent()) {
                Image image = existing.get();
                stored[0] = new StoredMedia(image.id(), image.src().orElse(item.url()));
                if (known.get().fingerprint().equals(fingerprint)) {
                    return ImportOutcome.Result.UNCHANGED;
                }
                if (image.fileName() != null) {
                    media.describe(actor, image.id(), new ImageDetails(item.alt(), item.caption(), item.creditKind(),
                            item.creditName(), creditUrl, licence));
                } else {
                    media.update(image.id(), new NewImage(null, webAddress(item.url()), item.alt(), item.caption(),
                            item.creditKind(), item.creditName(), creditUrl, licence, image.width(), image.height()));
                }
                keys.remember(source, key, "image", image.id(), fingerprint);
                return ImportOutcome.Result.UPDATED;
            }
            Image image = null;
            if (item.localFile() != null) {
                try {
                    byte[] content = readSmall(item.localFile());
                    image = media.uploadImported(actor, item.localFile().getFileName().toString(), content, new ImageDetails(item.alt(),
                            item.caption(), item.creditKind(), item.creditName(), creditUrl, licence));
                } catch (IOException | RuntimeException unreadable) {
                    if (item.url() == null) {
                        throw new org.masthead.common.Invalid("its file " + item.localFile() + " could not be used: "
                                + message(unreadable));
                    }
                    outcome.note(item.label() + ": its file could not be used (" + message(unreadable)
                            + "), so it is kept by its address");
                }
            }
            if (image == null) {
                String url = webAddress(item.url());
                if (url == null) {
                    throw new org.masthead.common.Invalid("it has neither a file that could be read nor an http(s) address");
                }
                long id = media.add(new NewImage(null, url, item.alt(), item.caption(), item.creditKind(), item.creditName(),
                        creditUrl, licence, null, null));
                image = media.find(id);
            }
            keys.remember(source, key, "image", image.id(), fingerprint);
            stored[0] = new StoredMedia(image.id(), image.src().orElse(item.url()));
            return ImportOutcome.Result.CREATED;
        });
        return Optional.ofNullable(stored[0]);
    }

    @Override
    public Optional<StoredMedia> attachment(SourceAttachment item) {
        StoredMedia[] stored = new StoredMedia[1];
        attempt(ImportOutcome.Item.ATTACHMENT, item.label(), () -> {
            String key = "attachment:" + item.key();
            String fingerprint = fingerprint(item);
            Optional<ImportKeyStore.Known> known = keys.known(source, key);
            Optional<org.masthead.media.Attachment> existing = known.flatMap(k -> findAttachment(k.id()));
            if (existing.isPresent()) {
                stored[0] = new StoredMedia(existing.get().id(), existing.get().url());
                if (known.get().fingerprint().equals(fingerprint)) {
                    return ImportOutcome.Result.UNCHANGED;
                }
                media.describeAttachment(existing.get().id(), item.title(), item.mediaType());
                keys.remember(source, key, "attachment", existing.get().id(), fingerprint);
                return ImportOutcome.Result.UPDATED;
            }
            byte[] content = null;
            if (item.localFile() != null) {
                try {
                    content = readSmall(item.localFile());
                } catch (IOException | RuntimeException unreadable) {
                    if (item.url() == null) {
                        throw new org.masthead.common.Invalid("its file " + item.localFile() + " could not be read: "
                                + message(unreadable));
                    }
                    outcome.note(item.label() + ": its file could not be read (" + message(unreadable)
                            + "), so it is kept by its address");
                }
            }
            var attachment = media.addAttachment(item.localFile() == null ? null : item.localFile().getFileName().toString(),
                    content, webAddress(item.url()), item.title(), item.mediaType());
            keys.remember(source, key, "attachment", attachment.id(), fingerprint);
            stored[0] = new StoredMedia(attachment.id(), attachment.url());
            return ImportOutcome.Result.CREATED;
        });
        return Optional.ofNullable(stored[0]);
    }

    @Override
    public void post(SourcePost item) {
        ImportOutcome.Item kind = item.kind() == ArticleKind.PAGE ? ImportOutcome.Item.PAGE : ImportOutcome.Item.ARTICLE;
        attempt(kind, item.label(), () -> {
            String key = "post:" + item.key();
            String fingerprint = fingerprint(item);
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
        });
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
            Long id = known("author:" + authorKey).orElse(null);
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
            Optional<Long> id = known("topic:" + topicKey);
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
        Optional<Long> id = known("image:" + item.leadImageKey());
        if (id.isEmpty() && missingNamed.add("image:" + item.leadImageKey())) {
            outcome.note(item.label() + ": its featured image " + item.leadImageKey() + " is not in the export, or could not be kept");
        }
        return id.orElse(null);
    }

    private static ArticleDraft withSlug(ArticleDraft draft, String slug) {
        return new ArticleDraft(draft.title(), slug, draft.dek(), draft.body(), draft.authorIds(), draft.topicIds(),
                draft.leadImageId());
    }

    @Override
    public void skipped(ImportOutcome.Item kind, String item, String reason) {
        outcome.skip(kind, item, reason);
    }

    @Override
    public void failed(ImportOutcome.Item kind, String item, String reason) {
        outcome.fail(kind, item, reason);
    }

    @Override
    public void counted(String what, int n) {
        outcome.count(what, n);
    }

    @Override
    public void note(String text) {
        outcome.note(text);
    }

    private interface Step {
        ImportOutcome.Result run();
    }

    /** Writes one item in its own transaction; a rule it breaks, or anything else, fails that item alone. */
    private void attempt(ImportOutcome.Item kind, String label, Step step) {
        try {
            outcome.record(kind, db.write(h -> {
                // An import commits once per item; waiting for the disk at each commit made PostgreSQL ten times
                // slower than SQLite. A crash can lose the last few items, never corrupt: a rerun brings them in.
                db.dialect().commitWithoutWaiting(h);
                return step.run();
            }));
        } catch (org.masthead.common.Invalid | NotFound e) {
            outcome.fail(kind, label, e.getMessage());
        } catch (RuntimeException e) {
            log.warn("Importing {} failed", label, e);
            outcome.fail(kind, label, "it could not be written (" + message(e) + ")");
        }
    }

    /**
     * What an earlier item of this run (or an earlier run) made of the author, topic or picture a post names. Posts
     * name the same few again and again, so each is looked up once a run: a third fewer statements per post. Only
     * what was found committed is kept, and an author is kept only while it exists.
     */
    private Optional<Long> known(String key) {
        Long cached = resolved.get(key);
        if (cached != null) {
            return Optional.of(cached);
        }
        Optional<Long> id = keys.find(source, key);
        if (key.startsWith("author:")) {
            id = id.filter(found -> findAuthor(found).isPresent());
        }
        // Keys are read from rows earlier items committed (an item writes only its own key), so a later
        // rollback cannot take one back.
        id.ifPresent(found -> resolved.put(key, found));
        return id;
    }

    private Optional<Author> findAuthor(long id) {
        try {
            return Optional.of(authors.find(id));
        } catch (NotFound gone) {
            return Optional.empty();
        }
    }

    private Optional<Article> findArticle(long id) {
        try {
            return Optional.of(articles.find(id));
        } catch (NotFound gone) {
            return Optional.empty();
        }
    }

    private Optional<org.masthead.media.Attachment> findAttachment(long id) {
        try {
            return Optional.of(media.findAttachment(id));
        } catch (NotFound gone) {
            return Optional.empty();
        }
    }

    private static byte[] readSmall(java.nio.file.Path file) throws IOException {
        long size = Files.size(file);
        if (size > MAX_FILE_BYTES) {
            throw new IOException("it has " + size / (1024 * 1024) + " MB; at most " + MAX_FILE_BYTES / (1024 * 1024) + " MB are brought in");
        }
        return Files.readAllBytes(file);
    }

    /** An http(s) address as the media library takes it, or null for anything else (a relative or hostile one). */
    private static String webAddress(String address) {
        if (address == null || address.isBlank()) {
            return null;
        }
        String text = address.strip().replace(" ", "%20");
        try {
            java.net.URI uri = new java.net.URI(text);
            boolean web = ("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme())) && uri.getHost() != null;
            return web ? text : null;
        } catch (java.net.URISyntaxException e) {
            return null;
        }
    }

    private static String message(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    }

    /** A digest of everything read of an item: equal digests mean nothing in the export changed. */
    static String fingerprint(Record item) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(item.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
