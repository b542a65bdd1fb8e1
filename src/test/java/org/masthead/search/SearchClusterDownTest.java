package org.masthead.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.masthead.support.ArticleBuilder.anArticle;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.masthead.platform.Database;
import org.masthead.support.Http;
import org.masthead.support.RunningSite;

/** A server told to search on an OpenSearch cluster that does not answer: it starts, serves, and only search says so. */
class SearchClusterDownTest {
    private RunningSite site;

    @BeforeEach
    void start() {
        int closed = closedPort();
        site = RunningSite.withDataDir(Database.Kind.SQLITE, dataDir -> {
            try {
                Files.writeString(dataDir.resolve("masthead.properties"), "search.opensearch.url=http://127.0.0.1:" + closed + "\n");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    @AfterEach
    void stop() {
        site.close();
    }

    @Test
    void with_the_cluster_unreachable_search_says_it_is_unavailable_and_every_other_page_serves() {
        anArticle().titled("Still readable").publishedOn(LocalDate.of(2024, 3, 4)).in(site.magazine());

        Http.Response page = site.http().get("/search?q=readable");
        assertThat(page.status()).isEqualTo(503);
        assertThat(page.html().selectFirst("main").text()).contains("Search is not available at the moment")
                .doesNotContain("Exception");
        assertThat(site.http().get("/api/search?q=readable").status()).isEqualTo(503);
        assertThat(site.http().get("/").status()).isEqualTo(200);
        assertThat(site.http().get("/2024/03/04/still-readable/").status()).isEqualTo(200);
    }

    @Test
    void the_reason_names_the_cluster_for_the_operator() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> site.magazine().search().index().size())
                .isInstanceOf(SearchUnavailable.class).hasMessageContaining("OpenSearch at http://127.0.0.1:")
                .hasMessageContaining("cannot be reached");
    }

    /** A port nothing listens on: one the system gave out, then closed. */
    private static int closedPort() {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
