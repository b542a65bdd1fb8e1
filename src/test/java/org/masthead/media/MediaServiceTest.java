package org.masthead.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.masthead.common.Actor;
import org.masthead.common.Role;
import org.masthead.account.User;
import org.masthead.common.Forbidden;
import org.masthead.common.Invalid;
import org.masthead.platform.Database;
import org.masthead.boot.Masthead;
import org.masthead.support.Magazines;
import org.masthead.support.Pictures;

class MediaServiceTest {
    private static final ImageDetails CREDITED = new ImageDetails("A quay at dusk", "", CreditKind.PHOTO, "A. Photographer",
            "https://photos.example/a", Licence.CC_BY_4_0);

    @TempDir
    Path dataDir;

    private Masthead magazine;
    private Actor editor;
    private Actor contributor;

    @BeforeEach
    void open() {
        magazine = Magazines.open(Database.Kind.SQLITE, dataDir);
        User admin = magazine.accounts().createFirstAdmin("Ada Admin", "ada@example.org", "correct horse battery", "");
        editor = magazine.accounts().add(admin.asActor(""), "Ed Itor", "ed@example.org", Role.EDITOR, "correct horse battery").asActor("");
        contributor = magazine.accounts().add(admin.asActor(""), "Con Tributor", "con@example.org", Role.CONTRIBUTOR,
                "correct horse battery").asActor("");
    }

    @AfterEach
    void close() {
        magazine.close();
    }

    @Test
    void an_upload_is_capped_at_2400_pixels_with_smaller_copies_for_responsive_images() throws Exception {
        Image image = magazine.media().upload(editor, "Harbour at Dusk.JPG", Pictures.jpeg(3000, 2000), CREDITED);

        // The name has a random part, so a picture not yet published cannot be found by guessing it.
        assertThat(image.fileName()).matches("harbour-at-dusk-[a-z2-9]{10}\\.jpg");
        String name = image.fileName().replace(".jpg", "");
        assertThat(image.width()).isEqualTo(2400);
        assertThat(image.height()).isEqualTo(1600);
        assertThat(image.variants()).containsExactly(480, 800, 1200, 1600);
        assertThat(image.srcset()).isEqualTo(("/media/N-480w.jpg 480w, /media/N-800w.jpg 800w, "
                + "/media/N-1200w.jpg 1200w, /media/N-1600w.jpg 1600w, /media/N.jpg 2400w").replace("N", name));
        Path media = dataDir.resolve("media");
        assertThat(javax.imageio.ImageIO.read(media.resolve(name + "-800w.jpg").toFile()).getWidth()).isEqualTo(800);
        Image again = magazine.media().upload(editor, "Harbour at Dusk.JPG", Pictures.jpeg(300, 200), CREDITED);
        assertThat(again.fileName()).startsWith("harbour-at-dusk-").isNotEqualTo(image.fileName());
        assertThat(magazine.audit().about("image", image.id())).extracting(e -> e.action()).containsExactly("media.uploaded");
    }

    @Test
    void a_cameras_metadata_never_reaches_the_stored_picture() throws Exception {
        byte[] withExif = Pictures.jpegWithExif(640, 480);
        assertThat(new String(withExif, StandardCharsets.ISO_8859_1)).contains("GPSLatitude");

        Image image = magazine.media().upload(editor, "phone.jpg", withExif, CREDITED);

        byte[] stored = Files.readAllBytes(dataDir.resolve("media").resolve(image.fileName()));
        assertThat(new String(stored, StandardCharsets.ISO_8859_1)).doesNotContain("GPSLatitude").doesNotContain("Exif");
    }

    @Test
    void a_picture_with_transparency_stays_a_png() {
        Image image = magazine.media().upload(editor, "logo.png", Pictures.transparentPng(300, 100), CREDITED);

        assertThat(image.fileName()).endsWith(".png");
        assertThat(image.mediaType()).isEqualTo("image/png");
        assertThat(image.variants()).isEmpty();
    }

    @Test
    void what_is_not_a_picture_or_too_big_a_picture_is_refused_by_the_file_field() {
        assertThatThrownBy(() -> magazine.media().upload(editor, "notes.txt", "just words".getBytes(StandardCharsets.UTF_8), CREDITED))
                .isInstanceOfSatisfying(Invalid.class, e -> {
                    assertThat(e.field()).isEqualTo("file");
                    assertThat(e.getMessage()).contains("JPEG, PNG, GIF or WebP");
                });
        assertThatThrownBy(() -> magazine.media().upload(editor, "empty.jpg", new byte[0], CREDITED)).hasMessage("the file is empty");
        byte[] bomb = Pictures.transparentPng(10, 10);
        // Claim 20,000 × 20,000 pixels in the PNG header: refused from the header, before any decoding.
        bomb[16] = 0; bomb[17] = 0; bomb[18] = 0x4E; bomb[19] = 0x20;
        bomb[20] = 0; bomb[21] = 0; bomb[22] = 0x4E; bomb[23] = 0x20;
        assertThatThrownBy(() -> magazine.media().upload(editor, "bomb.png", bomb, CREDITED))
                .isInstanceOf(Invalid.class).hasMessageContaining("60 megapixels");
        assertThat(magazine.media().library(new org.masthead.common.PageRequest(1, 10)).items()).isEmpty();
    }

    @Test
    void a_contributor_describes_their_own_pictures_only() {
        Image mine = magazine.media().upload(contributor, "mine.jpg", Pictures.jpeg(100, 100), CREDITED);
        Image theirs = magazine.media().upload(editor, "theirs.jpg", Pictures.jpeg(100, 100), CREDITED);
        var changed = new ImageDetails("New alt", "", CreditKind.PHOTO, "Someone", null, Licence.CC0_1_0);

        assertThat(magazine.media().describe(contributor, mine.id(), changed).alt()).isEqualTo("New alt");
        assertThatThrownBy(() -> magazine.media().describe(contributor, theirs.id(), changed)).isInstanceOf(Forbidden.class);
        assertThat(magazine.media().describe(editor, theirs.id(), changed).licence()).isEqualTo(Licence.CC0_1_0);
    }

    @Test
    void a_picture_leading_a_published_article_keeps_its_alt_text_and_credit() {
        Image picture = magazine.media().upload(editor, "quay.jpg", Pictures.jpeg(100, 100), CREDITED);
        var workflow = magazine.workflow();
        var article = workflow.write(editor, new org.masthead.article.ArticleDraft("Down at the Quay", null, "",
                org.masthead.article.Body.markdown("Text."), java.util.List.of(), java.util.List.of(), null),
                magazine.accounts().bylineOf(editor));
        workflow.chooseLeadImage(editor, article.id(), picture.id());
        var noAlt = new ImageDetails("", "", CreditKind.PHOTO, "A. Photographer", null, Licence.CC_BY_4_0);
        var noCredit = new ImageDetails("A quay at dusk", "", CreditKind.PHOTO, "", null, Licence.CC_BY_4_0);
        assertThat(magazine.media().describe(editor, picture.id(), noAlt).alt()).isEmpty();
        magazine.media().describe(editor, picture.id(), CREDITED);

        workflow.publishNow(editor, article.id());

        assertThatThrownBy(() -> magazine.media().describe(editor, picture.id(), noAlt))
                .isInstanceOfSatisfying(Invalid.class, e -> assertThat(e.field()).isEqualTo("alt"));
        assertThatThrownBy(() -> magazine.media().describe(editor, picture.id(), noCredit))
                .isInstanceOfSatisfying(Invalid.class, e -> assertThat(e.field()).isEqualTo("credit"));
        assertThat(magazine.media().find(picture.id()).isAttributed()).isTrue();
    }

    @Test
    void a_credit_link_must_be_a_web_address_or_a_page_of_the_site() {
        var hostile = new ImageDetails("Alt", "", CreditKind.PHOTO, "Someone", "javascript:alert(1)", Licence.CC0_1_0);
        var onSite = new ImageDetails("Alt", "", CreditKind.PHOTO, "Someone", "/author/someone/", Licence.CC0_1_0);

        assertThatThrownBy(() -> magazine.media().upload(editor, "a.jpg", Pictures.jpeg(50, 50), hostile))
                .isInstanceOfSatisfying(Invalid.class, e -> assertThat(e.field()).isEqualTo("creditUrl"));
        assertThat(magazine.media().upload(editor, "a.jpg", Pictures.jpeg(50, 50), onSite).creditUrl()).isEqualTo("/author/someone/");
    }
}
