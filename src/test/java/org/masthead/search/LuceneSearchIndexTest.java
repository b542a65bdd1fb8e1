package org.masthead.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Lucene index: the contract of every index, and what is Lucene's own (its folder, its lock, its commits). */
class LuceneSearchIndexTest extends SearchIndexContract {
    @TempDir
    Path folder;

    @Override
    protected SearchIndex openIndex() {
        return LuceneSearchIndex.open(folder.resolve("search"), java.time.Clock.systemUTC());
    }

    @Test
    void an_unreadable_index_is_moved_aside_and_a_new_one_started_to_be_rebuilt() throws Exception {
        put("Kept", "words", "Ann Lee", null, "2020-01-01");
        index.close();
        try (var files = Files.list(folder.resolve("search"))) {
            for (Path file : files.filter(f -> f.getFileName().toString().startsWith("segments_")).toList()) {
                Files.write(file, new byte[] {1, 2, 3, 4, 5, 6, 7, 8});
            }
        }

        index = LuceneSearchIndex.open(folder.resolve("search"), java.time.Clock.systemUTC());

        assertThat(index.marker()).isNull();
        assertThat(index.size()).isZero();
        try (var siblings = Files.list(folder)) {
            assertThat(siblings.map(p -> p.getFileName().toString())).anyMatch(name -> name.startsWith("search.unreadable-"));
        }
    }

    @Test
    void an_index_of_another_schema_version_opens_empty_and_without_a_marker_so_it_is_rebuilt() throws Exception {
        put("Kept", "words", "Ann Lee", null, "2020-01-01");
        assertThat(index.marker()).isEqualTo("2026-01-01T00:00:00Z");
        index.close();
        // Rewrite the commit as an older version of Masthead would have left it.
        try (var dir = org.apache.lucene.store.FSDirectory.open(folder.resolve("search"));
                var writer = new org.apache.lucene.index.IndexWriter(dir, new org.apache.lucene.index.IndexWriterConfig())) {
            writer.setLiveCommitData(java.util.Map.of("schema", "0", "marker", "x").entrySet());
            writer.commit();
        }
        index = LuceneSearchIndex.open(folder.resolve("search"), java.time.Clock.systemUTC());

        assertThat(index.marker()).isNull();
        assertThat(index.size()).isZero();
        assertThat(Files.exists(folder.resolve("search"))).isTrue();
    }

    @Test
    void a_second_process_cannot_open_the_same_index_and_is_told_why() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> LuceneSearchIndex.open(folder.resolve("search"), java.time.Clock.systemUTC()))
                .isInstanceOf(SearchUnavailable.class).hasMessageContaining("in use by another Masthead process");
    }
}
