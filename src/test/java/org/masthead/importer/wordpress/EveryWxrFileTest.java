package org.masthead.importer.wordpress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.masthead.importer.ImportFailed;
import org.masthead.importer.ImportOutcome;
import org.masthead.importer.ImportOutcome.Item;
import org.masthead.importer.ImportOutcome.Result;
import org.masthead.importer.ImportProgress;
import org.masthead.importer.ImportService;
import org.masthead.platform.Database;
import org.masthead.boot.Masthead;
import org.masthead.support.Magazines;

/**
 * Every WordPress export in the shared test data, imported into a fresh magazine on each database: what came in is
 * what the file holds (counted by the test's own reading of it), nothing crashes, a file that is not well-formed
 * says where, and a second import of the same file changes nothing.
 */
@ParameterizedClass
@EnumSource(Database.Kind.class)
class EveryWxrFileTest {
    /** The one file whose root is no WordPress export: its {@code <rss>} holds {@code <notachanneltag>}. */
    private static final String NOT_AN_EXPORT = "phpunit_data_malformed.xml";
    /**
     * The files no XML parser reads as they are: nested CDATA, a raw "&" in an address (the import mends both),
     * an export cut off in its first post (the import stops there and says so), and the one that is no export.
     */
    private static final List<String> NOT_WELL_FORMED = List.of("phpunit_data_crazy-cdata.xml", "sample.xml",
            "sample-no-slug.xml", "multiple_attachments-only.xml", "phpunit_data_malformed-simple.xml", NOT_AN_EXPORT);

    @Parameter
    Database.Kind kind;

    @TempDir
    Path dataDir;

    static List<Path> files() {
        return WxrFacts.files();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("files")
    void each_export_imports_what_it_holds_and_a_second_import_changes_nothing(Path file) {
        WxrFacts facts = WxrFacts.of(file);
        String name = file.getFileName().toString();
        assertThat(facts.wellFormed()).as("whether %s is well-formed XML", name).isEqualTo(!NOT_WELL_FORMED.contains(name));
        if (name.equals(NOT_AN_EXPORT)) {
            assertThatThrownBy(() -> ImportService.prepare(file, ImportService.Options.NONE)).isInstanceOf(ImportFailed.class)
                    .hasMessageContaining("not a WordPress export").hasMessageContaining("<notachanneltag>");
            return;
        }
        try (Masthead magazine = Magazines.open(kind, dataDir)) {
            ImportOutcome first = importOnce(magazine, file);

            assertThat(first.count(Item.ARTICLE, Result.CREATED)).as("posts made from %s\n%s", name, first).isEqualTo(facts.posts());
            assertThat(first.count(Item.PAGE, Result.CREATED)).as("pages made from %s", name).isEqualTo(facts.pages());
            assertThat(first.count(Item.ARTICLE, Result.UPDATED) + first.count(Item.PAGE, Result.UPDATED)).isZero();
            assertThat(first.count(Item.IMAGE, Result.CREATED) + first.count(Item.ATTACHMENT, Result.CREATED))
                    .as("media made from %s", name).isEqualTo(facts.media());
            assertThat(first.count(Item.AUTHOR, Result.CREATED)).as("authors made from %s", name).isEqualTo(facts.authors());
            assertThat(first.counted().getOrDefault("comments left out (Masthead has none)", 0)).isEqualTo(facts.comments());
            assertThat(published(magazine)).as("published from %s", name).isEqualTo(facts.publishedVisible());
            System.out.printf("word check\t%s\t%s\t%d\t%d%n", kind, name, first.wordsRead(), first.wordsKept());
            if (facts.wellFormed()) {
                assertThat(first.losses()).as("posts of %s stored without some of their words", name).isEmpty();
                assertThat(first.failures()).as("failures importing %s", name).hasSize(facts.itemsWithoutId());
            } else {
                assertThat(first.failures()).as("failures importing %s", name).hasSizeLessThanOrEqualTo(1)
                        .allSatisfy(p -> assertThat(p.reason()).containsPattern("well-formed XML at line \\d+"));
            }
            int articles = count(magazine, "articles");
            int authors = magazine.authors().count();

            ImportOutcome second = importOnce(magazine, file);

            assertThat(second.changedNothing()).as("the second import of %s\n%s", name, second).isTrue();
            assertThat(second.failures()).hasSameSizeAs(first.failures());
            assertThat(count(magazine, "articles")).isEqualTo(articles);
            assertThat(magazine.authors().count()).isEqualTo(authors);
        }
    }

    @org.junit.jupiter.api.Test
    void a_file_that_is_not_an_export_is_refused_before_anything_is_written() throws Exception {
        Path copy = Files.copy(WxrFacts.ROOT.resolve("wordpress-importer").resolve(NOT_AN_EXPORT), dataDir.resolve("export.xml"));
        assertThatThrownBy(() -> ImportService.prepare(copy, ImportService.Options.NONE)).isInstanceOf(ImportFailed.class);
        try (var listing = Files.list(dataDir)) {
            assertThat(listing.toList()).containsExactly(copy);
        }
    }

    private static ImportOutcome importOnce(Masthead magazine, Path file) {
        return magazine.imports().importPrepared(ImportService.prepare(file, ImportService.Options.NONE), ImportProgress.NONE);
    }

    private static int published(Masthead magazine) {
        return magazine.database().read(h -> h.createQuery("SELECT count(*) FROM articles WHERE status = 'published'")
                .mapTo(Integer.class).one());
    }

    private static int count(Masthead magazine, String table) {
        return magazine.database().read(h -> h.createQuery("SELECT count(*) FROM " + table).mapTo(Integer.class).one());
    }
}
