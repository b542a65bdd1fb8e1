package org.masthead.article;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
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
import org.masthead.common.Role;
import org.masthead.account.User;
import org.masthead.common.Forbidden;
import org.masthead.common.Invalid;
import org.masthead.common.NotFound;
import org.masthead.common.PageRequest;
import org.masthead.media.Licence;
import org.masthead.media.NewImage;
import org.masthead.platform.Database;
import org.masthead.boot.Masthead;
import org.masthead.support.Magazines;
import org.masthead.support.MutableClock;

/** Every transition of the workflow, for every role, on both databases. */
@ParameterizedClass
@EnumSource(Database.Kind.class)
class WorkflowServiceTest {
    private static final String PASSWORD = "correct horse battery";

    @Parameter
    Database.Kind kind;

    @TempDir
    Path dataDir;

    private final MutableClock clock = MutableClock.at("2026-11-24T20:00:00Z");
    private Masthead magazine;
    private WorkflowService workflow;
    private Actor admin;
    private Actor editor;
    private Actor author;
    private Actor contributor;
    private Actor otherContributor;

    @BeforeEach
    void open() {
        magazine = Magazines.open(kind, dataDir, clock);
        workflow = magazine.workflow();
        User first = magazine.accounts().createFirstAdmin("Ada Admin", "ada@example.org", PASSWORD, "");
        admin = first.asActor("");
        editor = person("Ed Itor", Role.EDITOR);
        author = person("Au Thor", Role.AUTHOR);
        contributor = person("Con Tributor", Role.CONTRIBUTOR);
        otherContributor = person("Other Writer", Role.CONTRIBUTOR);
    }

    @AfterEach
    void close() {
        magazine.close();
    }

    private Actor person(String name, Role role) {
        User user = magazine.accounts().add(admin, name, name.replace(' ', '.').toLowerCase() + "@example.org", role, PASSWORD);
        magazine.accounts().bylineOf(user.asActor(""));
        return magazine.accounts().find(user.id()).asActor("");
    }

    private Article draftBy(Actor writer, String title) {
        return workflow.write(writer, draft(title, "First words."), writer.authorId());
    }

    private static ArticleDraft draft(String title, String markdown) {
        return new ArticleDraft(title, null, "", Body.markdown(markdown), List.of(), List.of(), null);
    }

    @Test
    void a_contributor_writes_a_draft_under_their_own_byline_and_submits_it() {
        Article draft = draftBy(contributor, "A Contributor's Piece");

        assertThat(draft.status()).isEqualTo(ArticleStatus.DRAFT);
        assertThat(draft.authorIds()).containsExactly(contributor.authorId());
        assertThat(workflow.submit(contributor, draft.id()).status()).isEqualTo(ArticleStatus.SUBMITTED);
    }

    @Test
    void a_contributor_shares_a_byline_with_a_known_writer_but_only_an_editor_adds_a_new_one() {
        magazine.authors().findOrCreate("Guest Writer");
        long own = contributor.authorId();
        String ownName = magazine.authors().find(own).name();

        Article shared = workflow.write(contributor, new DraftInput("Two Hands", null, "", BodyFormat.MARKDOWN, "x",
                List.of(ownName, "guest writer"), List.of(), null), own);
        assertThatThrownBy(() -> workflow.write(contributor, new DraftInput("Typo", null, "", BodyFormat.MARKDOWN, "x",
                List.of(ownName, "Gust Writer"), List.of(), null), own))
                .isInstanceOfSatisfying(Invalid.class, e -> assertThat(e.field()).isEqualTo("authors"));
        Article byEditor = workflow.write(editor, new DraftInput("New Voice", null, "", BodyFormat.MARKDOWN, "x",
                List.of("A New Voice"), List.of(), null), editor.authorId());

        assertThat(shared.authorIds()).hasSize(2);
        assertThat(magazine.authors().findByName("Gust Writer")).isEmpty();
        assertThat(magazine.authors().find(byEditor.authorIds().get(0)).name()).isEqualTo("A New Voice");
    }

    @Test
    void two_spellings_of_one_topic_or_writer_are_saved_once() {
        Article saved = workflow.write(editor, new DraftInput("Spellings", null, "", BodyFormat.MARKDOWN, "x",
                List.of("Guest Writer", "guest writer"), List.of("Isis", "ISIS", "Mosul"), null), editor.authorId());

        assertThat(saved.authorIds()).hasSize(1);
        assertThat(magazine.topics().ofArticle(saved.id())).extracting(org.masthead.topic.Topic::name).containsExactly("Isis", "Mosul");
    }

    @Test
    void a_renamed_writer_keeps_their_byline_when_an_article_of_theirs_is_saved_again() {
        Article article = workflow.write(editor, new DraftInput("Before the Rename", null, "", BodyFormat.MARKDOWN, "x",
                List.of("Ines Okafor"), List.of(), null), editor.authorId());
        long ines = article.authorIds().getFirst();
        magazine.authors().describe(editor, ines, "Ines Okafor-Brandt", "");

        Article saved = workflow.save(editor, article.id(), new DraftInput("Before the Rename", null, "", BodyFormat.MARKDOWN, "x",
                List.of("Ines Okafor-Brandt"), List.of(), null), article.version());

        assertThat(saved.authorIds()).containsExactly(ines);
        assertThat(magazine.authors().find(ines).slug()).isEqualTo("ines-okafor");
    }

    @Test
    void a_contributor_can_neither_publish_nor_schedule_nor_see_anothers_work() {
        Article draft = draftBy(contributor, "Not Yet");

        assertThatThrownBy(() -> workflow.publishNow(contributor, draft.id())).isInstanceOf(Forbidden.class)
                .hasMessageContaining("an editor publishes them");
        assertThatThrownBy(() -> workflow.schedule(contributor, draft.id(), clock.instant().plus(Duration.ofHours(10))))
                .isInstanceOf(Forbidden.class);
        assertThatThrownBy(() -> workflow.open(otherContributor, draft.id())).isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> workflow.save(otherContributor, draft.id(), draft("Hijack", "x"), draft.version()))
                .isInstanceOf(NotFound.class);
    }

    @Test
    void a_contributor_cannot_change_their_piece_once_it_is_published() {
        Article draft = draftBy(contributor, "Published Soon");
        Article published = workflow.publishNow(editor, draft.id());

        assertThatThrownBy(() -> workflow.save(contributor, draft.id(), draft("Changed", "x"), published.version()))
                .isInstanceOf(Forbidden.class);
        assertThat(workflow.open(contributor, draft.id()).canEdit()).isFalse();
    }

    @Test
    void an_author_publishes_their_own_article_but_not_someone_elses() {
        Article own = draftBy(author, "Mine To Publish");
        Article other = draftBy(contributor, "Someone Else's");

        assertThat(workflow.publishNow(author, own.id()).status()).isEqualTo(ArticleStatus.PUBLISHED);
        assertThatThrownBy(() -> workflow.publishNow(author, other.id())).isInstanceOf(NotFound.class);
        assertThat(workflow.save(author, own.id(), draft("Mine To Publish", "Corrected."), workflow.open(author, own.id()).article().version())
                .body().html()).contains("Corrected.");
    }

    @Test
    void an_editor_sends_a_submission_back_with_a_note_that_the_writer_reads() {
        Article draft = draftBy(contributor, "Needs Work");
        workflow.submit(contributor, draft.id());

        Article back = workflow.sendBack(editor, draft.id(), "Please cut the second paragraph.");

        assertThat(back.status()).isEqualTo(ArticleStatus.DRAFT);
        assertThat(workflow.open(contributor, draft.id()).notes()).extracting(Note::writtenBy, Note::body)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Ed Itor", "Please cut the second paragraph."));
        assertThatThrownBy(() -> workflow.sendBack(otherContributor, draft.id(), "")).isInstanceOf(NotFound.class);
    }

    @Test
    void a_scheduled_article_goes_out_at_its_time_exactly_once() {
        Article draft = draftBy(contributor, "Tomorrow Morning");
        workflow.submit(contributor, draft.id());
        Instant sixAm = Instant.parse("2026-11-25T06:00:00Z");

        Article scheduled = workflow.schedule(editor, draft.id(), sixAm);

        assertThat(scheduled.status()).isEqualTo(ArticleStatus.SCHEDULED);
        assertThat(workflow.nextDue()).contains(sixAm);
        assertThat(workflow.publishDue(clock.instant())).isZero();
        clock.set(sixAm.plusSeconds(1));
        assertThat(magazine.scheduler().runDue()).isEqualTo(1);
        assertThat(magazine.scheduler().runDue()).isZero();
        Article out = magazine.articles().find(draft.id());
        assertThat(out.status()).isEqualTo(ArticleStatus.PUBLISHED);
        assertThat(out.publishedAt()).isEqualTo(sixAm);
        assertThat(out.publishedOn()).hasToString("2026-11-25");
        assertThat(magazine.audit().about("article", draft.id())).extracting(e -> e.action())
                .containsSubsequence("article.scheduled", "article.published");
    }

    @Test
    void a_writer_withdraws_a_piece_from_review_but_not_from_the_schedule() {
        Article waiting = draftBy(contributor, "Second Thoughts");
        workflow.submit(contributor, waiting.id());
        assertThat(workflow.sendBack(contributor, waiting.id(), null).status()).isEqualTo(ArticleStatus.DRAFT);

        Article going = draftBy(contributor, "Set To Go");
        workflow.submit(contributor, going.id());
        workflow.schedule(editor, going.id(), clock.instant().plus(Duration.ofHours(10)));

        assertThatThrownBy(() -> workflow.sendBack(contributor, going.id(), null)).isInstanceOf(Forbidden.class)
                .hasMessageContaining("ask an editor");
        assertThat(magazine.articles().find(going.id()).status()).isEqualTo(ArticleStatus.SCHEDULED);
    }

    @Test
    void a_schedule_needs_a_time_to_come_and_can_be_taken_back() {
        Article draft = draftBy(editor, "Maybe Later");

        assertThatThrownBy(() -> workflow.schedule(editor, draft.id(), clock.instant().minusSeconds(1)))
                .isInstanceOfSatisfying(Invalid.class, e -> assertThat(e.field()).isEqualTo("when"));
        workflow.schedule(editor, draft.id(), clock.instant().plus(Duration.ofHours(1)));
        assertThat(workflow.unschedule(editor, draft.id()).status()).isEqualTo(ArticleStatus.DRAFT);
        clock.advance(Duration.ofHours(2));
        assertThat(magazine.scheduler().runDue()).isZero();
    }

    @Test
    void an_editor_unpublishes_and_the_article_leaves_the_public_site() {
        Article draft = draftBy(editor, "Withdrawn Piece");
        workflow.publishNow(editor, draft.id());

        workflow.unpublish(editor, draft.id());

        assertThat(magazine.articles().findPublishedBySlug("withdrawn-piece")).isEmpty();
        assertThatThrownBy(() -> workflow.unpublish(contributor, draft.id())).isInstanceOf(NotFound.class);
    }

    @Test
    void two_saves_from_one_version_end_in_a_conflict_that_keeps_both_versions() {
        Article draft = draftBy(editor, "Shared Piece");
        int base = draft.version();

        workflow.save(editor, draft.id(), draft("Shared Piece", "The editor's words."), base);

        assertThatThrownBy(() -> workflow.save(admin, draft.id(), draft("Shared Piece", "The admin's words."), base))
                .isInstanceOfSatisfying(EditConflict.class, conflict -> {
                    assertThat(conflict.current().body().source()).isEqualTo("The editor's words.");
                    assertThat(conflict.attempted().body().source()).isEqualTo("The admin's words.");
                    assertThat(magazine.history().compare(conflict)).anyMatch(line -> line.kind().equals("changed")
                            && line.before().contains("editor") && line.after().contains("admin"));
                });
        assertThat(magazine.articles().find(draft.id()).body().source()).isEqualTo("The editor's words.");
    }

    @Test
    void every_save_keeps_a_revision_that_can_be_compared_and_restored() {
        Article draft = draftBy(editor, "Revised Piece");
        Article second = workflow.save(editor, draft.id(), draft("Revised Piece", "Second words."), draft.version());
        workflow.save(editor, draft.id(), draft("Revised Piece", "Third words."), second.version());

        List<Revision> revisions = magazine.history().revisions(editor, draft.id());
        assertThat(revisions).extracting(Revision::number).containsExactly(3, 2, 1);
        assertThat(magazine.history().compare(editor, draft.id(), 1, 3)).anyMatch(line -> line.kind().equals("changed")
                && line.before().contains("<del>First</del>") && line.after().contains("<ins>Third</ins>"));

        Article restored = magazine.history().restore(editor, draft.id(), 1, magazine.articles().find(draft.id()).version());

        assertThat(restored.body().source()).isEqualTo("First words.");
        assertThat(magazine.history().revisions(editor, draft.id())).hasSize(4);
    }

    @Test
    void an_imported_article_keeps_its_imported_state_as_its_first_revision() {
        Article imported = magazine.articles().create(draft("From The Archive", "As it was imported."), null, ArticleKind.ARTICLE);

        workflow.save(editor, imported.id(), draft("From The Archive", "Edited here."), imported.version());

        assertThat(magazine.history().revisions(editor, imported.id())).extracting(Revision::bodySource, Revision::savedBy)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Edited here.", "Ed Itor"),
                        org.assertj.core.groups.Tuple.tuple("As it was imported.", "before its first edit"));
    }

    @Test
    void a_lead_image_goes_out_only_with_alt_text_and_a_credit() {
        long bare = magazine.media().add(new NewImage(null, "https://pictures.example/a.jpg", "", "", org.masthead.media.CreditKind.PHOTO,
                "", null, Licence.CC_BY_4_0, null, null));
        Article draft = workflow.write(editor, new ArticleDraft("With A Picture", null, "", Body.markdown("Text."),
                List.of(), List.of(), bare), editor.authorId());

        assertThatThrownBy(() -> workflow.publishNow(editor, draft.id()))
                .isInstanceOfSatisfying(Invalid.class, e -> assertThat(e.field()).isEqualTo("image"))
                .hasMessageContaining("needs alt text and a credit before");
        magazine.media().update(bare, new NewImage(null, "https://pictures.example/a.jpg", "", "",
                org.masthead.media.CreditKind.PHOTO, "A. Photographer", null, Licence.CC_BY_4_0, null, null));
        assertThatThrownBy(() -> workflow.publishNow(editor, draft.id())).as("says only what is still missing")
                .hasMessageContaining("needs alt text before");
        magazine.media().update(bare, new NewImage(null, "https://pictures.example/a.jpg", "A harbour at dusk", "",
                org.masthead.media.CreditKind.PHOTO, "A. Photographer", null, Licence.CC_BY_4_0, null, null));
        assertThat(workflow.publishNow(editor, draft.id()).status()).isEqualTo(ArticleStatus.PUBLISHED);
    }

    @Test
    void a_published_article_given_a_new_address_keeps_its_old_one_working() {
        Article draft = draftBy(editor, "Original Headline");
        Article published = workflow.publishNow(editor, draft.id());
        String oldPath = published.path();

        Article renamed = workflow.save(editor, draft.id(), new ArticleDraft("Better Headline", "better-headline", "",
                Body.markdown("First words."), published.authorIds(), List.of(), null), published.version());

        assertThat(renamed.path()).isNotEqualTo(oldPath).endsWith("/better-headline/");
        assertThat(magazine.articles().findByOldPath(oldPath)).get().extracting(Article::id).isEqualTo(draft.id());
    }

    @Test
    void an_editor_writes_and_publishes_a_page_that_stands_outside_the_editions() {
        Article page = workflow.writePage(editor, new DraftInput("About Us", null, "", BodyFormat.MARKDOWN,
                "We are a *small* magazine.", List.of(), List.of(), null));

        Article published = workflow.publishNow(editor, page.id());

        assertThat(published.path()).isEqualTo("/about-us/");
        assertThat(published.editionId()).isNull();
        assertThat(magazine.articles().findPublishedPage("about-us")).isPresent();
        assertThat(magazine.articles().findPublishedBySlug("about-us")).as("not an article").isEmpty();
        assertThat(magazine.editions().count()).isZero();
        assertThat(magazine.lists().list(editor, ArticleFilter.pages(), null, 10).items())
                .extracting(ArticleListItem::title).containsExactly("About Us");
        assertThat(magazine.lists().list(editor, ArticleFilter.all(), null, 10).items()).isEmpty();
    }

    @Test
    void pages_are_for_editors_and_cannot_take_the_sites_own_addresses() {
        var about = new DraftInput("About", null, "", BodyFormat.MARKDOWN, "x", List.of(), List.of(), null);

        assertThatThrownBy(() -> workflow.writePage(author, about)).isInstanceOf(Forbidden.class);
        assertThatThrownBy(() -> workflow.writePage(editor, new DraftInput("Admin", null, "", BodyFormat.MARKDOWN, "x",
                List.of(), List.of(), null))).isInstanceOfSatisfying(Invalid.class, e -> assertThat(e.field()).isEqualTo("slug"));
        Article page = workflow.writePage(editor, about);
        assertThatThrownBy(() -> workflow.open(author, page.id())).isInstanceOf(NotFound.class);
    }

    @Test
    void the_list_goes_on_page_after_page_from_where_the_last_one_ended() {
        for (int i = 1; i <= 5; i++) {
            draftBy(editor, "Piece " + i);
            clock.advance(Duration.ofMinutes(1));
        }
        var first = magazine.lists().list(editor, ArticleFilter.all(), null, 2);
        var second = magazine.lists().list(editor, ArticleFilter.all(), first.next(), 2);
        var third = magazine.lists().list(editor, ArticleFilter.all(), second.next(), 2);

        assertThat(first.items()).extracting(ArticleListItem::title).containsExactly("Piece 5", "Piece 4");
        assertThat(second.items()).extracting(ArticleListItem::title).containsExactly("Piece 3", "Piece 2");
        assertThat(third.items()).extracting(ArticleListItem::title).containsExactly("Piece 1");
        assertThat(third.hasNext()).isFalse();
        assertThat(ListPage.Cursor.parse(first.next().token())).contains(first.next());
        assertThat(ListPage.Cursor.parse("2026-11-24T20:00:00Z~12; DROP TABLE")).isEmpty();
    }

    @Test
    void contributors_list_their_own_articles_and_editors_filter_everyone_s() {
        draftBy(contributor, "Contributor One");
        Article two = draftBy(contributor, "Contributor Two");
        draftBy(otherContributor, "Other One");
        workflow.submit(contributor, two.id());

        var own = magazine.lists().list(contributor, ArticleFilter.all(), null, 10).items();
        var submitted = magazine.lists().list(editor, new ArticleFilter(ArticleStatus.SUBMITTED, null, null, null, null, null),
                null, 10).items();
        var byOther = magazine.lists().list(editor, new ArticleFilter(null, otherContributor.authorId(), null, null, null, null),
                null, 10).items();
        var byWords = magazine.lists().list(editor, new ArticleFilter(null, null, null, null, null, "TWO"), null, 10).items();

        assertThat(own).extracting(ArticleListItem::title).containsExactlyInAnyOrder("Contributor One", "Contributor Two");
        assertThat(submitted).extracting(ArticleListItem::title).containsExactly("Contributor Two");
        assertThat(byOther).extracting(ArticleListItem::title).containsExactly("Other One");
        assertThat(byWords).extracting(ArticleListItem::title).containsExactly("Contributor Two");
        workflow.writePage(editor, new DraftInput("About", null, "", BodyFormat.MARKDOWN, "x", List.of(), List.of(), null));
        assertThat(magazine.lists().counts(contributor)).as("their own, on their dashboard")
                .containsExactlyInAnyOrderEntriesOf(java.util.Map.of(ArticleStatus.DRAFT, 1, ArticleStatus.SUBMITTED, 1));
        assertThat(magazine.lists().counts(editor)).as("every article, no pages")
                .containsExactlyInAnyOrderEntriesOf(java.util.Map.of(ArticleStatus.DRAFT, 2, ArticleStatus.SUBMITTED, 1));
    }
}
