package org.masthead.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Pages are filed under what they show and forgotten by it, including a page whose rendering a change overtakes. */
class PageCacheFilingTest {
    private final PageCache cache = new PageCache(1 << 20, java.time.Clock.systemUTC());

    private static PageCache.Rendered showing(long article, String text) {
        PageTags.showsArticle(article);
        return PageCache.Rendered.of(text.getBytes(StandardCharsets.UTF_8));
    }

    private String body(String key, long article, String text) throws Exception {
        return new String(cache.page(key, "text/html", "no-cache", () -> showing(article, text)).body(), StandardCharsets.UTF_8);
    }

    @Test
    void forgetting_an_article_forgets_the_pages_that_show_it_and_no_other() throws Exception {
        body("/one/", 1, "one");
        body("/two/", 2, "two");

        cache.forget(Set.of(PageTags.article(1)));

        assertThat(cache.holds("/one/")).isFalse();
        assertThat(cache.holds("/two/")).isTrue();
    }

    @Test
    void a_page_that_noted_nothing_is_forgotten_with_any_change_readers_see() throws Exception {
        cache.page("/plain/", "text/html", "no-cache", () -> PageCache.Rendered.of(new byte[] {1}));

        cache.forget(Set.of(PageTags.article(9), PageTags.UNTRACKED));

        assertThat(cache.holds("/plain/")).isFalse();
    }

    @Test
    void a_page_whose_rendering_a_change_overtook_is_rendered_again_before_it_is_kept() throws Exception {
        CountDownLatch rendering = new CountDownLatch(1);
        CountDownLatch changed = new CountDownLatch(1);
        AtomicInteger renderings = new AtomicInteger();
        CompletableFuture<byte[]> reader = CompletableFuture.supplyAsync(() -> {
            try {
                return cache.page("/slow/", "text/html", "no-cache", () -> {
                    if (renderings.incrementAndGet() == 1) {
                        // The first rendering read the magazine before the change, and ends after it.
                        rendering.countDown();
                        changed.await(5, TimeUnit.SECONDS);
                        return showing(3, "before");
                    }
                    return showing(3, "after");
                }).body();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        assertThat(rendering.await(5, TimeUnit.SECONDS)).isTrue();

        cache.forget(Set.of(PageTags.article(3)));
        changed.countDown();

        assertThat(new String(reader.get(5, TimeUnit.SECONDS), StandardCharsets.UTF_8)).isEqualTo("after");
        assertThat(renderings).hasValue(2);
        assertThat(body("/slow/", 3, "unused")).isEqualTo("after");
    }

    @Test
    void clearing_forgets_every_page() throws Exception {
        body("/a/", 1, "a");
        body("/b/", 2, "b");

        cache.clear();

        assertThat(cache.holds("/a/")).isFalse();
        assertThat(cache.holds("/b/")).isFalse();
        assertThat(cache.isEmpty()).isTrue();
    }
}
