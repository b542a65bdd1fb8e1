package org.masthead.search;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.function.Function;

/**
 * Search latency on the two engines side by side: one generated archive put into an embedded Lucene index and into
 * an OpenSearch node (in this JVM, over HTTP on the loopback), then the same queries against each, interleaved, one at
 * a time. Prints p50, p90, p99 and the mean per engine, and OpenSearch's ratio to Lucene. Run by bench/search-engines.
 * Usage: EngineBench [articles] [queries]
 */
public final class EngineBench {
    private static final String[] WORDS = ("harbour strike ferry union wage rent board council housing tenant landlord "
            + "climate flood river drought farm grain market price bank loan debt budget school teacher nurse hospital "
            + "court judge police border election vote party minister parliament europe treaty trade port dock crane "
            + "shift night morning winter summer city village road bridge railway station worker factory mine steel "
            + "coal energy wind solar grid power water forest fire smoke coast island fishing boat net catch season")
            .split(" ");
    private static final String[] AUTHORS = {"Ann Lee", "Jürgen Halvorsen", "Tomás Rivera-Quinn", "Mara Okafor",
        "Ines Duarte", "Paul Brennan", "Sofia Lindqvist", "Kwame Mensah"};
    private static final String[] TOPICS = {"Labour", "Housing", "Climate", "Europe", "Culture"};

    private EngineBench() {}

    public static void main(String[] args) throws Exception {
        int articles = args.length > 0 ? Integer.parseInt(args[0]) : 20_000;
        int queries = args.length > 1 ? Integer.parseInt(args[1]) : 2_000;
        Path folder = Files.createTempDirectory("engine-bench");
        try (TestNode node = TestNode.start();
                SearchIndex lucene = LuceneSearchIndex.open(folder.resolve("lucene"), Clock.systemUTC());
                SearchIndex opensearch = OpenSearchSearchIndex.open(node.cluster("bench"))) {
            var random = new Random(7);
            long filling = System.nanoTime();
            for (int id = 1; id <= articles; id++) {
                SearchDocument document = document(id, random);
                lucene.put(document);
                opensearch.put(document);
            }
            lucene.commit("bench");
            opensearch.commit("bench");
            lucene.compact();
            System.out.printf(Locale.ROOT, "%,d articles in both engines in %.1f s%n", articles, (System.nanoTime() - filling) / 1e9);

            List<SearchQuery> mix = queries(queries, new Random(11));
            // Warm both up on a share of the mix first: the JIT, the caches, the connections.
            for (SearchQuery query : mix.subList(0, Math.min(300, mix.size()))) {
                lucene.search(query);
                opensearch.search(query);
            }
            long[] onLucene = new long[mix.size()];
            long[] onOpenSearch = new long[mix.size()];
            for (int i = 0; i < mix.size(); i++) {
                onLucene[i] = time(lucene::search, mix.get(i));
                onOpenSearch[i] = time(opensearch::search, mix.get(i));
            }
            System.out.printf(Locale.ROOT, "%,d queries each (words, phrases, a word with an author or topic or year, newest first)%n", mix.size());
            System.out.println("engine        p50 ms   p90 ms   p99 ms  mean ms");
            print("Lucene", onLucene);
            print("OpenSearch", onOpenSearch);
            System.out.printf(Locale.ROOT, "OpenSearch / Lucene: p50 %.1fx, p99 %.1fx, mean %.1fx%n",
                    percentile(onOpenSearch, 50) / percentile(onLucene, 50), percentile(onOpenSearch, 99) / percentile(onLucene, 99),
                    mean(onOpenSearch) / mean(onLucene));
            opensearch.clear();
        }
    }

    private static SearchDocument document(long id, Random random) {
        String title = sentence(random, 3 + random.nextInt(5));
        String body = sentence(random, 300 + random.nextInt(900));
        String author = AUTHORS[random.nextInt(AUTHORS.length)];
        String topic = TOPICS[random.nextInt(TOPICS.length)];
        LocalDate day = LocalDate.of(2012, 1, 1).plusDays(random.nextInt(5_000));
        return new SearchDocument(id, "/a/" + id + "/", title, sentence(random, 12), body,
                List.of(new SearchDocument.Label(org.masthead.common.Slugs.of(author), author)),
                List.of(new SearchDocument.Label(org.masthead.common.Slugs.of(topic), topic)), day, null);
    }

    /** Words drawn with a skew, as in writing: a few often, most rarely. */
    private static String sentence(Random random, int words) {
        var text = new StringBuilder();
        for (int i = 0; i < words; i++) {
            double skewed = Math.pow(random.nextDouble(), 2.5);
            text.append(i == 0 ? "" : " ").append(WORDS[(int) (skewed * WORDS.length)]);
        }
        return text.toString();
    }

    private static List<SearchQuery> queries(int count, Random random) {
        List<SearchQuery> mix = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String word = WORDS[random.nextInt(WORDS.length)];
            String other = WORDS[random.nextInt(WORDS.length)];
            String author = org.masthead.common.Slugs.of(AUTHORS[random.nextInt(AUTHORS.length)]);
            String topic = org.masthead.common.Slugs.of(TOPICS[random.nextInt(TOPICS.length)]);
            mix.add(switch (i % 6) {
                case 0 -> SearchQuery.of(word, null, null, null, null, null, 10);
                case 1 -> SearchQuery.of(word + " " + other, null, null, null, null, null, 10);
                case 2 -> SearchQuery.of("\"" + word + " " + other + "\"", null, null, null, null, null, 10);
                case 3 -> SearchQuery.of(word, author, null, null, null, null, 10);
                case 4 -> SearchQuery.of(word, null, topic, Integer.toString(2012 + random.nextInt(13)), null, null, 10);
                default -> SearchQuery.of(word, null, null, null, "newest", null, 10);
            });
        }
        return mix;
    }

    private static long time(Function<SearchQuery, SearchResults> search, SearchQuery query) {
        long start = System.nanoTime();
        search.apply(query);
        return System.nanoTime() - start;
    }

    private static void print(String engine, long[] nanos) {
        System.out.printf(Locale.ROOT, "%-12s %7.2f  %7.2f  %7.2f  %7.2f%n", engine, percentile(nanos, 50), percentile(nanos, 90),
                percentile(nanos, 99), mean(nanos));
    }

    private static double percentile(long[] nanos, int p) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)] / 1e6;
    }

    private static double mean(long[] nanos) {
        return Arrays.stream(nanos).average().orElse(0) / 1e6;
    }
}
