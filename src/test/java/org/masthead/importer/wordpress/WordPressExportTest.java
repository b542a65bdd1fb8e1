package org.masthead.importer.wordpress;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.masthead.common.Actor;
import org.masthead.article.Article;
import org.masthead.article.ArticleDesk;
import org.masthead.article.ArticleKind;
import org.masthead.article.ArticleStatus;
import org.masthead.author.Byline;
import org.masthead.importer.ImportOutcome;
import org.masthead.importer.ImportProgress;
import org.masthead.importer.ImportService;
import org.masthead.media.Image;
import org.masthead.platform.Database;
import org.masthead.boot.Masthead;
import org.masthead.support.Magazines;

/** What the WordPress reader keeps of the real exports in the shared test data, file by file. */
@ParameterizedClass
@EnumSource(Database.Kind.class)
class WordPressExportTest {
    private static final Path WPTEST = WxrFacts.ROOT.resolve("poststatus-wptest/wptest.xml");
    private static final Path GHOST = WxrFacts.ROOT.resolve("tryghost-migrate");
    private static final Path IMPORTER = WxrFacts.ROOT.resolve("wordpress-importer");

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

    private ImportOutcome importFile(Path file) {
        return magazine.imports().importPrepared(ImportService.prepare(file, ImportService.Options.NONE), ImportProgress.NONE);
    }

    /** The article an item of the export became, found by its WordPress id. */
    private Article post(String id) {
        long articleId = magazine.database().read(h -> h.createQuery(
                "SELECT entity_id FROM import_keys WHERE source_key = :key").bind("key", "post:" + id).mapTo(Long.class).one());
        return magazine.articles().find(articleId);
    }

    private ArticleDesk desk(Article article) {
        return magazine.workflow().open(Actor.system("test"), article.id());
    }

    @Test
    void wptest_keeps_its_six_writers_its_longest_title_and_its_nested_categories() {
        importFile(WPTEST);

        assertThat(List.of("Michael Novotny", "Chris Ames", "Tom McFarlin", "John Saddington", "Jared Erickson", "Jason Bradley"))
                .allSatisfy(name -> assertThat(magazine.authors().findByName(name)).as(name).isPresent());
        Article longest = post("877");
        assertThat(longest.title()).hasSize(226).startsWith("Super/Duper/Long/NonBreaking/Path/Name/To/A/File");
        assertThat(longest.status()).isEqualTo(ArticleStatus.PUBLISHED);
        var grandchild = magazine.topics().findBySlug("grandchild-category");
        var child = magazine.topics().parentOf(grandchild.id()).orElseThrow();
        var parent = magazine.topics().parentOf(child).orElseThrow();
        assertThat(magazine.topics().findBySlug("child-category-03").id()).isEqualTo(child);
        assertThat(magazine.topics().findBySlug("parent-category").id()).isEqualTo(parent);
        assertThat(magazine.topics().parentOf(parent)).isEmpty();
    }

    @Test
    void wptest_keeps_the_2050_post_scheduled_and_the_password_protected_one_out_of_sight() {
        importFile(WPTEST);

        Article scheduled = post("418");
        assertThat(scheduled.status()).isEqualTo(ArticleStatus.SCHEDULED);
        assertThat(scheduled.scheduledAt()).isEqualTo(Instant.parse("2050-01-01T18:00:18Z"));
        Article secret = post("131");
        assertThat(secret.status()).isEqualTo(ArticleStatus.DRAFT);
        assertThat(magazine.articles().findPublishedBySlug(secret.slug())).isEmpty();
        assertThat(desk(secret).notes()).anySatisfy(note -> assertThat(note.body()).contains("protected by a password")
                .doesNotContain("enter"));
        assertThat(post("922").status()).isEqualTo(ArticleStatus.DRAFT);
        assertThat(post("1102").kind()).isEqualTo(ArticleKind.PAGE);
    }

    @Test
    void co_authors_plus_bylines_come_in_their_order_once_each() {
        importFile(GHOST.resolve("co-authors-plus.xml"));

        assertThat(post("101").authors()).extracting(Byline::name).containsExactly("Alice Smith", "Bob Jones", "Carol White");
        assertThat(post("100").authors()).extracting(Byline::name).containsExactly("Alice Smith", "Bob Jones");
        assertThat(post("102").authors()).extracting(Byline::name).containsExactly("Bob Jones");
        assertThat(post("103").authors()).extracting(Byline::name).containsExactly("Alice Smith", "Bob Jones");
        assertThat(magazine.authors().count()).isEqualTo(3);
    }

    @Test
    void a_featured_image_keeps_its_caption_from_the_attachment_and_a_title_only_one_has_none() {
        importFile(GHOST.resolve("feature-image-captions.xml"));

        Image described = magazine.media().find(post("20").leadImageId());
        assertThat(described.caption()).isEqualTo("The caption from the attachment description.");
        assertThat(described.sourceUrl()).isEqualTo("https://example.com/wp-content/uploads/2013/06/described-image.jpg");
        Image titleOnly = magazine.media().find(post("21").leadImageId());
        assertThat(titleOnly.caption()).isEmpty();
        assertThat(post("22").leadImageId()).isNull();
    }

    @Test
    void a_featured_image_keeps_its_alt_text() {
        importFile(GHOST.resolve("sample-with-alt.xml"));

        Image image = magazine.media().find(post("10").leadImageId());
        assertThat(image.alt()).isEqualTo("Sunset over mountains with orange and pink sky");
        assertThat(image.caption()).startsWith("A gorgeous sunset over the mountains");
        assertThat(post("10").slug()).isEqualTo("post-with-featured-image-alt");
    }

    @Test
    void a_raw_ampersand_in_an_address_is_read_as_the_ampersand_it_means() {
        ImportOutcome outcome = importFile(GHOST.resolve("sample.xml"));

        assertThat(outcome.failures()).isEmpty();
        Image pumpkin = magazine.media().find(post("4").leadImageId());
        assertThat(pumpkin.sourceUrl()).startsWith("https://images.unsplash.com/photo-1601276861758-2d9c5ca69a17?ixlib=rb-1.2.1&ixid=")
                .doesNotContain("&amp;");
        assertThat(post("204").status()).isEqualTo(ArticleStatus.DRAFT);
        assertThat(post("135").kind()).isEqualTo(ArticleKind.PAGE);
        assertThat(outcome.skipped()).singleElement().satisfies(p -> assertThat(p.reason()).contains("custom post type (customcpt)"));
    }

    @Test
    void nested_cdata_as_wordpress_writes_it_is_read_as_wordpress_reads_it() {
        importFile(IMPORTER.resolve("phpunit_data_crazy-cdata.xml"));
        importFile(IMPORTER.resolve("phpunit_data_crazy-cdata-escaped.xml"));

        assertThat(post("1").body().source()).isEqualTo("<p>Content with nested <![CDATA[ tags ]]> :)</p>");
    }

    @Test
    void titles_lose_the_controls_that_reverse_text_and_keep_every_emoji() {
        importFile(IMPORTER.resolve("phpunit_data_wxr-utf-8-challenges.xml"));

        Article road = post("10");
        assertThat(road.title()).isEqualTo("\"The Road Not Taken\" by Robert Frost 🌲").doesNotContain("\u202E");
        assertThat(desk(road).notes()).anySatisfy(note -> assertThat(note.body()).contains("bidirectional controls"));
        // The sanitizer writes characters beyond the first plane as references: a reader's browser shows the rockets.
        assertThat(road.body().source()).contains("🚀🌟💫").doesNotContain("<!-- wp:");
        assertThat(road.body().html()).contains("&#x1f680;&#x1f31f;&#x1f4ab;");
    }

    @Test
    void yoast_titles_and_descriptions_become_the_search_engine_meta() {
        importFile(GHOST.resolve("has-yoast-meta.xml"));

        assertThat(post("100").seo().title()).isEqualTo("My Custom SEO Title for Search Engines");
        assertThat(post("100").seo().description()).isEqualTo("A short description of the post for search engine results pages");
        assertThat(post("101").seo().title()).isEmpty();
    }

    @Test
    void three_hundred_authors_come_in_one_each() {
        ImportOutcome outcome = importFile(IMPORTER.resolve("phpunit_data_large-authors.xml"));

        assertThat(outcome.count(ImportOutcome.Item.AUTHOR, ImportOutcome.Result.CREATED)).isEqualTo(300);
        assertThat(magazine.authors().findByName("user300")).isPresent();
        assertThat(magazine.authors().count()).isEqualTo(300);
    }

    @Test
    void an_export_cut_off_in_a_post_names_the_line_and_the_post_it_lost() {
        ImportOutcome outcome = importFile(IMPORTER.resolve("phpunit_data_malformed-simple.xml"));

        assertThat(outcome.failures()).singleElement().satisfies(p -> {
            assertThat(p.item()).isEqualTo("the item at line 9 (id 1 “Broken”)");
            assertThat(p.reason()).startsWith("truncated: the file stops being well-formed XML at line 14");
        });
        assertThat(outcome.lines().getFirst()).endsWith("with 1 failure.");
    }
}
