package org.masthead.importer;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import org.masthead.article.ArticleService;
import org.masthead.author.AuthorService;
import org.masthead.edition.EditionService;
import org.masthead.media.MediaService;
import org.masthead.platform.Database;

/**
 * The one door for bringing content in: tells a file's format by its content, reads it completely, then
 * applies it in a single transaction, so a file that fails half-way leaves nothing behind.
 */
public final class ImportService {
    private static final long MAX_SAVED_PAGE_BYTES = 10L * 1024 * 1024;

    private final Database db;
    private final ArticleService articles;
    private final AuthorService authors;
    private final EditionService editions;
    private final MediaService media;
    private final ImportKeyStore keys;
    private final org.masthead.article.WorkflowService workflow;
    private final org.masthead.article.ArticleImports imports;
    private final org.masthead.article.LineupDesk lineups;
    private final org.masthead.topic.TopicService topics;
    private final org.masthead.audit.AuditLog audit;
    private final java.time.Clock clock;
    private final java.time.ZoneId zone;
    private final ArchiveRestore restore;
    private final org.masthead.settings.SettingsService settings;

    /** Restores a Masthead export (an archive of a whole magazine) into this magazine. */
    public interface ArchiveRestore {
        /** Checks, without changing anything, that the file is an export this version can restore. */
        void check(Path file);

        ImportOutcome restore(Path file, ImportProgress progress);
    }

    /** The services an import writes through. */
    public record Wiring(Database db, ImportStores stores, ArticleService articles,
            org.masthead.article.ArticleImports imports, org.masthead.article.LineupDesk lineups,
            org.masthead.article.WorkflowService workflow,
            AuthorService authors, EditionService editions, org.masthead.topic.TopicService topics, MediaService media,
            org.masthead.audit.AuditLog audit, java.time.Clock clock, java.time.ZoneId zone, ArchiveRestore restore,
            org.masthead.settings.SettingsService settings) {}

    public ImportService(Wiring wiring) {
        this.db = wiring.db();
        this.articles = wiring.articles();
        this.authors = wiring.authors();
        this.editions = wiring.editions();
        this.media = wiring.media();
        this.workflow = wiring.workflow();
        this.imports = wiring.imports();
        this.lineups = wiring.lineups();
        this.topics = wiring.topics();
        this.audit = wiring.audit();
        this.clock = wiring.clock();
        this.zone = wiring.zone();
        this.restore = wiring.restore();
        this.settings = wiring.settings();
        this.keys = wiring.stores().keys;
    }

    /**
     * What the person running an import can say beyond the file: the day a saved page appeared, the folder an
     * export's pictures are in (WordPress's uploads, Ghost's content/images), and the old site's address (for
     * a Ghost export's relative picture addresses).
     */
    public record Options(LocalDate publishedOn, Path uploadsDir, String siteUrl) {
        public static final Options NONE = new Options(null, null, null);

        public Options(LocalDate publishedOn, Path uploadsDir) {
            this(publishedOn, uploadsDir, null);
        }
    }

    /** A file recognized, checked as far as can be without changing anything, and ready to import. */
    public sealed interface Prepared permits SavedPageFile, ExportFile, ArchiveFile {
        /** What the file is, for the person running the import. */
        String description();
    }

    /** A magazine page saved as text, read completely. */
    public record SavedPageFile(ReadFile content, LocalDate publishedOn) implements Prepared {
        @Override
        public String description() {
            return ImportFormat.SAVED_PAGE.description();
        }
    }

    /** An export of another system (WordPress, Ghost), streamed when imported; {@code size} in bytes. */
    public record ExportFile(ImportSource source, long size) implements Prepared {
        @Override
        public String description() {
            return source.description();
        }
    }

    /** An export of a Masthead magazine. */
    public record ArchiveFile(Path file, long size) implements Prepared {
        @Override
        public String description() {
            return ImportFormat.MASTHEAD_EXPORT.description();
        }
    }

    /**
     * Recognizes a file by its content and checks it as far as can be done without touching any magazine, so
     * the command line refuses a file that is not an export before it opens (or creates) a data directory.
     *
     * @throws ImportFailed when the file is not one Masthead imports, or cannot be read, saying why
     */
    public static Prepared prepare(Path file, Options options) {
        ImportFormat format = detect(file);
        long size = sizeOf(file);
        return switch (format) {
            case SAVED_PAGE -> new SavedPageFile(read(file), options.publishedOn());
            case WORDPRESS_WXR -> new ExportFile(ExportReaders.wordpress(file, options.uploadsDir()), size);
            case GHOST_JSON -> new ExportFile(ExportReaders.ghost(file, options.uploadsDir(), options.siteUrl()), size);
            case MASTHEAD_EXPORT -> new ArchiveFile(file, size);
            case DAMAGED_EXPORT, DAMAGED_ZIP -> throw new ImportFailed(0, "this is " + format.description()
                    + ": its end, where a ZIP archive lists what it holds, is missing or broken (was it copied completely?)");
            default -> throw new ImportFailed(0, "this is " + format.description() + "; Masthead imports WordPress exports "
                    + "(WXR), Ghost exports (JSON), its own exports, and magazine pages saved as text"
                    + (format == ImportFormat.HTML_PAGE ? " (save the page as text and import that)" : ""));
        };
    }

    /**
     * Imports an export of another system item by item, each in its own transaction, and reports what became
     * of every item. Importing the same export again changes nothing; a newer one updates what changed.
     */
    public ImportOutcome importExport(ImportSource source, ImportProgress progress) {
        ImportOutcome outcome = new ImportOutcome(source.description());
        var writer = new ContentWriter(db, keys, articles, imports, workflow, authors, topics, media, outcome,
                source.namespace(), importer(source.description()), clock, zone);
        if (source.postKeysAreApiIds()) {
            writer.keepApiIds();
        }
        if (!source.formerNamespace().equals(source.namespace())) {
            keys.adopt(source.formerNamespace(), source.namespace());
        }
        boolean empty = articles.countPublished() == 0;
        source.readInto(writer, progress);
        if (empty) {
            adoptName(source.site(), outcome);
        }
        audit.record(org.masthead.common.Actor.system("import"), "import.finished", "import", null,
                outcome.lines().getFirst());
        return outcome;
    }

    /** An empty magazine that was never named takes the imported site's name and tagline, and the report says so. */
    private void adoptName(ImportSource.SiteName site, ImportOutcome outcome) {
        if (settings == null) {
            return;
        }
        if (settings.setIfUnset(org.masthead.settings.Setting.SITE_TITLE, site.title())) {
            outcome.note("The magazine had no name of its own, so it is now called “" + settings.current().title()
                    + "”, as the imported site was (change it in Settings).");
        }
        if (settings.setIfUnset(org.masthead.settings.Setting.SITE_TAGLINE, site.tagline())) {
            outcome.note("Its tagline is now the imported site's: “" + settings.current().tagline() + "”.");
        }
    }

    /** Restores a Masthead export; see {@link ArchiveRestore}. */
    public ImportOutcome restore(Path file, ImportProgress progress) {
        if (restore == null) {
            throw new ImportFailed(0, "this build cannot restore Masthead exports");
        }
        return restore.restore(file, progress);
    }

    /** Imports a prepared file of any kind; a saved page's report is turned into an outcome. */
    public ImportOutcome importPrepared(Prepared prepared, ImportProgress progress) {
        return switch (prepared) {
            case SavedPageFile page -> {
                ImportReport report = apply(page.content(), page.publishedOn());
                ImportOutcome outcome = new ImportOutcome(ImportFormat.SAVED_PAGE.description());
                outcome.note(report.summary());
                report.notes().forEach(outcome::note);
                yield outcome;
            }
            case ExportFile export -> importExport(export.source(), progress);
            case ArchiveFile archive -> restore(archive.file(), progress);
        };
    }

    private static long sizeOf(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new ImportFailed(0, "cannot read the file: " + e.getMessage());
        }
    }

    /** A file read completely and understood, ready to apply; reading it touched no magazine. */
    public static final class ReadFile {
        private final SavedPage page;

        private ReadFile(SavedPage page) {
            this.page = page;
        }
    }

    /**
     * Reads and checks a file without touching any magazine, so the command line can refuse a bad file before
     * it opens (or creates) a data directory.
     *
     * @throws ImportFailed when the file cannot be read, naming the line and the problem
     */
    public static ReadFile read(Path file) {
        ImportFormat format = detect(file);
        if (format == ImportFormat.MASTHEAD_EXPORT) {
            throw new ImportFailed(0, "this is " + format.description() + "; restore it with the import command");
        }
        if (format != ImportFormat.SAVED_PAGE) {
            throw new ImportFailed(0, "this is " + format.description() + "; Masthead can import a magazine page "
                    + "saved as text" + (format == ImportFormat.HTML_PAGE ? " (save the page as text and import that)" : "")
                    + ", and cannot import " + format.description() + " yet");
        }
        return new ReadFile(SavedPageReader.read(TextFile.lines(readAll(file, MAX_SAVED_PAGE_BYTES))));
    }

    /**
     * Applies a file in one transaction. {@code publishedOn} dates an article whose page does not say when it
     * appeared; may be null.
     *
     * @throws ImportFailed when the content breaks a rule of the magazine, naming the line; nothing is changed
     */
    public ImportReport apply(ReadFile file, LocalDate publishedOn) {
        return db.write(h -> new SavedPageImport(articles, imports, lineups, importer(ImportFormat.SAVED_PAGE.description()),
                authors, editions, media, keys).apply(file.page, publishedOn));
    }

    /**
     * The system actor an import writes as, named for what it imports ("Import of a WordPress export"), the name its
     * revisions and the audit log show.
     */
    private static org.masthead.common.Actor importer(String description) {
        String name = "Import of " + (description.startsWith("a ") ? description.substring(2) : description);
        return org.masthead.common.Actor.system(name.length() > 80 ? name.substring(0, 80) : name);
    }

    /** Reads and applies a file: {@link #read} then {@link #apply}. */
    public ImportReport importFile(Path file, LocalDate publishedOn) {
        return apply(read(file), publishedOn);
    }

    private static ImportFormat detect(Path file) {
        if (Files.isDirectory(file)) {
            throw new ImportFailed(0, file + " is a folder; name the export file itself");
        }
        byte[] head = new byte[4096];
        try (InputStream in = Files.newInputStream(file)) {
            int length = in.readNBytes(head, 0, head.length);
            if (length == 0) {
                throw new ImportFailed(0, "the file is empty");
            }
            ImportFormat format = ImportFormat.detect(head, length);
            return format == ImportFormat.ZIP ? ExportReaders.zipFormat(file) : format;
        } catch (NoSuchFileException e) {
            throw new ImportFailed(0, "no such file");
        } catch (IOException e) {
            throw new ImportFailed(0, "cannot read the file: " + e.getMessage());
        }
    }

    private static byte[] readAll(Path file, long limit) {
        try {
            long size = Files.size(file);
            if (size > limit) {
                throw new ImportFailed(0, "the file has " + size / (1024 * 1024) + " MB; a saved page is at most "
                        + limit / (1024 * 1024) + " MB");
            }
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new ImportFailed(0, "cannot read the file: " + e.getMessage());
        }
    }
}
