package org.masthead.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
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
import org.masthead.importer.ImportProgress;
import org.masthead.platform.Database;
import org.masthead.support.Magazines;
import org.masthead.support.Pictures;
import org.masthead.transfer.MagazineExport;

/** A picture's focal point: who may set it, how it is kept on both databases, and that it moves with an archive. */
@ParameterizedClass
@EnumSource(Database.Kind.class)
class FocalPointTest {
    private static final String PASSWORD = "correct horse battery";
    private static final ImageDetails CREDITED = new ImageDetails("A quay at dusk", "", CreditKind.PHOTO, "A. Photographer",
            null, Licence.CC_BY_4_0);

    @Parameter
    Database.Kind kind;

    @TempDir
    Path temp;

    private Masthead magazine;
    private Actor editor;
    private Actor contributor;
    private Actor otherContributor;

    @BeforeEach
    void open() {
        magazine = Magazines.open(kind, temp.resolve("magazine"));
        User admin = magazine.accounts().createFirstAdmin("Ada Admin", "ada@example.org", PASSWORD, "");
        editor = magazine.accounts().add(admin.asActor(""), "Ed Itor", "ed@example.org", Role.EDITOR, PASSWORD).asActor("");
        contributor = magazine.accounts().add(admin.asActor(""), "Con Tributor", "con@example.org", Role.CONTRIBUTOR, PASSWORD)
                .asActor("");
        otherContributor = magazine.accounts().add(admin.asActor(""), "Other Hand", "other@example.org", Role.CONTRIBUTOR,
                PASSWORD).asActor("");
    }

    @AfterEach
    void close() {
        magazine.close();
    }

    private Image uploadedBy(Actor actor) {
        return magazine.media().upload(actor, "quay.jpg", Pictures.jpeg(300, 200), CREDITED);
    }

    @Test
    void a_picture_without_a_focal_point_is_cropped_about_its_centre() {
        Image image = uploadedBy(editor);

        assertThat(image.focus()).isNull();
        assertThat(image.focusClasses()).isEmpty();
    }

    @Test
    void an_editor_sets_a_focal_point_which_is_kept_and_given_as_classes_in_steps_of_five() {
        Image image = uploadedBy(contributor);

        Image focused = magazine.media().setFocalPoint(editor, image.id(), new FocalPoint(32, 71));

        assertThat(magazine.media().find(image.id()).focus()).isEqualTo(new FocalPoint(32, 71));
        assertThat(focused.focusClasses()).isEqualTo("focal-x-30 focal-y-70");
        assertThat(magazine.audit().about("image", image.id())).extracting(e -> e.action()).contains("media.focused");
    }

    @Test
    void a_focal_point_set_back_to_none_is_the_centre_again() {
        Image image = uploadedBy(editor);
        magazine.media().setFocalPoint(editor, image.id(), new FocalPoint(10, 90));

        magazine.media().setFocalPoint(editor, image.id(), null);

        assertThat(magazine.media().find(image.id()).focus()).isNull();
    }

    @Test
    void a_contributor_sets_the_focal_point_of_their_own_pictures_only() {
        Image own = uploadedBy(contributor);
        Image others = uploadedBy(otherContributor);

        magazine.media().setFocalPoint(contributor, own.id(), new FocalPoint(0, 100));

        assertThat(magazine.media().find(own.id()).focus()).isEqualTo(new FocalPoint(0, 100));
        assertThatThrownBy(() -> magazine.media().setFocalPoint(contributor, others.id(), new FocalPoint(50, 50)))
                .isInstanceOf(Forbidden.class);
        assertThat(magazine.media().find(others.id()).focus()).isNull();
    }

    @Test
    void a_focal_point_outside_the_picture_is_refused() {
        assertThatThrownBy(() -> new FocalPoint(101, 50)).isInstanceOf(Invalid.class).hasMessageContaining("0 to 100");
        assertThatThrownBy(() -> new FocalPoint(50, -1)).isInstanceOf(Invalid.class);
    }

    @Test
    void an_export_and_a_restore_keep_the_focal_point() {
        Image image = uploadedBy(editor);
        magazine.media().setFocalPoint(editor, image.id(), new FocalPoint(20, 35));
        Path archive = temp.resolve("export.zip");
        magazine.export().export(archive, false, MagazineExport.Progress.NONE);

        try (Masthead restored = Magazines.open(kind, temp.resolve("restored"))) {
            restored.imports().restore(archive, ImportProgress.NONE);

            assertThat(restored.media().find(image.id()).focus()).isEqualTo(new FocalPoint(20, 35));
        }
    }
}
