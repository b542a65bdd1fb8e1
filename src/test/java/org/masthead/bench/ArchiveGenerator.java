package org.masthead.bench;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.masthead.edition.EditionRule;
import org.masthead.edition.EditionSpan;
import org.masthead.markup.Markup;
import org.masthead.platform.Database;

/**
 * A realistic magazine archive, the same every time for the same seed: authors, twenty years of editions
 * (a day each, Friday to Sunday as one), and articles of newspaper length written from a vocabulary of
 * common English words. Written straight into the tables in large transactions, for benchmarks.
 */
public final class ArchiveGenerator {
    private static final String[] WORDS = ("the of and to in a is that for it as was with be by on not he this are or "
            + "his from at which but have an they you were her she there been one all we their has would when if so no "
            + "will more about out up what some time could them into other than only new people year two way work city "
            + "council budget housing rent workers strike union wages port ferry river rain climate water school "
            + "teachers hospital nurses election vote party minister government policy law court judge police border "
            + "war peace army sanctions trade market bank interest debt tax money price energy oil gas coal wind solar "
            + "farm food land forest fire flood drought storm coast island village town street bridge train bus road "
            + "report inquiry evidence letter archive history memory book novel poem theatre radio film music art "
            + "museum library church mosque festival winter spring summer autumn morning evening night week month "
            + "decade century north south east west europe africa asia america ocean sea mountain valley plain desert")
            .split(" ");
    private static final String[] FIRST = ("Ada Alan Ana Ben Carla Chen Dana David Elena Emil Farah Felix Grace Hugo "
            + "Ines Ivan Jana Jonas Kemal Lara Leo Maya Marco Nadia Omar Paula Pedro Rosa Sam Sara Tom Uma Vera Yusuf Zoe").split(" ");
    private static final String[] LAST = ("Abbott Baker Cohen Dalton Evans Ferreira Garcia Haddad Ivanova Jensen Kowalski "
            + "Larsen Moreau Novak Okafor Petrov Quinn Rossi Santos Tanaka Ueda Varga Walsh Xu Yilmaz Zimmermann").split(" ");

    public record Archive(int authors, int editions, int articles, long firstAuthorId) {}

    private final Random random;

    public ArchiveGenerator(long seed) {
        this.random = new Random(seed);
    }

    /** A body of about this many words, as Markdown paragraphs. */
    public String body(int words) {
        var text = new StringBuilder(words * 7);
        int inParagraph = 0;
        for (int i = 0; i < words; i++) {
            String word = WORDS[random.nextInt(WORDS.length)];
            text.append(inParagraph == 0 ? Character.toUpperCase(word.charAt(0)) + word.substring(1) : word);
            inParagraph++;
            if (inParagraph > 12 && random.nextInt(10) == 0) {
                text.append(inParagraph > 90 || random.nextInt(8) == 0 ? ".\n\n" : ". ");
                inParagraph = inParagraph > 90 ? 0 : inParagraph;
                if (text.charAt(text.length() - 1) == '\n') {
                    inParagraph = 0;
                }
            } else {
                text.append(' ');
            }
        }
        return text.append('.').toString();
    }

    private String title() {
        var title = new StringBuilder();
        int words = 3 + random.nextInt(7);
        for (int i = 0; i < words; i++) {
            String word = WORDS[random.nextInt(WORDS.length)];
            title.append(i > 0 ? " " : "").append(Character.toUpperCase(word.charAt(0))).append(word.substring(1));
        }
        return title.toString();
    }

    /** Fills an empty magazine: {@code articles} articles by {@code authors} authors over {@code years} years. */
    public Archive fill(Database db, int authors, int articles, int years, LocalDate last) {
        Instant now = Instant.now();
        List<Long> authorIds = new ArrayList<>();
        db.write(h -> {
            var insert = h.prepareBatch("INSERT INTO authors (slug, name, bio_source, bio_html, created_at, updated_at) "
                    + "VALUES (:slug, :name, '', '', :now, :now)");
            for (int i = 0; i < authors; i++) {
                String name = FIRST[i % FIRST.length] + " " + LAST[(i / FIRST.length) % LAST.length] + (i >= FIRST.length * LAST.length ? " " + i : "");
                insert.bind("slug", org.masthead.common.Slugs.of(name)).bind("name", name).bind("now", now).add();
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
        // A thousand distinct bodies, rendered once: list and lineup queries do not read bodies.
        List<String[]> bodies = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            String source = body(600 + random.nextInt(900));
            bodies.add(new String[] {source, Markup.markdownBody(source)});
        }
        int perBatch = 5000;
        for (int done = 0; done < articles; done += perBatch) {
            int from = done;
            db.write(h -> {
                var article = h.prepareBatch("""
                        INSERT INTO articles (slug, title, dek, body_format, body_source, body_html, status, published_at,
                                              published_on, edition_id, lineup_position, created_at, updated_at)
                        VALUES (:slug, :title, '', 'markdown', :source, :html, :status, :at, :on, :edition, :position, :at, :at)""");
                List<Integer> editionOf = new ArrayList<>();
                for (int i = from; i < Math.min(from + perBatch, articles); i++) {
                    int e = (int) ((long) i * spans.size() / articles);
                    EditionSpan span = spans.get(e);
                    String[] body = bodies.get(random.nextInt(bodies.size()));
                    String status = i % 500 == 7 ? "submitted" : i % 300 == 11 ? "draft" : "published";
                    Instant at = span.startsOn().atTime(6, 0).toInstant(ZoneOffset.UTC).plusSeconds(i % 60);
                    article.bind("slug", "piece-" + i).bind("title", title()).bind("source", body[0])
                            .bind("html", body[1]).bind("status", status).bind("at", at)
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
                return bylines.execute();
            });
        }
        return new Archive(authors, spans.size(), articles, authorIds.getFirst());
    }
}
