package org.masthead.article;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.masthead.account.User;
import org.masthead.boot.Masthead;
import org.masthead.common.Actor;
import org.masthead.common.Forbidden;
import org.masthead.common.Invalid;
import org.masthead.common.Role;
import org.masthead.platform.Database;
import org.masthead.support.Magazines;
import org.masthead.support.MutableClock;

/** Saving as one writes: a piece not out yet, over the version it was opened at, one revision per sitting. */
@ParameterizedClass
@EnumSource(Database.Kind.class)
class AutosaveTest {
    private static final String PASSWORD = "correct horse battery";

    @Parameter
    Database.Kind kind;

    @TempDir
    Path dataDir;

    private final MutableClock clock = MutableClock.at("2026-12-04T21:00:00Z");
    private Masthead magazine;
    private WorkflowService workflow;
    private Actor admin;
    private Actor editor;
    private Actor writer;

    @BeforeEach
    void open() {
        magazine = Magazines.open(kind, dataDir, clock);
        workflow = magazine.workflow();
        User first = magazine.accounts().createFirstAdmin("Ada Admin", "ada@example.org", PASSWORD, "");
        admin = first.asActor("");
        editor = person("Ed Itor", Role.EDITOR);
        writer = person("Wren Writer", Role.CONTRIBUTOR);
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

    private static DraftInput typed(String text) {
        return new DraftInput("Harbour notes", null, "", BodyFormat.MARKDOWN, text, List.of("Wren Writer"), List.of(), null);
    }

    private Article draft() {
        return workflow.write(writer, typed("First words."), writer.authorId());
    }

    private List<Revision> revisions(Article article) {
        return magazine.history().revisions(editor, article.id());
    }

    @Test
    void pauses_in_one_sitting_make_one_revision_and_a_later_sitting_another() {
        Article article = draft();

        Article first = workflow.autosave(writer, article.id(), typed("First words. Then more."), article.version());
        clock.advance(Duration.ofMinutes(4));
        Article second = workflow.autosave(writer, article.id(), typed("First words. Then more, and more."), first.version());

        assertThat(second.version()).isGreaterThan(first.version());
        assertThat(second.body().source()).isEqualTo("First words. Then more, and more.");
        assertThat(revisions(article)).extracting(Revision::savedBy).containsExactly("Wren Writer (autosave)", "Wren Writer");
        assertThat(revisions(article).getFirst().bodySource()).isEqualTo("First words. Then more, and more.");

        clock.advance(Duration.ofMinutes(11));
        workflow.autosave(writer, article.id(), typed("A new sitting."), second.version());
        assertThat(revisions(article)).extracting(Revision::savedBy)
                .containsExactly("Wren Writer (autosave)", "Wren Writer (autosave)", "Wren Writer");
    }

    @Test
    void a_save_with_the_button_between_two_autosaves_starts_a_new_revision() {
        Article article = draft();
        Article auto = workflow.autosave(writer, article.id(), typed("Typed on."), article.version());
        Article saved = workflow.save(writer, article.id(), typed("Saved by hand."), auto.version());

        workflow.autosave(writer, article.id(), typed("Saved by hand, then typed on."), saved.version());

        assertThat(revisions(article)).extracting(Revision::bodySource)
                .containsExactly("Saved by hand, then typed on.", "Saved by hand.", "Typed on.", "First words.");
    }

    @Test
    void nothing_is_written_over_a_newer_save_by_someone_else() {
        Article article = draft();
        Article opened = workflow.open(writer, article.id()).article();
        workflow.save(editor, article.id(), typed("The editor's cut."), opened.version());

        assertThatThrownBy(() -> workflow.autosave(writer, article.id(), typed("The writer's text."), opened.version()))
                .isInstanceOf(EditConflict.class);
        assertThat(magazine.articles().find(article.id()).body().source()).isEqualTo("The editor's cut.");
    }

    @Test
    void a_piece_that_is_out_is_never_changed_by_an_autosave() {
        Article article = draft();
        Article out = workflow.publishNow(editor, article.id());

        assertThatThrownBy(() -> workflow.autosave(editor, article.id(), typed("Half-typed"), out.version()))
                .isInstanceOf(Invalid.class).hasMessageContaining("Save button");
        assertThat(magazine.articles().find(article.id()).body().source()).isEqualTo("First words.");
    }

    @Test
    void unchanged_text_is_not_saved_again_and_others_may_not_autosave_what_they_may_not_edit() {
        Article article = draft();
        Article same = workflow.autosave(writer, article.id(), typed("First words."), article.version());
        assertThat(same.version()).isEqualTo(article.version());
        assertThat(revisions(article)).hasSize(1);

        Actor other = person("Other Writer", Role.CONTRIBUTOR);
        assertThatThrownBy(() -> workflow.autosave(other, article.id(), typed("Not mine."), article.version()))
                .isInstanceOfAny(Forbidden.class, org.masthead.common.NotFound.class);
    }
}
