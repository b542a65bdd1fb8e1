package org.masthead.bench;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.masthead.edition.EditionRule;
import org.masthead.edition.EditionSpan;
import org.masthead.platform.Database;

/**
 * A realistic magazine archive, the same every time for the same seed: authors, topics, twenty years of
 * editions (a day each, Friday to Sunday as one), and articles of newspaper length, each with its own text
 * drawn from {@link Corpus} (Zipfian vocabulary, names of people and places). Written straight into the
 * tables in large transactions, for benchmarks.
 */
public final class ArchiveGenerator {
    public record Archive(int authors, int editions, int articles, long firstAuthorId) {}

    private final Corpus corpus;
    private final Random random;

    public ArchiveGenerator(long seed) {
        this.corpus = new Corpus(seed);
        this.random = corpus.random();
    }

    Corpus corpus() {
        return corpus;
    }

    /** A body of about this many words, as Markdown paragraphs. */
    public String body(int words) {
        return String.join("\n\n", corpus.paragraphs(words));
    }

    private String htmlBody(int words) {
        var html = new StringBuilder(words * 8);
        for (String paragraph : corpus.paragraphs(words)) {
            html.append("<p>").append(paragraph).append("</p>\n");
        }
        return html.toString();
    }

    /** Fills an empty magazine: {@code articles} articles by {@code authors} authors over {@code years} years. */
    public Archive fill(Database db, int authors, int articles, int years, LocalDate last) {
        Instant now = Instant.now();
        // Authors joined when the archive began: nothing about them is a recent change for the search index to catch up on.
        Instant joined = last.minusYears(years).atStartOfDay().toInstant(ZoneOffset.UTC);
        List<Long> authorIds = new ArrayList<>();
        db.write(h -> {
            var insert = h.prepareBatch("INSERT INTO authors (slug, name, bio_source, bio_html, created_at, updated_at) "
                    + "VALUES (:slug, :name, '', '', :now, :now)");
            for (int i = 0; i < authors; i++) {
                String name = corpus.author(i);
                insert.bind("slug", org.masthead.common.Slugs.of(name)).bind("name", name).bind("now", joined).add();
            }
            insert.execute();
            authorIds.addAll(h.createQuery("SELECT id FROM authors ORDER BY id").mapTo(Long.class).list());
            return null;
        });
        List<EditionSpan> spans = new ArrayList<>();
        for (LocalDate day = last.minusYears(years); !day.isAfter(last); ) {
            EditionSpan span = EditionRule.DEFAULT.spanFor(day);
            spans.add(span);
            day = span.endsOn().plusDays(1);
        }
        List<Long> editionIds = new ArrayList<>();
        db.write(h -> {
            var insert = h.prepareBatch("INSERT INTO editions (starts_on, ends_on, label, status, created_at) VALUES (:s, :e, :l, 'published', :now)");
            for (EditionSpan span : spans) {
                insert.bind("s", span.startsOn()).bind("e", span.endsOn()).bind("l", span.label()).bind("now", now).add();
            }
            insert.execute();
            editionIds.addAll(h.createQuery("SELECT id FROM editions ORDER BY starts_on").mapTo(Long.class).list());
            return null;
        });
        List<Long> topicIds = topics(db, 500);
        int perBatch = 5000;
        for (int done = 0; done < articles; done += perBatch) {
            int from = done;
            db.write(h -> {
                var article = h.prepareBatch("""
                        INSERT INTO articles (slug, title, dek, body_format, body_source, body_html, status, published_at,
                                              published_on, edition_id, lineup_position, created_at, updated_at)
                        VALUES (:slug, :title, :dek, 'html', :html, :html, :status, :at, :on, :edition, :position, :at, :at)""");
                List<Integer> editionOf = new ArrayList<>();
                for (int i = from; i < Math.min(from + perBatch, articles); i++) {
                    int e = (int) ((long) i * spans.size() / articles);
                    EditionSpan span = spans.get(e);
                    // Newspaper lengths: mostly 500 to 1,500 words, now and then a long read.
                    String html = htmlBody(random.nextInt(10) == 0 ? 2000 + random.nextInt(3000) : 500 + random.nextInt(1000));
                    String status = i % 500 == 7 ? "submitted" : i % 300 == 11 ? "draft" : "published";
                    Instant at = span.startsOn().atTime(6, 0).toInstant(ZoneOffset.UTC).plusSeconds(i % 60);
                    article.bind("slug", "piece-" + i).bind("title", corpus.title()).bind("dek", corpus.sentence())
                            .bind("html", html).bind("status", status).bind("at", at)
                            .bind("on", span.startsOn()).bind("edition", editionIds.get(e)).bind("position", i % 40 + 1).add();
                    editionOf.add(e);
                }
                article.execute();
                var bylines = h.prepareBatch("INSERT INTO article_authors (article_id, author_id, position) "
                        + "SELECT id, :author, 0 FROM articles WHERE slug = :slug");
                for (int i = from; i < Math.min(from + perBatch, articles); i++) {
                    // A few prolific columnists and a long tail, as in a real archive.
                    int a = random.nextInt(4) == 0 ? random.nextInt(20) : random.nextInt(authorIds.size());
                    bylines.bind("author", authorIds.get(a)).bind("slug", "piece-" + i).add();
                }
                bylines.execute();
                var filed = h.prepareBatch("INSERT INTO article_topics (article_id, topic_id, position) "
                        + "SELECT id, :topic, :position FROM articles WHERE slug = :slug");
                for (int i = from; i < Math.min(from + perBatch, articles); i++) {
                    int count = 1 + random.nextInt(3);
                    java.util.Set<Long> chosen = new java.util.LinkedHashSet<>();
                    while (chosen.size() < count) {
                        chosen.add(topicIds.get(Math.min(topicIds.size() - 1, (int) Math.pow(topicIds.size() + 1.0, random.nextDouble()) - 1)));
                    }
                    int position = 0;
                    for (long topic : chosen) {
                        filed.bind("topic", topic).bind("position", position++).bind("slug", "piece-" + i).add();
                    }
                }
                return filed.execute();
            });
        }
        return new Archive(authors, spans.size(), articles, authorIds.getFirst());
    }

    /** Topics: places and themes, as a magazine files under. */
    private List<Long> topics(Database db, int count) {
        java.util.Map<String, String> names = new java.util.LinkedHashMap<>();
        while (names.size() < count) {
            String name = random.nextInt(3) == 0 ? Corpus.capitalised(corpus.contentWord()) : corpus.place();
            names.putIfAbsent(org.masthead.common.Slugs.of(name), name);
        }
        return db.write(h -> {
            var insert = h.prepareBatch("INSERT INTO topics (slug, name) VALUES (:slug, :name)");
            names.forEach((slug, name) -> insert.bind("slug", slug).bind("name", name).add());
            insert.execute();
            return h.createQuery("SELECT id FROM topics ORDER BY id").mapTo(Long.class).list();
        });
    }
}
