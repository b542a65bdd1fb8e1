package org.masthead.importer;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.ZoneId;
import java.util.HexFormat;
import java.util.Optional;
import org.masthead.common.Actor;
import org.masthead.article.ArticleImports;
import org.masthead.article.ArticleKind;
import org.masthead.article.ArticleService;
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
    static final String MERGED_AUTHORS = "of the authors updated, merged into one the magazine had of that name";
    static final String MERGED_TOPICS = "of the topics updated, merged into one the magazine had of that name or slug";

    private final Database db;
    private final AuthorService authors;
    private final TopicService topics;
    private final MediaService media;
    private final ImportKeyStore keys;
    private final ImportOutcome outcome;
    private final String source;
    private final Actor actor;
    private final java.util.Map<String, Long> resolved = new java.util.HashMap<>();
    private final PostWriter posts;

    ContentWriter(Database db, ImportKeyStore keys, ArticleService articles, ArticleImports imports, WorkflowService workflow,
            AuthorService authors, TopicService topics, MediaService media, ImportOutcome outcome, String source, Actor actor,
            Clock clock, ZoneId zone) {
        this.db = db;
        this.authors = authors;
        this.topics = topics;
        this.media = media;
        this.keys = keys;
        this.outcome = outcome;
        this.source = source;
        this.actor = actor;
        this.posts = new PostWriter(articles, imports, workflow, authors, keys, outcome, source, actor, clock, zone, this::known);
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
        attempt(kind, item.label(), () -> posts.write(item));
    }

    /** Each article keeps its post's key as its API id (see {@link ImportSource#postKeysAreApiIds()}). */
    void keepApiIds() {
        posts.keepApiIds();
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
