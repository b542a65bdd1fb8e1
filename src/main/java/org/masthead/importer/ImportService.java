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

    public ImportService(Database db, ArticleService articles, AuthorService authors, EditionService editions,
            MediaService media) {
        this.db = db;
        this.articles = articles;
        this.authors = authors;
        this.editions = editions;
        this.media = media;
        this.keys = new ImportKeyStore(db);
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
        return db.write(h -> new SavedPageImport(articles, authors, editions, media, keys).apply(file.page, publishedOn));
    }

    /** Reads and applies a file: {@link #read} then {@link #apply}. */
    public ImportReport importFile(Path file, LocalDate publishedOn) {
        return apply(read(file), publishedOn);
    }

    private static ImportFormat detect(Path file) {
        byte[] head = new byte[4096];
        try (InputStream in = Files.newInputStream(file)) {
            int length = in.readNBytes(head, 0, head.length);
            if (length == 0) {
                throw new ImportFailed(0, "the file is empty");
            }
            return ImportFormat.detect(head, length);
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
