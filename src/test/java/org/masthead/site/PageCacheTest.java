package org.masthead.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.masthead.support.ArticleBuilder.anArticle;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.masthead.common.Actor;
import org.masthead.article.Article;
import org.masthead.article.ArticleDraft;
import org.masthead.platform.Database;
import org.masthead.settings.Setting;
import org.masthead.support.Http;
import org.masthead.support.RunningSite;
import org.masthead.support.SiteExtension;

/** The page cache serves what the magazine holds now: every change shows on every page at once, never an older one. */
class PageCacheTest {
    /** The system actor test data is written as, through the doors imports use. */
    private static final Actor SYSTEM = Actor.system("test");

    @RegisterExtension
    static final SiteExtension site = SiteExtension.of(() -> RunningSite.empty(Database.Kind.SQLITE));

    private static Article published(String title, String author, String topic) {
        return anArticle().titled(title).by(author).about(topic).publishedOn(LocalDate.of(2024, 5, 6)).in(site.magazine());
    }

    private static ArticleDraft retitled(Article article, String title) {
        return new ArticleDraft(title, article.slug(), article.dek(), article.body(), article.authorIds(),
                site.magazine().topics().ofArticle(article.id()).stream().map(t -> t.id()).toList(), article.leadImageId());
    }

    @Test
    void a_changed_title_shows_at_once_on_the_article_home_author_topic_and_feed_pages() {
        Article article = published("Low tide at noon", "Iris Vale", "Tides");
        List<String> pages = List.of(article.path(), "/", "/author/iris-vale/", "/topic/tides/", "/feed/");
        for (String path : pages) {
            assertThat(site.http().get(path).body()).as(path).contains("Low tide at noon");
            assertThat(site.http().get(path).body()).as(path + ", served again").contains("Low tide at noon");
        }

        site.magazine().articleImports().update(SYSTEM, article.id(), retitled(article, "High tide at dusk"));

        for (String path : pages) {
            String body = site.http().get(path).body();
            assertThat(body).as(path).contains("High tide at dusk").doesNotContain("Low tide at noon");
        }
    }

    @Test
    void a_changed_setting_shows_on_pages_served_before_it() {
        Article article = published("The harbour wall", "Iris Vale", "Harbour");
        assertThat(site.http().get(article.path()).body()).doesNotContain("The Quay Gazette");

        site.magazine().settings().set(Setting.SITE_TITLE, "The Quay Gazette");

        // Settings are written outside a service's transaction here, as the command line does: the cache still follows.
        assertThat(site.http().get(article.path()).body()).contains("The Quay Gazette");
    }

    @Test
    void an_unpublished_article_is_gone_from_its_address_and_the_lists_at_once() {
        Article article = published("Gone by morning", "Iris Vale", "Tides");
        assertThat(site.http().get(article.path()).status()).isEqualTo(200);
        assertThat(site.http().get("/").body()).contains("Gone by morning");

        site.magazine().articleImports().changeStatus(SYSTEM, article.id(), org.masthead.article.ArticleStatus.UNPUBLISHED, null);

        assertThat(site.http().get(article.path()).status()).isEqualTo(404);
        assertThat(site.http().get("/").body()).doesNotContain("Gone by morning");
        assertThat(site.http().get("/feed/").body()).doesNotContain("Gone by morning");
    }

    @Test
    void an_old_address_is_redirected_from_the_cache_until_the_article_changes() {
        Article article = published("Moorings", "Iris Vale", "Harbour");
        String wrongDay = article.path().replace("/2024/05/06/", "/2024/05/07/");

        for (int i = 0; i < 2; i++) {
            Http.Response moved = site.http().get(wrongDay);
            assertThat(moved.status()).isEqualTo(301);
            assertThat(moved.header("Location")).isEqualTo(article.path());
        }
        assertThat(site.magazine().pageCache().holds(wrongDay)).isTrue();

        site.magazine().articleImports().changeStatus(SYSTEM, article.id(), org.masthead.article.ArticleStatus.UNPUBLISHED, null);

        assertThat(site.http().get(wrongDay).status()).isEqualTo(404);
    }

    @Test
    void a_client_holding_the_current_version_gets_304_and_one_asking_for_gzip_gets_it_compressed() throws Exception {
        Article article = published("Fog on the pier", "Iris Vale", "Weather");
        HttpClient client = HttpClient.newHttpClient();
        var plain = client.send(HttpRequest.newBuilder(site.http().base().resolve(article.path())).build(),
                HttpResponse.BodyHandlers.ofString());
        var zipped = client.send(HttpRequest.newBuilder(site.http().base().resolve(article.path()))
                .header("Accept-Encoding", "br;q=0.8, gzip;q=1.0").build(), HttpResponse.BodyHandlers.ofByteArray());

        assertThat(zipped.headers().firstValue("Content-Encoding")).hasValue("gzip");
        assertThat(zipped.headers().firstValue("Vary")).hasValue("Accept-Encoding");
        assertThat(gunzip(zipped.body())).isEqualTo(plain.body());
        assertThat(zipped.headers().firstValue("ETag")).isNotEqualTo(plain.headers().firstValue("ETag"));

        for (var answer : List.of(plain, zipped)) {
            String etag = answer.headers().firstValue("ETag").orElseThrow();
            var again = client.send(HttpRequest.newBuilder(site.http().base().resolve(article.path())).header("If-None-Match", etag)
                    .header("Accept-Encoding", answer == zipped ? "gzip" : "identity").build(), HttpResponse.BodyHandlers.ofString());
            assertThat(again.statusCode()).as(etag).isEqualTo(304);
        }
        var refused = client.send(HttpRequest.newBuilder(site.http().base().resolve(article.path()))
                .header("Accept-Encoding", "gzip;q=0").build(), HttpResponse.BodyHandlers.ofString());
        assertThat(refused.headers().firstValue("Content-Encoding")).isEmpty();
        assertThat(refused.body()).isEqualTo(plain.body());
    }

    @Test
    void a_browser_that_takes_brotli_gets_the_page_in_brotli_with_its_own_tag() throws Exception {
        Article article = published("Gulls at dawn", "Iris Vale", "Weather");
        HttpClient client = HttpClient.newHttpClient();
        var plain = client.send(HttpRequest.newBuilder(site.http().base().resolve(article.path())).build(),
                HttpResponse.BodyHandlers.ofString());
        var zipped = client.send(HttpRequest.newBuilder(site.http().base().resolve(article.path()))
                .header("Accept-Encoding", "gzip").build(), HttpResponse.BodyHandlers.ofByteArray());
        var brotli = client.send(HttpRequest.newBuilder(site.http().base().resolve(article.path()))
                .header("Accept-Encoding", "gzip, deflate, br, zstd").build(), HttpResponse.BodyHandlers.ofByteArray());

        assertThat(brotli.headers().firstValue("Content-Encoding")).hasValue("br");
        assertThat(brotli.headers().firstValue("Vary")).hasValue("Accept-Encoding");
        assertThat(new String(com.aayushatharva.brotli4j.decoder.Decoder.decompress(brotli.body()).getDecompressedData(),
                java.nio.charset.StandardCharsets.UTF_8)).isEqualTo(plain.body());
        assertThat(brotli.body().length).isLessThan(zipped.body().length);
        String tag = brotli.headers().firstValue("ETag").orElseThrow();
        assertThat(tag).isNotIn(plain.headers().firstValue("ETag").orElseThrow(), zipped.headers().firstValue("ETag").orElseThrow());
        var again = client.send(HttpRequest.newBuilder(site.http().base().resolve(article.path())).header("If-None-Match", tag)
                .header("Accept-Encoding", "br").build(), HttpResponse.BodyHandlers.ofString());
        assertThat(again.statusCode()).isEqualTo(304);
    }

    @Test
    void a_page_answered_from_the_cache_has_the_headers_and_bytes_of_the_first_answer_and_head_gets_no_body() throws Exception {
        Article article = published("Nets drying", "Iris Vale", "Harbour");
        Http.Response first = site.http().get(article.path());
        Http.Response kept = site.http().get(article.path());

        assertThat(kept.body()).isEqualTo(first.body());
        for (String header : List.of("Content-Type", "Content-Security-Policy", "X-Content-Type-Options", "X-Frame-Options",
                "Referrer-Policy", "Cache-Control", "ETag")) {
            assertThat(kept.header(header)).as(header).isNotNull().isEqualTo(first.header(header));
        }
        var head = site.http().send(HttpRequest.newBuilder(site.http().base().resolve(article.path()))
                .method("HEAD", HttpRequest.BodyPublishers.noBody()).build());
        assertThat(head.status()).isEqualTo(200);
        assertThat(head.body()).isEmpty();
        assertThat(head.header("ETag")).isEqualTo(first.header("ETag"));
    }

    @Test
    void a_feed_keeps_its_last_modified_and_answers_a_date_with_304() {
        published("Gulls at dawn", "Iris Vale", "Birds");
        Http.Response feed = site.http().get("/feed/");
        String lastModified = feed.header("Last-Modified");

        assertThat(lastModified).isNotNull();
        var again = site.http().send(HttpRequest.newBuilder(site.http().base().resolve("/feed/"))
                .header("If-Modified-Since", lastModified).build());
        assertThat(again.status()).isEqualTo(304);
    }

    @Test
    void readers_reading_while_an_article_is_published_never_see_the_home_page_without_it_once_publishing_returned()
            throws Exception {
        AtomicBoolean returned = new AtomicBoolean();
        AtomicBoolean stale = new AtomicBoolean();
        ExecutorService readers = Executors.newFixedThreadPool(4);
        var reading = new java.util.concurrent.CountDownLatch(4);
        try {
            List<Future<?>> running = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                running.add(readers.submit(() -> {
                    // Each reader reads before, during and after the publish: on until it has read 20 times after.
                    for (int after = 0; after < 20; ) {
                        boolean publishedBefore = returned.get();
                        String home = site.http().get("/").body();
                        reading.countDown();
                        if (publishedBefore) {
                            after++;
                            if (!home.contains("Breaking at the quay")) {
                                stale.set(true);
                            }
                        }
                    }
                }));
            }
            // Every reader has read the page before the publish starts, and reads on during it.
            assertThat(reading.await(10, java.util.concurrent.TimeUnit.SECONDS)).as("the readers started").isTrue();
            published("Breaking at the quay", "Iris Vale", "News");
            returned.set(true);
            for (Future<?> reader : running) {
                reader.get();
            }
        } finally {
            readers.shutdownNow();
        }
        assertThat(stale).as("a reader got the home page without the article after publishing returned").isFalse();
        assertThat(site.http().get("/").body()).contains("Breaking at the quay");
    }

    private static String gunzip(byte[] body) throws IOException {
        try (var in = new GZIPInputStream(new ByteArrayInputStream(body))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
