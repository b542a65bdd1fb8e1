package org.masthead.importer.ghost;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.masthead.common.Actor;
import org.masthead.article.Article;
import org.masthead.article.Note;
import org.masthead.importer.ImportOutcome;
import org.masthead.importer.ImportProgress;
import org.masthead.importer.ImportService;
import org.masthead.boot.Masthead;
import org.masthead.support.Pictures;

/** The Ghost exports the tests import: our own Ghost 5 magazine, and the real ones in ../shared/testdata/ghost/. */
final class GhostFixtures {
    static final Path TESTDATA = Path.of("..", "shared", "testdata", "ghost");
    static final String SITE = "https://harbour.example";

    private GhostFixtures() {}

    /** A Ghost 5 export written for these tests: Lexical and Mobiledoc posts without HTML, members-only, scheduled, a page. */
    static Path harbourReview() {
        try {
            return Path.of(GhostFixtures.class.getResource("/ghost/ghost5-harbour-review.json").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static Path testdata(String file) {
        return TESTDATA.resolve(file);
    }

    static ImportOutcome importFile(Masthead magazine, Path file, ImportService.Options options) {
        return magazine.imports().importPrepared(ImportService.prepare(file, options), ImportProgress.NONE);
    }

    /** Ghost's content/images folder with the pictures the Harbour Review names. */
    static Path contentImages(Path dir) {
        try {
            for (String name : List.of("2024/03/harbour.jpg", "2024/03/quay.jpg", "2024/01/maren.jpg")) {
                Path file = dir.resolve(name);
                Files.createDirectories(file.getParent());
                Files.write(file, Pictures.jpeg(64, 48));
            }
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The article of that slug, whatever its status. */
    static Article bySlug(Masthead magazine, String slug) {
        long id = magazine.database().read(h -> h.createQuery("SELECT id FROM articles WHERE slug = :slug").bind("slug", slug)
                .mapTo(Long.class).one());
        return magazine.articles().find(id);
    }

    static List<String> notes(Masthead magazine, Article article) {
        return magazine.workflow().open(Actor.system("test"), article.id()).notes().stream().map(Note::body).toList();
    }

    static int count(Masthead magazine, String sql) {
        return magazine.database().read(h -> h.createQuery(sql).mapTo(Integer.class).one());
    }
}
