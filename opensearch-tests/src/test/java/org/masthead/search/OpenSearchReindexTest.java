package org.masthead.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A rebuild fills a new index beside the live one and moves the name to it: searches never see it half-filled. */
class OpenSearchReindexTest {
    private static final int ARTICLES = 1_500;
    private static final AtomicInteger TESTS = new AtomicInteger();
    @RegisterExtension
    static final SharedNode node = new SharedNode();

    @Test
    void searches_during_a_reindex_find_every_article_they_found_before_and_the_name_ends_on_one_index() throws Exception {
        String magazine = "reindex-" + TESTS.incrementAndGet();
        try (SearchIndex server = OpenSearchSearchIndex.open(node.cluster(magazine));
                SearchIndex reindex = OpenSearchSearchIndex.open(node.cluster(magazine))) {
            fill(server, "2026-01-01T00:00:00Z");
            long before = server.search(harbour()).total();
            assertThat(before).isEqualTo(ARTICLES);

            var halfway = new CountDownLatch(1);
            var searchedMeanwhile = new CountDownLatch(1);
            CompletableFuture<Void> rebuild = CompletableFuture.runAsync(() -> {
                reindex.clear();
                for (int id = 1; id <= ARTICLES; id++) {
                    reindex.put(article(id));
                    if (id == ARTICLES / 2) {
                        halfway.countDown();
                        await(searchedMeanwhile);
                    }
                }
                reindex.commit("2026-02-01T00:00:00Z");
            });
            assertThat(halfway.await(2, TimeUnit.MINUTES)).isTrue();
            long fewest = server.search(harbour()).total();
            int searches = 1;
            searchedMeanwhile.countDown();
            while (!rebuild.isDone()) {
                fewest = Math.min(fewest, server.search(harbour()).total());
                searches++;
            }
            rebuild.get();

            assertThat(fewest).as("the fewest hits of %d searches during the rebuild", searches).isEqualTo(before);
            assertThat(server.search(harbour()).total()).isEqualTo(ARTICLES);
            assertThat(server.marker()).isEqualTo("2026-02-01T00:00:00Z");
            assertThat(node.rest().indicesOf(magazine + "-articles")).containsExactly(magazine + "-articles-2");
            assertThat(node.rest().status("HEAD", "/" + magazine + "-articles-1")).isEqualTo(404);
        }
    }

    @Test
    void a_reindex_replaces_an_index_made_before_aliases_by_an_alias_of_the_same_name() {
        String magazine = "legacy-" + TESTS.incrementAndGet();
        String name = magazine + "-articles";
        node.rest().send("PUT", "/" + name, OpenSearchSchema.definition());
        try (SearchIndex index = OpenSearchSearchIndex.open(node.cluster(magazine))) {
            index.put(article(1));
            index.commit("2026-01-01T00:00:00Z");
            assertThat(node.rest().indicesOf(name)).as("still the index made before aliases").isEmpty();

            index.clear();
            index.put(article(1));
            index.put(article(2));
            index.commit("2026-02-01T00:00:00Z");

            assertThat(node.rest().indicesOf(name)).containsExactly(name + "-1");
            assertThat(index.search(harbour()).total()).isEqualTo(2);
            assertThat(index.marker()).isEqualTo("2026-02-01T00:00:00Z");
        }
    }

    @Test
    void a_rebuild_given_up_leaves_the_live_index_as_it_was_and_no_index_behind() {
        String magazine = "given-up-" + TESTS.incrementAndGet();
        try (SearchIndex server = OpenSearchSearchIndex.open(node.cluster(magazine))) {
            server.put(article(1));
            server.commit("2026-01-01T00:00:00Z");
            SearchIndex stopped = OpenSearchSearchIndex.open(node.cluster(magazine));
            stopped.clear();
            stopped.put(article(2));
            stopped.close();

            assertThat(server.search(harbour()).total()).isEqualTo(1);
            assertThat(node.rest().status("HEAD", "/" + magazine + "-articles-2")).isEqualTo(404);
        }
    }

    private static void fill(SearchIndex index, String marker) {
        for (int id = 1; id <= ARTICLES; id++) {
            index.put(article(id));
        }
        index.commit(marker);
    }

    private static SearchQuery harbour() {
        return SearchQuery.of("harbour", null, null, null, null, null, 10);
    }

    static SearchDocument article(long id) {
        var author = new SearchDocument.Label("ann-lee", "Ann Lee");
        return new SearchDocument(id, "/a/" + id + "/", "Harbour report " + id, "", "The dockers were striking at the harbour.",
                List.of(author), List.of(), LocalDate.of(2024, 3, 4).plusDays(id % 300), null);
    }

    private static void await(CountDownLatch latch) {
        try {
            if (!latch.await(2, TimeUnit.MINUTES)) {
                throw new IllegalStateException("no search came during the rebuild");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
