package org.masthead.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.masthead.support.ArticleBuilder.anArticle;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.masthead.platform.Database;
import org.masthead.platform.Masthead;
import org.masthead.support.Magazines;

/** The index catches up with what changed while it was closed, and rebuilds itself when it is gone. */
class SearchIndexerTest {
    private static final LocalDate DAY = LocalDate.of(2024, 5, 6);

    @TempDir
    Path dataDir;

    private static long found(Masthead magazine, String words) {
        return magazine.search().index().search(SearchQuery.of(words, null, null, null, null, null, 10)).total();
    }

    @Test
    void changes_made_while_the_index_was_closed_are_caught_up_at_start() {
        try (Masthead magazine = Magazines.open(Database.Kind.SQLITE, dataDir)) {
            anArticle().titled("Salt marshes").publishedOn(DAY).in(magazine);
            magazine.search().start();
            magazine.search().awaitIndexed();
            assertThat(found(magazine, "marshes")).isEqualTo(1);
        }
        try (Masthead magazine = Magazines.open(Database.Kind.SQLITE, dataDir)) {
            // As a command run beside a stopped server would: the index is not open, so no event reaches it.
            anArticle().titled("Tidal mills").publishedOn(DAY).in(magazine);
            var marshes = magazine.articles().findPublishedBySlug("salt-marshes").orElseThrow();
            magazine.articles().changeStatus(marshes.id(), org.masthead.article.ArticleStatus.UNPUBLISHED, null);
        }
        try (Masthead magazine = Magazines.open(Database.Kind.SQLITE, dataDir)) {
            magazine.search().start();
            magazine.search().awaitIndexed();

            assertThat(found(magazine, "tidal mills")).isEqualTo(1);
            assertThat(found(magazine, "marshes")).isZero();
        }
    }

    @Test
    void a_deleted_index_is_built_again_from_the_published_articles() throws Exception {
        try (Masthead magazine = Magazines.open(Database.Kind.SQLITE, dataDir)) {
            anArticle().titled("Lighthouses").publishedOn(DAY).in(magazine);
            anArticle().titled("Unfinished lighthouse draft").in(magazine);
            magazine.search().start();
            magazine.search().awaitIndexed();
            assertThat(found(magazine, "lighthouse")).isEqualTo(1);
        }
        try (var files = Files.walk(dataDir.resolve("search"))) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        }
        try (Masthead magazine = Magazines.open(Database.Kind.SQLITE, dataDir)) {
            magazine.search().start();
            magazine.search().awaitIndexed();

            assertThat(found(magazine, "lighthouse")).as("the draft is not for readers").isEqualTo(1);
            assertThat(magazine.search().index().size()).isEqualTo(1);
        }
    }
}
