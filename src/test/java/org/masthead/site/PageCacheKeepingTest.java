package org.masthead.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** A cache told it may miss other servers' changes keeps nothing, and serves each page rendered afresh, until told again. */
class PageCacheKeepingTest {
    private final PageCache cache = new PageCache(1024 * 1024, Clock.systemUTC());
    private final AtomicInteger renderings = new AtomicInteger();

    private String page() throws Exception {
        var kept = cache.page("/", "text/html", "no-cache", () -> PageCache.Rendered.of(
                ("rendering " + renderings.incrementAndGet()).getBytes(StandardCharsets.UTF_8)));
        return new String(kept.body(), StandardCharsets.UTF_8);
    }

    @Test
    void while_not_keeping_every_request_renders_and_nothing_is_kept() throws Exception {
        assertThat(page()).isEqualTo("rendering 1");
        assertThat(page()).as("kept").isEqualTo("rendering 1");

        cache.keep(false);

        assertThat(page()).isEqualTo("rendering 2");
        assertThat(page()).isEqualTo("rendering 3");
        assertThat(cache.holds("/")).isFalse();
        assertThat(cache.isEmpty()).isTrue();
    }

    @Test
    void keeping_again_starts_afresh() throws Exception {
        assertThat(page()).isEqualTo("rendering 1");
        cache.keep(false);
        cache.keep(true);

        assertThat(page()).as("what was kept before is gone").isEqualTo("rendering 2");
        assertThat(page()).isEqualTo("rendering 2");
    }
}
