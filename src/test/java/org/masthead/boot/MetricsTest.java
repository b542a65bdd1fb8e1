package org.masthead.boot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.masthead.support.ArticleBuilder.anArticle;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.masthead.common.Invalid;
import org.masthead.platform.Config;
import org.masthead.platform.Database;
import org.masthead.support.Http;
import org.masthead.support.RunningSite;

/** Metrics for Prometheus at /metrics: off unless a token is set, then only for whoever sends it. */
class MetricsTest {
    private static final String TOKEN = "0123456789abcdef0123456789abcdef";

    private static RunningSite withToken() {
        return RunningSite.withDataDir(Database.Kind.SQLITE, dir -> write(dir.resolve(Config.FILE_NAME), "metrics.token=" + TOKEN + "\n"));
    }

    private static void write(Path file, String text) {
        try {
            Files.writeString(file, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Http.Response metrics(RunningSite site, String authorization) {
        var request = HttpRequest.newBuilder(site.http().base().resolve("/metrics")).GET();
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return site.http().send(request.build());
    }

    @Test
    void without_a_token_there_are_no_metrics() {
        try (var site = RunningSite.empty(Database.Kind.SQLITE)) {
            assertThat(site.http().get("/metrics").status()).isEqualTo(404);
        }
    }

    @Test
    void prometheus_with_the_token_reads_the_jvm_the_routes_and_the_page_cache() {
        try (var site = withToken()) {
            anArticle().titled("Harbour Lights").by("Ann Lee").publishedOn(LocalDate.of(2026, 12, 7)).in(site.magazine());
            site.http().get("/");
            site.http().get("/");

            var answer = metrics(site, "Bearer " + TOKEN);

            assertThat(answer.status()).isEqualTo(200);
            assertThat(answer.header("Content-Type")).startsWith("text/plain; version=0.0.4");
            assertThat(answer.body()).contains("jvm_memory_used_bytes", "process_uptime_seconds",
                    "http_server_requests_seconds_count{method=\"GET\",route=\"/\",status=\"200\"} 1",
                    "masthead_page_cache_hits_total 1", "masthead_page_cache_keeping 1");
        }
    }

    @Test
    void anyone_without_the_token_is_refused() {
        try (var site = withToken()) {
            assertThat(metrics(site, null).status()).isEqualTo(401);
            assertThat(metrics(site, null).header("WWW-Authenticate")).startsWith("Bearer");
            assertThat(metrics(site, "Bearer " + TOKEN.substring(1) + "x").status()).isEqualTo(401);
            assertThat(metrics(site, "Bearer " + TOKEN.substring(1) + "x").body()).doesNotContain("jvm_");
        }
    }

    @Test
    void a_short_token_is_refused_at_start_and_the_token_never_shows_in_the_configuration_printed() {
        assertThatThrownBy(() -> Config.load(Path.of("."), Map.of("MASTHEAD_METRICS_TOKEN", "short"), Config.Overrides.none()))
                .isInstanceOf(Invalid.class).hasMessageContaining("24 characters");
        Config config = Config.load(Path.of("."), Map.of("MASTHEAD_METRICS_TOKEN", TOKEN), Config.Overrides.none());
        assertThat(config.metricsToken()).contains(TOKEN);
        assertThat(config.toString()).doesNotContain(TOKEN).contains("metrics=on");
    }
}
