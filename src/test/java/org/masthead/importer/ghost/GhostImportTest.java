package org.masthead.importer.ghost;

import static org.assertj.core.api.Assertions.assertThat;
import static org.masthead.importer.ghost.GhostFixtures.SITE;
import static org.masthead.importer.ghost.GhostFixtures.bySlug;
import static org.masthead.importer.ghost.GhostFixtures.count;
import static org.masthead.importer.ghost.GhostFixtures.harbourReview;
import static org.masthead.importer.ghost.GhostFixtures.importFile;
import static org.masthead.importer.ghost.GhostFixtures.notes;
import static org.masthead.importer.ghost.GhostFixtures.testdata;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
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
import org.masthead.author.Author;
import org.masthead.author.Byline;
import org.masthead.importer.ImportOutcome;
import org.masthead.importer.ImportOutcome.Item;
import org.masthead.importer.ImportOutcome.Result;
import org.masthead.importer.ImportService.Options;
import org.masthead.media.Image;
import org.masthead.platform.Database;
import org.masthead.boot.Masthead;
import org.masthead.support.Magazines;
import org.masthead.support.MutableClock;
import org.masthead.topic.Topic;

/** A Ghost export brought in through the import service, on SQLite and PostgreSQL. */
@ParameterizedClass
@EnumSource(Database.Kind.class)
class GhostImportTest {
    private static final Options WITH_SITE = new Options(null, null, SITE);

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

    @Test
    void a_ghost_5_export_brings_its_posts_pages_authors_and_topics_and_counts_its_members() {
        ImportOutcome outcome = importFile(magazine, harbourReview(), WITH_SITE);

        assertThat(outcome.count(Item.ARTICLE, Result.CREATED)).isEqualTo(8);
        assertThat(outcome.count(Item.PAGE, Result.CREATED)).isEqualTo(1);
        assertThat(outcome.count(Item.AUTHOR, Result.CREATED)).isEqualTo(2);
        assertThat(outcome.count(Item.TOPIC, Result.CREATED)).isEqualTo(3);
        assertThat(outcome.failures()).isEmpty();
        assertThat(outcome.counted()).containsEntry("members (subscribers) not imported", 2);
        assertThat(outcome.counted()).containsEntry("posts whose text was rebuilt from Ghost's editor document (the export had no HTML)", 3)
                .containsEntry("embedded players (iframes) in posts, each shown as a link card to what it played", 1);
        assertThat(outcome.lines().getFirst()).contains("“The Harbour Review”").contains("Ghost 5.82.2");
        Author maren = magazine.authors().findBySlug("maren");
        assertThat(maren.bioSource()).contains("swims in the harbour");
        assertThat(maren.profile().website()).isEqualTo("https://maren.example");
        assertThat(maren.profile().twitter()).isEqualTo("@marenholt");
        assertThat(maren.profile().email()).isEqualTo("maren@harbour.example");
        assertThat(magazine.media().find(maren.profile().profileImageId()).sourceUrl())
                .isEqualTo(SITE + "/content/images/2024/01/maren.jpg");
        assertThat(magazine.topics().findBySlug("news").description()).isEqualTo("What happened on the water");
    }

    @Test
    void a_tag_listed_before_its_parent_still_comes_in_under_it() {
        importFile(magazine, harbourReview(), WITH_SITE);

        Topic ferries = magazine.topics().findBySlug("ferries");
        assertThat(magazine.topics().parentOf(ferries.id())).contains(magazine.topics().findBySlug("culture").id());
    }

    @Test
    void the_byline_follows_the_sort_order_of_posts_authors_not_the_order_of_its_rows() {
        importFile(magazine, harbourReview(), WITH_SITE);

        assertThat(bySlug(magazine, "harbour-lights-return").authors()).extracting(Byline::name)
                .containsExactly("Tomas Reyes", "Maren Holt");
    }

    @Test
    void a_byline_ignores_rows_given_twice_and_rows_of_other_posts() {
        importFile(magazine, testdata("kirrg001-Ghost-2018-lts/export-authors.json"), Options.NONE);

        assertThat(bySlug(magazine, "themes").authors()).extracting(Byline::name)
                .containsExactly("Joe Blogg's Mother", "Joe Blogg's Brother", "Joe Blogg's Father");
        Article second = bySlug(magazine, "advanced-markdown-2");
        assertThat(second.authors()).extracting(Byline::name).containsExactly("Joe Blogg's Father");
        assertThat(notes(magazine, second)).anySatisfy(note -> assertThat(note).contains("5951f5fca366002ebd5dbefff"));
    }

    @Test
    void a_post_whose_author_is_not_in_the_export_is_credited_to_the_site_owner_and_says_so() {
        importFile(magazine, testdata("kirrg001-Ghost-2018-lts/export-003-mu-unknownAuthor.json"), Options.NONE);

        Article post = bySlug(magazine, "welcome-to-ghost");
        assertThat(post.authors()).extracting(Byline::name).containsExactly("Joe Bloggs");
        assertThat(notes(magazine, post)).anySatisfy(note -> assertThat(note).contains("Ghost user 2").contains("owner"));
    }

    @Test
    void internal_tags_are_left_out_with_a_reason_and_the_order_of_tags_is_kept() {
        ImportOutcome outcome = importFile(magazine, harbourReview(), WITH_SITE);

        assertThat(magazine.topics().ofArticle(bySlug(magazine, "ferry-archive").id())).extracting(Topic::name)
                .containsExactly("Culture", "News");
        assertThat(magazine.topics().ofArticle(bySlug(magazine, "harbour-lights-return").id())).extracting(Topic::name)
                .containsExactly("News");
        assertThat(outcome.skipped()).singleElement().satisfies(p -> {
            assertThat(p.item()).contains("#featured");
            assertThat(p.reason()).contains("internal tag");
        });
    }

    @Test
    void a_scheduled_post_stays_scheduled_for_its_time() {
        importFile(magazine, harbourReview(), WITH_SITE);

        Article ferries = bySlug(magazine, "winter-ferries");
        assertThat(ferries.status()).isEqualTo(ArticleStatus.SCHEDULED);
        assertThat(ferries.scheduledAt()).isEqualTo(Instant.parse("2090-01-15T07:00:00Z"));
    }

    @Test
    void a_ghost_0_scheduled_post_stays_scheduled_when_its_time_is_still_to_come(@TempDir Path otherDir) {
        try (Masthead then = Magazines.open(kind, otherDir, MutableClock.at("2017-06-01T00:00:00Z"))) {
            importFile(then, testdata("kirrg001-Ghost-2018-lts/export-lts-legacy-fields.json"), Options.NONE);

            Article scheduled = bySlug(then, "scheduled-post");
            assertThat(scheduled.status()).isEqualTo(ArticleStatus.SCHEDULED);
            assertThat(scheduled.scheduledAt()).isEqualTo(Instant.parse("2017-08-24T10:41:00Z"));
        }
    }

    @Test
    void members_only_paid_and_email_only_posts_are_kept_out_of_sight_with_the_reason() {
        importFile(magazine, harbourReview(), WITH_SITE);

        for (String slug : new String[] {"council-budget", "the-audit", "newsletter-only"}) {
            Article hidden = bySlug(magazine, slug);
            assertThat(hidden.isPublished()).as(slug).isFalse();
            assertThat(magazine.articles().findPublishedBySlug(slug)).as(slug).isEmpty();
        }
        assertThat(notes(magazine, bySlug(magazine, "council-budget"))).anySatisfy(n -> assertThat(n).contains("for members only"));
        assertThat(notes(magazine, bySlug(magazine, "the-audit"))).anySatisfy(n -> assertThat(n).contains("paying members"));
        assertThat(notes(magazine, bySlug(magazine, "newsletter-only"))).anySatisfy(n -> assertThat(n).contains("by email only"));
        assertThat(magazine.articles().findByOldAddress("/council-budget/", null)).isEmpty();
        // Harbour lights, the ferry archive, the pictures post and the About page.
        assertThat(magazine.articles().countPublished()).isEqualTo(4);
    }

    @Test
    void a_feature_image_keeps_its_alt_text_and_its_unsplash_caption_becomes_the_credit() {
        importFile(magazine, harbourReview(), WITH_SITE);

        Image lead = magazine.media().find(bySlug(magazine, "harbour-lights-return").leadImageId());
        assertThat(lead.alt()).isEqualTo("Lamps along the harbour wall");
        assertThat(lead.creditName()).isEqualTo("Ana Lund");
        assertThat(lead.creditUrl()).isEqualTo("https://unsplash.com/@analund");
        assertThat(lead.licence()).isEqualTo(org.masthead.media.Licence.UNSPLASH);
        assertThat(lead.caption()).isEmpty();
        assertThat(lead.sourceUrl()).isEqualTo(SITE + "/content/images/2024/03/harbour.jpg");
    }

    @Test
    void a_feature_image_caption_written_in_the_post_itself_is_kept() {
        importFile(magazine, testdata("tryghost-migrate/mg-json_single-post-only-meta.json"), new Options(null, null, SITE));

        Image lead = magazine.media().find(bySlug(magazine, "blog-post-title").leadImageId());
        assertThat(lead.alt()).isEqualTo("Lorem ipsum dolor sit amet");
        assertThat(lead.caption()).isEqualTo("Caption text");
    }

    @Test
    void a_lexical_post_without_html_is_rendered_from_its_document() {
        importFile(magazine, harbourReview(), WITH_SITE);

        Article lights = bySlug(magazine, "harbour-lights-return");
        assertThat(lights.body().html()).contains("<strong>harbour</strong>").contains("<h2>What changed</h2>")
                .contains("<li>New bulbs</li>").contains("<blockquote>Light is a public good.</blockquote>")
                .contains("<img src=\"" + SITE + "/content/images/2024/03/quay.jpg\"").contains("The quay at dusk")
                .contains("<em>markdown</em>").contains("<hr />");
        assertThat(notes(magazine, lights)).anySatisfy(n -> assertThat(n).contains("Lexical").contains("weird-card"))
                .anySatisfy(n -> assertThat(n).contains("code injected"));
    }

    @Test
    void mobiledoc_posts_and_pages_without_html_are_rendered_from_their_documents() {
        importFile(magazine, harbourReview(), WITH_SITE);

        Article archive = bySlug(magazine, "ferry-archive");
        assertThat(archive.body().html()).contains("We are <strong>independent</strong>").contains("<a href=\"/about/\"")
                .contains("line one<br />line two").contains("<li><strong>second</strong></li>")
                .contains("<h2>From the archive</h2>").contains("&lt;b&gt;not bold&lt;/b&gt;").contains("The old ferry");
        Article about = bySlug(magazine, "about");
        assertThat(about.kind()).isEqualTo(ArticleKind.PAGE);
        assertThat(about.isPublished()).isTrue();
        assertThat(about.body().html()).contains("<h2>Who we are</h2>");
    }

    @Test
    void a_ghost_0_markdown_post_keeps_its_markdown() {
        importFile(magazine, testdata("kirrg001-Ghost-2018-lts/export-003-minimal.json"), Options.NONE);

        Article post = bySlug(magazine, "welcome-to-ghost");
        assertThat(post.body().format()).isEqualTo(BodyFormat.MARKDOWN);
        assertThat(post.body().source()).isEqualTo("You're live! Nice.");
        assertThat(post.body().html()).contains("<p>You&#39;re live! Nice.</p>");
    }

    @Test
    void search_engine_texts_the_canonical_address_the_excerpt_and_the_featured_flag_are_kept() {
        importFile(magazine, harbourReview(), WITH_SITE);

        Article lights = bySlug(magazine, "harbour-lights-return");
        assertThat(lights.seo().title()).isEqualTo("Harbour lights | The Harbour Review");
        assertThat(lights.seo().description()).startsWith("The harbour lamps are lit again");
        assertThat(lights.seo().canonicalUrl()).isEqualTo("https://elsewhere.example/harbour-lights");
        assertThat(lights.dek()).isEqualTo("The lamps are lit again.");
        assertThat(lights.featured()).isTrue();
    }

    @Test
    void pictures_are_copied_from_the_content_images_folder_and_bodies_point_at_the_copies(@TempDir Path images) {
        ImportOutcome outcome = importFile(magazine, harbourReview(), new Options(null, GhostFixtures.contentImages(images), null));

        assertThat(outcome.failures()).isEmpty();
        Image lead = magazine.media().find(bySlug(magazine, "harbour-lights-return").leadImageId());
        assertThat(lead.fileName()).isNotNull();
        String body = bySlug(magazine, "pictures-inside").body().html();
        assertThat(body).doesNotContain("content/images").doesNotContain("__GHOST_URL__").contains("src=\"/media/")
                .contains("https://images.example/elsewhere.jpg").contains("href=\"/harbour-lights-return/\"");
        // quay.jpg is shown by two posts and stored once; harbour.jpg is the lead picture, maren.jpg a profile.
        assertThat(count(magazine, "SELECT COUNT(*) FROM images WHERE file_name IS NOT NULL")).isEqualTo(3);
    }

    @Test
    void without_the_sites_address_or_folder_a_relative_picture_fails_alone_and_its_post_comes_in() {
        ImportOutcome outcome = importFile(magazine, harbourReview(), Options.NONE);

        assertThat(outcome.failures()).anySatisfy(p -> {
            assertThat(p.item()).contains("feature image of post p1");
            assertThat(p.reason()).contains("relative to the Ghost site").contains("--site-url").contains("--uploads");
        });
        assertThat(outcome.counted()).anySatisfy((what, n) -> assertThat(what).contains("left relative"));
        Article lights = bySlug(magazine, "harbour-lights-return");
        assertThat(lights.isPublished()).isTrue();
        assertThat(lights.leadImageId()).isNull();
    }

    @Test
    void old_addresses_follow_the_sites_permalink_setting_and_ghosts_own_default() {
        importFile(magazine, harbourReview(), WITH_SITE);
        importFile(magazine, testdata("kirrg001-Ghost-2018-lts/export-lts-legacy-fields.json"), Options.NONE);

        long lights = bySlug(magazine, "harbour-lights-return").id();
        assertThat(magazine.articles().findByOldAddress("/harbour-lights-return/", null)).map(Article::id).contains(lights);
        assertThat(magazine.articles().findByOldAddress("/harbour-lights-return/amp/", null)).map(Article::id).contains(lights);
        long welcome = bySlug(magazine, "welcome").id();
        assertThat(magazine.articles().findByOldAddress("/2017/05/23/welcome/", null)).map(Article::id).contains(welcome);
    }

    @Test
    void a_rerun_changes_nothing_and_a_newer_export_updates_in_place(@TempDir Path work) throws Exception {
        importFile(magazine, harbourReview(), WITH_SITE);
        int articles = count(magazine, "SELECT COUNT(*) FROM articles");

        ImportOutcome again = importFile(magazine, harbourReview(), WITH_SITE);
        Path newer = work.resolve("newer.json");
        Files.writeString(newer, Files.readString(harbourReview()).replace("\"Notes for later\"", "\"Notes for much later\""));
        ImportOutcome updated = importFile(magazine, newer, WITH_SITE);

        assertThat(again.changedNothing()).isTrue();
        assertThat(again.count(Item.ARTICLE, Result.UNCHANGED)).isEqualTo(8);
        assertThat(updated.count(Item.ARTICLE, Result.UPDATED)).isEqualTo(1);
        assertThat(count(magazine, "SELECT COUNT(*) FROM articles")).isEqualTo(articles);
        assertThat(bySlug(magazine, "notes-for-later").title()).isEqualTo("Notes for much later");
    }
}
