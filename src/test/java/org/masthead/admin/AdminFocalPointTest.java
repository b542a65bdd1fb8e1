package org.masthead.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.masthead.support.ArticleBuilder.anArticle;

import java.time.LocalDate;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.masthead.account.User;
import org.masthead.author.Author;
import org.masthead.author.AuthorProfile;
import org.masthead.common.Role;
import org.masthead.media.CreditKind;
import org.masthead.media.FocalPoint;
import org.masthead.media.Image;
import org.masthead.media.ImageDetails;
import org.masthead.media.Licence;
import org.masthead.platform.Database;
import org.masthead.support.AdminClient;
import org.masthead.support.Http;
import org.masthead.support.Pictures;
import org.masthead.support.RunningSite;

/** Setting a picture's focal point with the plain form, and the writer's page cropping their portrait about it. */
class AdminFocalPointTest {
    private static final String PASSWORD = "correct horse battery";
    private RunningSite site;
    private AdminClient editor;
    private Image portrait;

    @BeforeEach
    void start() {
        site = RunningSite.empty(Database.Kind.SQLITE);
        User admin = site.magazine().accounts().createFirstAdmin("Ada Admin", "ada@example.org", PASSWORD, "");
        User ed = site.magazine().accounts().add(admin.asActor(""), "Ed Itor", "ed@example.org", Role.EDITOR, PASSWORD);
        portrait = site.magazine().media().upload(ed.asActor(""), "ann.jpg", Pictures.jpeg(600, 400),
                new ImageDetails("Ann Writer", "", CreditKind.PHOTO, "Staff", null, Licence.ALL_RIGHTS_RESERVED));
        anArticle().titled("Harbour wall").withBody("Mended.").by("Ann Writer").publishedOn(LocalDate.of(2024, 3, 4))
                .in(site.magazine());
        Author ann = site.magazine().authors().findBySlug("ann-writer");
        site.magazine().authors().setProfile(ann, new AuthorProfile(null, null, "", null, null, portrait.id()));
        editor = new AdminClient(site.http().base());
        editor.signIn("ed@example.org", PASSWORD);
    }

    @AfterEach
    void stop() {
        site.close();
    }

    @Test
    void the_form_saves_the_focal_point_and_shows_it_again() {
        String page = "/admin/media/" + portrait.id();

        Http.Response saved = editor.submit(page, page + "/focus", Map.of("x", "22", "y", "68"));

        assertThat(saved.status()).isEqualTo(303);
        assertThat(site.magazine().media().find(portrait.id()).focus()).isEqualTo(new FocalPoint(22, 68));
        Document again = editor.get(saved.header("Location")).html();
        assertThat(again.selectFirst(".notice").text()).isEqualTo("The focal point is saved.");
        assertThat(again.selectFirst("#focal-x").attr("value")).isEqualTo("22");
        assertThat(again.selectFirst("#focal-y").attr("value")).isEqualTo("68");
        assertThat(again.selectFirst(".focal-frame").classNames()).contains("focal-x-20", "focal-y-70");
    }

    @Test
    void a_focal_point_off_the_picture_comes_back_with_its_error() {
        String page = "/admin/media/" + portrait.id();

        Http.Response refused = editor.submit(page, page + "/focus", Map.of("x", "140", "y", "10"));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.html().selectFirst("#focus-error").text()).contains("0 to 100");
        assertThat(site.magazine().media().find(portrait.id()).focus()).isNull();
    }

    @Test
    void the_writers_page_crops_their_portrait_about_its_focal_point() {
        String page = "/admin/media/" + portrait.id();
        editor.submit(page, page + "/focus", Map.of("x", "22", "y", "68"));

        Document author = site.http().get("/author/ann-writer/").html();

        var img = author.selectFirst("img.author-picture");
        assertThat(img.classNames()).contains("focal-x-20", "focal-y-70");
        assertThat(img.hasAttr("style")).as("the Content-Security-Policy allows no inline style").isFalse();
        String css = site.http().stylesheet("/author/ann-writer/").body();
        assertThat(css).contains("object-position: var(--focal-x, 50%) var(--focal-y, 50%)", ".focal-x-20 { --focal-x: 20%; }",
                ".focal-y-70 { --focal-y: 70%; }");
    }

    @Test
    void a_portrait_without_a_focal_point_is_cropped_about_its_centre() {
        var img = site.http().get("/author/ann-writer/").html().selectFirst("img.author-picture");

        assertThat(img.className()).isEqualTo("author-picture");
    }
}
