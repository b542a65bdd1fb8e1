package org.masthead.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.masthead.support.ArticleBuilder.anArticle;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.masthead.boot.Masthead;
import org.masthead.common.Actor;
import org.masthead.platform.Database;
import org.masthead.support.Magazines;

/** The index catches up with what changed while it was closed, and rebuilds itself when it is gone. */
class SearchIndexerTest {
    /** The system actor test data is written as, through the doors imports use. */
    private static final Actor SYSTEM = Actor.system("test");

    private static final LocalDate DAY = LocalDate.of(2024, 5, 6);

    @TempDir
    Path dataDir;

    private static long found(Masthead magazine, String words) {
        return magazine.search().index().search(SearchQuery.of(words, null, null, null, null, null, 10)).total();
    }

    @Test
    void an_article_known_only_by_its_title_is_not_searchable_whether_indexed_as_it_comes_or_rebuilt() {
        try (Masthead magazine = Magazines.open(Database.Kind.SQLITE, dataDir)) {
            magazine.search().start();
            anArticle().titled("Salt marshes").publishedOn(DAY).in(magazine);
            anArticle().titled("Salt pans").withoutBody().publishedOn(DAY).in(magazine);
            magazine.search().awaitIndexed();
            assertThat(found(magazine, "salt")).as("indexed as published").isEqualTo(1);

            magazine.search().rebuild(done -> { });
            assertThat(found(magazine, "salt")).as("rebuilt").isEqualTo(1);
            assertThat(magazine.search().publishedCount()).isEqualTo(1);
        }
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
            magazine.articleImports().changeStatus(SYSTEM, marshes.id(), org.masthead.article.ArticleStatus.UNPUBLISHED, null);
        }
        try (Masthead magazine = Magazines.open(Database.Kind.SQLITE, dataDir)) {
            magazine.search().start();
            magazine.search().awaitIndexed();

            assertThat(found(magazine, "tidal mills")).isEqualTo(1);
            assertThat(found(magazine, "marshes")).isZero();
        }
    }

    @Test
    void changes_another_process_makes_while_the_index_runs_are_picked_up_by_the_next_look_at_the_database() throws Exception {
        try (Masthead magazine = Magazines.open(Database.Kind.SQLITE, dataDir);
                var indexer = new SearchIndexer(LuceneSearchIndex.open(dataDir.resolve("other-index"), magazine.clock()), SearchStores.sql(magazine.database()), magazine.clock(),
                        java.time.Duration.ofMillis(200))) {
            indexer.start();
            indexer.awaitIndexed();
            // This indexer hears no events: to it, the article below is written by another process.
            anArticle().titled("Sea walls").publishedOn(DAY).in(magazine);

            await().atMost(Duration.ofSeconds(5))
                    .until(() -> indexer.index().search(SearchQuery.of("sea walls", null, null, null, null, null, 10)).total() == 1);
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

    @Test
    void a_rebuild_request_makes_a_running_index_find_rows_written_with_old_times() throws Exception {
        try (Masthead magazine = Magazines.open(Database.Kind.SQLITE, dataDir);
                var indexer = new SearchIndexer(LuceneSearchIndex.open(dataDir.resolve("other-index"), magazine.clock()), SearchStores.sql(magazine.database()), magazine.clock(),
                        java.time.Duration.ofMillis(200))) {
            indexer.start();
            indexer.awaitIndexed();
            // As a restore writes it: a row with the time it had, long before the index's last look, in one transaction.
            var longAgo = java.time.Instant.parse("2001-01-01T00:00:00Z");
            magazine.database().write(h -> {
                long id = anArticle().titled("Harbour cranes").publishedOn(DAY).in(magazine).id();
                h.createUpdate("UPDATE authors SET updated_at = :at").bind("at", longAgo).execute();
                return h.createUpdate("UPDATE articles SET updated_at = :at WHERE id = :id").bind("at", longAgo).bind("id", id).execute();
            });
            // Until a look at the database that started after the write has been committed: it did not see the row.
            var written = magazine.clock().instant();
            await("a later look ran").atMost(Duration.ofSeconds(5))
                    .until(() -> Instant.parse(indexer.index().marker()).isAfter(written));
            assertThat(indexer.index().search(SearchQuery.of("cranes", null, null, null, null, null, 10)).total())
                    .as("the look for recent changes cannot see it").isZero();

            new RebuildRequests(magazine.database()).request(magazine.clock().instant());

            await().atMost(Duration.ofSeconds(5))
                    .until(() -> indexer.index().search(SearchQuery.of("cranes", null, null, null, null, null, 10)).total() == 1);
        }
    }
}
