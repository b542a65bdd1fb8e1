package org.masthead.boot;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.RequestLogger;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.binder.jvm.ClassLoaderMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.concurrent.TimeUnit;
import org.masthead.site.PageCache;

/**
 * What the one running the servers watches, in Prometheus's text format at {@code /metrics}: the JVM (memory, garbage
 * collection, threads, CPU), the requests the routes answered by route and status, and the readers' page cache (hits,
 * misses, bytes kept, and whether it keeps pages at all: 0 while a server cannot hear the others). Off unless
 * {@code metrics.token} is set; Prometheus then sends it as a bearer token, and anyone else gets a 401.
 */
final class Metrics {
    private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    private final byte[] token;
    private final JvmGcMetrics gc = new JvmGcMetrics();

    Metrics(String token, PageCache pages) {
        this.token = ("Bearer " + token).getBytes(StandardCharsets.UTF_8);
        new ClassLoaderMetrics().bindTo(registry);
        new JvmMemoryMetrics().bindTo(registry);
        gc.bindTo(registry);
        new JvmThreadMetrics().bindTo(registry);
        new ProcessorMetrics().bindTo(registry);
        new UptimeMetrics().bindTo(registry);
        FunctionCounter.builder("masthead.page.cache.hits", pages, PageCache::hits)
                .description("readers' requests answered from the page cache").register(registry);
        FunctionCounter.builder("masthead.page.cache.misses", pages, PageCache::misses)
                .description("readers' requests the page cache did not hold").register(registry);
        Gauge.builder("masthead.page.cache.bytes", pages, PageCache::keptBytes).baseUnit("bytes")
                .description("bytes of pages kept").register(registry);
        Gauge.builder("masthead.page.cache.keeping", pages, cache -> cache.keeping() ? 1 : 0)
                .description("1 while the cache keeps pages; 0 while this server may miss other servers' changes")
                .register(registry);
    }

    /** Times each request the routes answered, by its route (never the address asked: that has no bound) and status. */
    RequestLogger timer() {
        return (ctx, ms) -> {
            var endpoint = ctx.endpoints().lastHttpEndpoint();
            Timer.builder("http.server.requests").tag("method", ctx.method().name())
                    .tag("route", endpoint == null ? "none" : endpoint.path)
                    .tag("status", Integer.toString(ctx.statusCode())).register(registry)
                    .record((long) (ms * 1_000_000), TimeUnit.NANOSECONDS);
        };
    }

    void register(RoutesConfig routes) {
        routes.get("/metrics", this::scrape);
    }

    private void scrape(Context ctx) {
        String given = ctx.header("Authorization");
        if (given == null || !MessageDigest.isEqual(token, given.getBytes(StandardCharsets.UTF_8))) {
            ctx.header("WWW-Authenticate", "Bearer realm=\"metrics\"").status(401).result("");
            return;
        }
        ctx.header("Cache-Control", "no-store").contentType("text/plain; version=0.0.4; charset=utf-8")
                .result(registry.scrape());
    }
}
