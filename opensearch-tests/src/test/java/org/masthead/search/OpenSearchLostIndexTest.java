package org.masthead.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * An index deleted on the cluster under a running server (DELETE by hand) is made again with Masthead's mappings,
 * never by OpenSearch with guessed ones, and left without a marker, for the catch-up to rebuild it.
 */
class OpenSearchLostIndexTest {
    private static final AtomicInteger TESTS = new AtomicInteger();
    @RegisterExtension
    static final SharedNode node = new SharedNode();

    @Test
    void a_write_after_the_index_was_deleted_makes_it_again_with_its_own_analysis() {
        String name = "written-" + TESTS.incrementAndGet() + "-articles";
        try (SearchIndex index = OpenSearchSearchIndex.open(node.cluster(name.replace("-articles", "")))) {
            index.put(OpenSearchReindexTest.article(1));
            index.commit("2026-01-01T00:00:00Z");
            deleteBehind(name);

            index.put(OpenSearchReindexTest.article(2));
            index.commit(null);

            // Only the English stemming of Masthead's mapping finds "striking" for "strikes".
            assertThat(index.search(SearchQuery.of("strikes", null, null, null, null, null, 10)).total()).isEqualTo(1);
            assertThat(schemaOf(name)).isEqualTo(OpenSearchSchema.VERSION);
            assertThat(index.marker()).as("no marker: to be rebuilt").isNull();
        }
    }

    @Test
    void a_catch_up_after_the_index_was_deleted_finds_it_missing_and_makes_it_again_to_be_rebuilt() {
        String name = "caught-up-" + TESTS.incrementAndGet() + "-articles";
        try (SearchIndex index = OpenSearchSearchIndex.open(node.cluster(name.replace("-articles", "")))) {
            index.put(OpenSearchReindexTest.article(1));
            index.commit("2026-01-01T00:00:00Z");
            deleteBehind(name);

            assertThat(index.marker()).isNull();
            assertThat(schemaOf(name)).isEqualTo(OpenSearchSchema.VERSION);
            assertThat(node.rest().indicesOf(name)).hasSize(1);
        }
    }

    @Test
    void an_index_opensearch_made_by_itself_after_a_deletion_is_replaced_by_one_with_the_mappings() {
        String name = "guessed-" + TESTS.incrementAndGet() + "-articles";
        try (SearchIndex index = OpenSearchSearchIndex.open(node.cluster(name.replace("-articles", "")))) {
            index.put(OpenSearchReindexTest.article(1));
            index.commit("2026-01-01T00:00:00Z");
            deleteBehind(name);
            // Another writer, an older server say, writes without requiring the alias: OpenSearch guesses a mapping.
            node.rest().send("PUT", "/" + name + "/_doc/9?refresh=true", "{\"title\": \"Striking dockers\"}");

            assertThat(index.marker()).isNull();
            index.put(OpenSearchReindexTest.article(2));
            index.commit(null);

            assertThat(index.search(SearchQuery.of("strikes", null, null, null, null, null, 10)).total()).isEqualTo(1);
            assertThat(schemaOf(name)).isEqualTo(OpenSearchSchema.VERSION);
        }
    }

    private static void deleteBehind(String name) {
        List<String> indices = node.rest().indicesOf(name);
        assertThat(indices).hasSize(1);
        node.rest().send("DELETE", "/" + indices.getFirst(), null);
        assertThat(node.rest().status("HEAD", "/" + name)).isEqualTo(404);
    }

    private static String schemaOf(String name) {
        return node.rest().send("GET", "/" + name + "/_mapping", null).properties().iterator().next().getValue()
                .path("mappings").path("_meta").path("schema").asString(null);
    }
}
