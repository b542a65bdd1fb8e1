package org.masthead.site;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.javalin.http.Context;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.masthead.common.Moved;

/**
 * The readers' pages and feeds kept as ready bytes, plain and compressed ({@link Encodings}), so that a page read a thousand times is
 * rendered once. Each kept page is filed under what it shows ({@link PageTags}: the articles, the lists); a change
 * committed in this process forgets the pages filed under what it changed before the call that made it returns
 * (see {@link ReaderChanges}), so no reader gets an older page after a publish; what another process writes (the
 * import command beside a running server) shows within {@link #LONGEST}. Bounded in bytes, least used first out.
 */
public final class PageCache implements KeptPages {
    /** How long an answer is kept at most: the delay before a change made by another process shows. */
    static final Duration LONGEST = Duration.ofSeconds(30);
    /** Below this, compressing saves less than the header that says so costs. */
    private static final int COMPRESS_FROM = 512;
    private static final DateTimeFormatter HTTP_DATE =
            DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss 'GMT'", Locale.ENGLISH).withZone(ZoneOffset.UTC);

    /** A rendered answer: its body and, when it knows one, when its content last changed (else null). */
    public record Rendered(byte[] body, Instant lastModified) {
        public static Rendered of(byte[] body) {
            return new Rendered(body, null);
        }
    }

    /** How an answer is rendered when the cache does not hold it; may throw (NotFound, Moved) as a handler does. */
    @FunctionalInterface
    public interface Renderer {
        Rendered render(Context ctx) throws Exception;
    }

    /** How many times a page rendered while the magazine changed is rendered again before it is served unkept. */
    private static final int RENDERINGS = 3;
    /** Filings past this many (pages evicted leave theirs until their tags are forgotten) empty the whole cache. */
    private static final long MOST_FILINGS = 1_000_000;

    /** A kept answer: a page, or (with {@code movedTo}) a permanent redirect from an address the page had before. */
    record Page(String contentType, byte[] body, byte[] gzip, byte[] brotli, String etag, Instant lastModified,
            String cacheControl, String movedTo) {
        int weight() {
            return body.length + (gzip == null ? 0 : gzip.length) + (brotli == null ? 0 : brotli.length) + 256;
        }
    }

    private final Cache<String, Page> pages;
    /** Counts the changes forgotten: a page rendered while it moved may show what was there before. */
    private final AtomicLong generation = new AtomicLong();
    /** The addresses of the kept pages filed under each tag; an address may outlive its page here, never the reverse. */
    private final Map<String, Set<String>> filed = new ConcurrentHashMap<>();
    private final AtomicLong filings = new AtomicLong();
    /** Tells a client's If-Modified-Since that is still to come from one we can answer. */
    private final Clock clock;
    /** False while changes made elsewhere may go unheard ({@link SharedPages}): every answer is rendered, none kept. */
    private volatile boolean keeping = true;

    /** Where anonymous readers' answers are rendered: with their reads possibly on a streaming replica. */
    private final org.masthead.platform.PublicReads publicReads;

    /** A cache holding at most {@code maxBytes} of answers, all rendered from the primary. */
    public PageCache(long maxBytes, Clock clock) {
        this(maxBytes, clock, org.masthead.platform.PublicReads.primary());
    }

    /** As above, anonymous readers' answers rendered in {@code publicReads}. */
    public PageCache(long maxBytes, Clock clock, org.masthead.platform.PublicReads publicReads) {
        this.clock = clock;
        this.publicReads = publicReads;
        this.pages = Caffeine.newBuilder().maximumWeight(maxBytes).weigher((String key, Page page) -> page.weight())
                .expireAfterWrite(LONGEST).recordStats().build();
    }

    /**
     * Keeps answers, or (false) forgets them all and keeps none until told to keep again: for a server that may miss
     * what other servers change (see {@link SharedPages}), serving pages rendered afresh rather than stale ones.
     */
    public void keep(boolean on) {
        keeping = on;
        clear();
    }

    /** Forgets every answer. */
    @Override
    public void clear() {
        forget(Set.of(PageTags.EVERY_PAGE));
        pages.invalidateAll();
    }

    /** How often a page was asked for and found kept, and not found (then rendered), since the start: for metrics. */
    public long hits() {
        return pages.stats().hitCount();
    }

    public long misses() {
        return pages.stats().missCount();
    }

    /** How many bytes of answers are kept now. */
    public long keptBytes() {
        return pages.policy().eviction().map(e -> e.weightedSize().orElse(0)).orElse(0L);
    }

    /** Whether answers are kept (false while this server may miss other servers' changes). */
    public boolean keeping() {
        return keeping;
    }

    /** Whether no answer is kept (what changes then need not be worked out). */
    public boolean isEmpty() {
        return pages.estimatedSize() == 0;
    }

    /**
     * Forgets every answer filed under any of these tags, including one being rendered now: it is rendered again.
     * An answer whose rendering began before this call is either found here (its tags are filed before it is kept)
     * or sees the generation moved and renders again, and removing its address waits for its rendering to end.
     */
    @Override
    public void forget(Set<String> tags) {
        generation.incrementAndGet();
        for (String tag : tags) {
            Set<String> addresses = filed.remove(tag);
            if (addresses != null) {
                filings.addAndGet(-addresses.size());
                addresses.forEach(pages::invalidate);
            }
        }
    }

    /**
     * Answers a reader's GET or HEAD from the cache, when it holds the answer, before the request reaches the
     * routes (from a servlet filter in front of them: looking through the routes is most of what a kept page
     * costs). False when it does not hold it: the request goes on to its route, which renders and keeps it.
     */
    public boolean answerKept(HttpServletRequest request, HttpServletResponse response) {
        String method = request.getMethod();
        if (!keeping || !method.equals("GET") && !method.equals("HEAD")) {
            return false;
        }
        Page page = pages.getIfPresent(request.getQueryString() == null ? request.getRequestURI()
                : request.getRequestURI() + "?" + request.getQueryString());
        if (page == null) {
            return false;
        }
        send(request, response, page);
        return true;
    }

    /**
     * Answers from the cache, or renders, keeps and answers: with its ETag (and Last-Modified when the content
     * knows it), 304 to a request that holds this version, gzipped for a client that accepts it.
     */
    public void answer(Context ctx, String contentType, String cacheControl, Renderer renderer) throws Exception {
        String key = ctx.queryString() == null ? ctx.path() : ctx.path() + "?" + ctx.queryString();
        java.util.concurrent.Callable<Page> answer = () -> page(key, contentType, cacheControl, () -> renderer.render(ctx));
        send(ctx.req(), ctx.res(), org.masthead.platform.PublicReads.mayUseReplica(ctx.req()) ? publicReads.run(answer)
                : answer.call());
    }

    /** The page kept at {@code key}, or rendered, kept and returned. */
    Page page(String key, String contentType, String cacheControl, java.util.concurrent.Callable<Rendered> renderer)
            throws Exception {
        Page page;
        try {
            // Readers asking at once for a page not kept (a link gone viral) wait for one rendering of it, not one each.
            page = keeping ? pages.get(key, k -> render(contentType, cacheControl, k, renderer))
                    : render(contentType, cacheControl, key, renderer);
        } catch (RenderFailed failed) {
            if (failed.unkept == null) {
                throw failed.reason;
            }
            page = failed.unkept;
        }
        if (filings.get() > MOST_FILINGS) {
            // CASE: many addresses kept once and evicted (a crawler's query strings): start afresh rather than grow.
            clear();
        }
        return page;
    }

    /** Whether the page at this address (path and query) is kept. */
    boolean holds(String key) {
        return pages.getIfPresent(key) != null;
    }

    /**
     * Renders a page to keep, filed under what it shows before it is kept; rendered again when the magazine
     * changed meanwhile, and after {@link #RENDERINGS} tries (a stream of changes) served to this reader unkept.
     */
    private Page render(String contentType, String cacheControl, String key, java.util.concurrent.Callable<Rendered> renderer) {
        Page page = null;
        for (int attempt = 0; attempt < RENDERINGS; attempt++) {
            long before = generation.get();
            Set<String> tags = PageTags.fresh();
            try {
                page = page(contentType, PageTags.noting(tags, renderer), cacheControl);
            } catch (Moved moved) {
                // CASE: an old address (a slug or date since changed) is asked as often as the page: kept as well.
                page = new Page("text/plain", new byte[0], null, null, null, null, "public, max-age=3600", moved.location());
            } catch (Exception e) {
                throw new RenderFailed(e, null);
            }
            if (tags.isEmpty()) {
                tags.add(PageTags.UNTRACKED);
            }
            tags.add(PageTags.EVERY_PAGE);
            file(key, tags);
            if (generation.get() == before && keeping) {
                return page;
            }
            if (!keeping) {
                // CASE: changes made elsewhere may go unheard now: this page is served, not kept.
                break;
            }
        }
        throw new RenderFailed(null, page);
    }

    private void file(String key, Set<String> tags) {
        for (String tag : tags) {
            if (filed.computeIfAbsent(tag, t -> ConcurrentHashMap.newKeySet()).add(key)) {
                filings.incrementAndGet();
            }
        }
    }

    /**
     * What a renderer threw (a page not found, moved), carried out of the cache's loader as it was; or a page to
     * serve without keeping it.
     */
    private static final class RenderFailed extends RuntimeException {
        private final Exception reason;
        private final Page unkept;

        RenderFailed(Exception reason, Page unkept) {
            super(null, null, false, false);
            this.reason = reason;
            this.unkept = unkept;
        }
    }

    private static Page page(String contentType, Rendered rendered, String cacheControl) {
        byte[] body = rendered.body();
        byte[] gzip = body.length >= COMPRESS_FROM ? Encodings.gzip(body) : null;
        byte[] brotli = body.length >= COMPRESS_FROM ? Encodings.brotli(body) : null;
        return new Page(contentType, body, gzip != null && gzip.length < body.length ? gzip : null,
                brotli != null && brotli.length < body.length ? brotli : null, Conditional.tag(body), rendered.lastModified(),
                cacheControl, null);
    }

    private void send(HttpServletRequest request, HttpServletResponse response, Page page) {
        if (page.movedTo() != null) {
            response.setStatus(301);
            response.setHeader("Location", page.movedTo());
            response.setHeader("Cache-Control", page.cacheControl());
            response.setContentLength(0);
            return;
        }
        Encodings.Coding coding = Encodings.chosen(request.getHeader("Accept-Encoding"), page.brotli() != null, page.gzip() != null);
        // One address, three encodings: each has its own strong tag (RFC 9110, 8.8.3), and caches keep them apart.
        String etag = coding == null ? page.etag()
                : page.etag().substring(0, page.etag().length() - 1) + (coding == Encodings.Coding.GZIP ? "-gz\"" : "-br\"");
        response.setHeader("Cache-Control", page.cacheControl());
        if (page.gzip() != null || page.brotli() != null) {
            response.setHeader("Vary", "Accept-Encoding");
        }
        if (page.lastModified() != null) {
            response.setHeader("Last-Modified", HTTP_DATE.format(page.lastModified()));
        }
        response.setHeader("ETag", etag);
        String wanted = request.getHeader("If-None-Match");
        if (wanted != null ? Conditional.names(wanted, etag)
                : page.lastModified() != null && Conditional.unchangedSince(request.getHeader("If-Modified-Since"), page.lastModified(), clock.instant())) {
            response.setStatus(304);
            return;
        }
        response.setStatus(200);
        response.setContentType(page.contentType());
        byte[] bytes = coding == null ? page.body() : coding == Encodings.Coding.GZIP ? page.gzip() : page.brotli();
        if (coding != null) {
            response.setHeader("Content-Encoding", coding.token);
        }
        // Its length said ahead, and the bytes handed to the server in one write: no chunks, no copy through a stream.
        response.setContentLength(bytes.length);
        try {
            var out = response.getOutputStream();
            if (out instanceof org.eclipse.jetty.ee10.servlet.HttpOutput jetty) {
                // Jetty sends the kept bytes as they are, without copying them through its output buffer first.
                jetty.sendContent(java.nio.ByteBuffer.wrap(bytes));
            } else {
                out.write(bytes);
            }
        } catch (IOException e) {
            // The reader went away: nothing to tell anyone.
        }
    }
}
