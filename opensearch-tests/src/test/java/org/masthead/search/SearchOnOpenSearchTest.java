package org.masthead.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.masthead.support.ArticleBuilder.anArticle;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.masthead.platform.Database;
import org.masthead.support.RunningSite;

/** The whole magazine, on SQLite, searching on an OpenSearch node: what readers and the operator see. */
class SearchOnOpenSearchTest {
    private static final LocalDate DAY = LocalDate.of(2024, 3, 4);
    /** For the tests that leave the node running; the one that stops its node starts its own. */
    @RegisterExtension
    static final SharedNode node = new SharedNode();

    @Test
    void a_published_article_is_found_reindex_rebuilds_and_a_stopped_node_only_takes_search_away() {
        var dataDir = new AtomicReference<Path>();
        try (TestNode own = TestNode.start();
                RunningSite site = RunningSite.withDataDir(Database.Kind.SQLITE, dir -> {
                    dataDir.set(dir);
                    write(dir.resolve("masthead.properties"), "search.opensearch.url=" + own.url() + "\nsearch.opensearch.index=e2e\n");
                })) {
            anArticle().titled("The harbour strike").by("Ann Lee").withBody("Crews stopped work at dawn.").publishedOn(DAY)
                    .in(site.magazine());
            site.magazine().search().awaitIndexed();

            assertThat(site.http().get("/search?q=harbour").html().select(".search-hit-title").eachText())
                    .containsExactly("The harbour strike");

            // The index loses the article (a cluster restored from an old snapshot, say): `reindex` puts it back.
            SearchIndex shared = site.magazine().search().index();
            shared.clear();
            shared.commit(null);
            assertThat(shared.size()).isZero();
            int exit = org.masthead.cli.Main.commandLine().execute("reindex", "--data", dataDir.get().toString());
            assertThat(exit).isZero();
            assertThat(shared.size()).isEqualTo(1);
            assertThat(site.http().get("/search?q=strikes").html().select(".search-hit-title").eachText())
                    .containsExactly("The harbour strike");

            own.close();
            var page = site.http().get("/search?q=dawn");
            assertThat(page.status()).isEqualTo(503);
            assertThat(page.html().selectFirst("main").text()).contains("Search is not available at the moment")
                    .doesNotContain("Exception");
            assertThat(site.http().get("/").status()).isEqualTo(200);
            assertThat(site.http().get("/2024/03/04/the-harbour-strike/").status()).isEqualTo(200);
        }
    }

    @Test
    void an_index_deleted_under_the_server_is_made_again_with_its_analysis_and_rebuilt_from_the_database() {
        try (RunningSite site = RunningSite.withDataDir(Database.Kind.SQLITE, dir -> write(dir.resolve("masthead.properties"),
                "search.opensearch.url=" + node.url() + "\nsearch.opensearch.index=lost\n"))) {
            anArticle().titled("The harbour strike").by("Ann Lee").withBody("Crews stopped work at dawn.").publishedOn(DAY)
                    .in(site.magazine());
            site.magazine().search().awaitIndexed();
            for (String index : node.rest().indicesOf("lost-articles")) {
                node.rest().send("DELETE", "/" + index, null);
            }

            anArticle().titled("Ferries").by("Ann Lee").withBody("The crews were striking again.").publishedOn(DAY)
                    .in(site.magazine());
            site.magazine().search().awaitIndexed();

            // "strikes" finds "striking" only through the English stemming of Masthead's mapping.
            org.awaitility.Awaitility.await().atMost(java.time.Duration.ofMinutes(1)).untilAsserted(() ->
                    assertThat(site.http().get("/search?q=strikes").html().select(".search-hit-title").eachText())
                            .containsExactlyInAnyOrder("The harbour strike", "Ferries"));
            assertThat(node.rest().send("GET", "/lost-articles/_mapping", null).properties().iterator().next().getValue()
                    .path("mappings").path("_meta").path("schema").asString(null)).isEqualTo(OpenSearchSchema.VERSION);
        }
    }

    private static void write(Path file, String text) {
        try {
            Files.writeString(file, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
