package org.masthead.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.masthead.article.Article;
import org.masthead.article.ArticleKind;
import org.masthead.article.ArticleStatus;
import org.masthead.article.BodyFormat;
import org.masthead.article.Seo;
import org.masthead.author.AuthorProfile;
import org.masthead.importer.ImportOutcome.Item;
import org.masthead.importer.ImportOutcome.Result;
import org.masthead.platform.Database;
import org.masthead.boot.Masthead;
import org.masthead.support.Magazines;

/** The part every import of another system's export shares: keys, digests, states, redirects, failures. */
@ParameterizedClass
@EnumSource(Database.Kind.class)
class ExportImportTest {
    private static final Instant SEPT_18 = Instant.parse("2017-09-18T10:00:00Z");

    @Parameter
    Database.Kind kind;

    @TempDir
    Path dataDir;

    private Masthead magazine;

    @BeforeEach
    void open() {
        magazine = Magazines.open(kind, dataDir);
    }

    @AfterEach
    void close() {
        magazine.close();
    }

    /** An export written in code: what a reader of a real file would send, in the order it would. */
    private record Export(String namespace, Consumer<ImportSink> items) implements ImportSource {
        @Override
        public String description() {
            return "a test export";
        }

        @Override
        public void readInto(ImportSink sink, ImportProgress progress) {
            items.accept(sink);
        }
    }

    private static SourcePost post(String key, String title, SourcePost.State state, Instant at, List<String> old) {
        return new SourcePost(key, ArticleKind.ARTICLE, title, null, "", BodyFormat.HTML, "<p>Text of " + title + ".</p>",
                List.of("ann"), List.of("news"), null, state, state == SourcePost.State.SCHEDULED ? null : at,
                state == SourcePost.State.SCHEDULED ? at : null, at, false, Seo.NONE, old, List.of());
    }

    private static Consumer<ImportSink> site(List<SourcePost> posts) {
        return sink -> {
            sink.author(new SourceAuthor("ann", "Ann Writer", "ann", "Ann writes about towns.",
                    new AuthorProfile("ann@example.org", "https://ann.example", "Leeds", null, null, null), null));
            sink.topic(new SourceTopic("news", "News", "news", "What happened", null));
            posts.forEach(sink::post);
        };
    }

    private ImportOutcome run(Consumer<ImportSink> items) {
        return magazine.imports().importExport(new Export("test:site", items), ImportProgress.NONE);
    }

    @Test
    void a_rerun_of_the_same_export_changes_nothing_and_duplicates_nothing() {
        List<SourcePost> posts = List.of(post("1", "One", SourcePost.State.PUBLISHED, SEPT_18, List.of()),
                post("2", "Two", SourcePost.State.DRAFT, SEPT_18, List.of()));
        ImportOutcome first = run(site(posts));
        assertThat(first.count(Item.ARTICLE, Result.CREATED)).isEqualTo(2);
        assertThat(first.count(Item.AUTHOR, Result.CREATED)).isEqualTo(1);
        int authors = magazine.authors().count();

        ImportOutcome second = run(site(posts));

        assertThat(second.changedNothing()).isTrue();
        assertThat(second.count(Item.ARTICLE, Result.UNCHANGED)).isEqualTo(2);
        assertThat(second.lines().getFirst()).startsWith("Nothing new in a test export");
        assertThat(magazine.authors().count()).isEqualTo(authors);
        assertThat(magazine.articles().countPublished()).isEqualTo(1);
    }

    @Test
    void a_changed_item_is_updated_in_place_and_its_old_address_moves_with_it() {
        run(site(List.of(post("1", "One", SourcePost.State.PUBLISHED, SEPT_18, List.of("https://old.example/?p=1")))));
        Article before = magazine.articles().findPublishedBySlug("one").orElseThrow();

        ImportOutcome second = run(site(List.of(post("1", "One, corrected", SourcePost.State.PUBLISHED, SEPT_18,
                List.of("https://old.example/?p=1", "https://old.example/2017/09/one/")))));

        assertThat(second.count(Item.ARTICLE, Result.UPDATED)).isEqualTo(1);
        Article after = magazine.articles().find(before.id());
        assertThat(after.title()).isEqualTo("One, corrected");
        assertThat(magazine.articles().findByOldAddress("/", "p=1")).map(Article::id).contains(before.id());
        assertThat(magazine.articles().findByOldAddress("/2017/09/one", null)).map(Article::id).contains(before.id());
        assertThat(magazine.articles().findByOldAddress("/2017/09/elsewhere/", null)).isEmpty();
    }

    @Test
    void hidden_drafts_and_past_schedules_never_go_out_and_say_why() {
        SourcePost hidden = post("3", "Private", SourcePost.State.HIDDEN, SEPT_18, List.of());
        hidden = new SourcePost(hidden.key(), hidden.kind(), hidden.title(), hidden.slug(), hidden.dek(), hidden.bodyFormat(),
                hidden.bodySource(), hidden.authorKeys(), hidden.topicKeys(), null, hidden.state(), hidden.publishedAt(), null,
                hidden.createdAt(), false, Seo.NONE, List.of("/?p=3"), List.of("It was private in WordPress."));
        run(site(List.of(hidden, post("4", "Future", SourcePost.State.SCHEDULED, Instant.parse("2090-01-01T08:00:00Z"), List.of()),
                post("5", "Missed", SourcePost.State.SCHEDULED, Instant.parse("2001-01-01T08:00:00Z"), List.of()))));

        assertThat(magazine.articles().countPublished()).isZero();
        assertThat(magazine.articles().findByOldAddress("/", "p=3")).isEmpty();
        List<ArticleStatus> states = new ArrayList<>();
        for (String key : List.of("3", "4", "5")) {
            long id = new ImportKeyStore(magazine.database()).find("test:site", "post:" + key).orElseThrow();
            states.add(magazine.articles().find(id).status());
        }
        assertThat(states).containsExactly(ArticleStatus.DRAFT, ArticleStatus.SCHEDULED, ArticleStatus.DRAFT);
        long missed = new ImportKeyStore(magazine.database()).find("test:site", "post:5").orElseThrow();
        assertThat(magazine.workflow().open(org.masthead.common.Actor.system("test"), missed).notes())
                .anySatisfy(note -> assertThat(note.body()).contains("which has passed"));
    }

    @Test
    void an_item_that_breaks_a_rule_fails_alone_with_its_reason() {
        SourcePost plain = post("6", "Bad address", SourcePost.State.PUBLISHED, SEPT_18, List.of());
        SourcePost bad = new SourcePost(plain.key(), plain.kind(), plain.title(), plain.slug(), plain.dek(), plain.bodyFormat(),
                plain.bodySource(), plain.authorKeys(), plain.topicKeys(), null, plain.state(), plain.publishedAt(), null,
                plain.createdAt(), true, new Seo("", "", "javascript:alert(1)"), List.of(), List.of());
        ImportOutcome outcome = run(sink -> {
            site(List.of(post("7", "Good", SourcePost.State.PUBLISHED, SEPT_18, List.of()))).accept(sink);
            sink.author(new SourceAuthor("nameless", "!!!", null, "", null, null));
            sink.post(new SourcePost("8", ArticleKind.ARTICLE, "Unknown writer", null, "", BodyFormat.HTML, "<p>x</p>",
                    List.of("ghost-writer"), List.of(), null, SourcePost.State.DRAFT, null, null, null, false, null, List.of(), List.of()));
        });
        ImportOutcome withBad = run(sink -> sink.post(bad));

        assertThat(outcome.failures()).singleElement().satisfies(p -> {
            assertThat(p.item()).isEqualTo("author nameless “!!!”");
            assertThat(p.reason()).contains("letters");
        });
        assertThat(outcome.notes()).anySatisfy(note -> assertThat(note).contains("“ghost-writer” writes posts"));
        assertThat(magazine.articles().findPublishedBySlug("good")).isPresent();
        // A canonical address that is not a web address is dropped with a note; the piece itself comes in.
        assertThat(withBad.failures()).isEmpty();
        Article kept = magazine.articles().findPublishedBySlug("bad-address").orElseThrow();
        assertThat(kept.seo().canonicalUrl()).isNull();
        assertThat(kept.featured()).isTrue();
    }
}
