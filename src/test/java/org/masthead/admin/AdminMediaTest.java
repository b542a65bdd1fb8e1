package org.masthead.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.masthead.common.Role;
import org.masthead.account.User;
import org.masthead.article.Article;
import org.masthead.article.ArticleDraft;
import org.masthead.article.Body;
import org.masthead.platform.Database;
import org.masthead.support.AdminClient;
import org.masthead.support.Http;
import org.masthead.support.Pictures;
import org.masthead.support.RunningSite;

/** Uploading to the media library and choosing a lead image, over HTTP. */
class AdminMediaTest {
    private static final String PASSWORD = "correct horse battery";
    private RunningSite site;
    private AdminClient editor;
    private Article article;

    @BeforeEach
    void start() {
        site = RunningSite.empty(Database.Kind.SQLITE);
        User admin = site.magazine().accounts().createFirstAdmin("Ada Admin", "ada@example.org", PASSWORD, "");
        User ed = site.magazine().accounts().add(admin.asActor(""), "Ed Itor", "ed@example.org", Role.EDITOR, PASSWORD);
        article = site.magazine().workflow().write(ed.asActor(""), new ArticleDraft("With A Picture", null, "",
                Body.markdown("Words."), List.of(), List.of(), null), site.magazine().accounts().bylineOf(ed.asActor("")));
        editor = new AdminClient(site.http().base());
        editor.signIn("ed@example.org", PASSWORD);
    }

    @AfterEach
    void stop() {
        site.close();
    }

    private static Map<String, String> credited() {
        return Map.of("alt", "Cranes over the quay", "caption", "The port at dusk", "kind", "photo",
                "credit", "Ann Photographer", "creditUrl", "https://ann.example/", "licence", "cc-by-4.0");
    }

    @Test
    void a_picture_uploaded_for_an_article_becomes_its_lead_image_and_is_served_with_its_copies() {
        var fields = new java.util.HashMap<>(credited());
        fields.put("for", Long.toString(article.id()));

        Http.Response uploaded = editor.upload("/admin/media/?for=" + article.id(), "/admin/media", fields, "quay.jpg",
                Pictures.jpeg(1600, 900));

        assertThat(uploaded.status()).isEqualTo(303);
        assertThat(uploaded.header("Location")).isEqualTo("/admin/articles/" + article.id() + "?done=lead-image");
        Document page = editor.get(uploaded.header("Location")).html();
        assertThat(page.selectFirst(".notice").text()).isEqualTo("The lead image is chosen.");
        String name = page.selectFirst(".picker input[checked] ~ img").attr("src").replace("-480w.jpg", "");
        assertThat(name).matches("/media/quay-[a-z2-9]{10}");
        assertThat(site.http().get("/media/quay.jpg").status()).as("found by guessing its name").isEqualTo(404);

        editor.submit("/admin/articles/" + article.id(), "/admin/articles/" + article.id(),
                Map.of("action", "publish", "title", "With A Picture", "body", "Words.", "authors", "Ed Itor", "format", "markdown",
                        "image", page.selectFirst(".picker input[checked]").attr("value")));
        String path = site.magazine().articles().find(article.id()).path();
        Document published = site.http().get(path).html();
        var img = published.selectFirst("figure.lead-image img");
        assertThat(img.attr("alt")).isEqualTo("Cranes over the quay");
        assertThat(img.attr("fetchpriority")).as("the largest paint of the page, fetched first").isEqualTo("high");
        assertThat(img.attr("srcset")).contains(name + "-480w.jpg 480w", name + ".jpg 1600w");
        assertThat(published.selectFirst("figure .credit").text()).isEqualTo("Photo by Ann Photographer | CC BY 4.0");
        assertThat(site.http().get(name + "-800w.jpg").status()).isEqualTo(200);
    }

    @Test
    void a_file_that_is_not_a_picture_comes_back_with_the_error_and_the_details_typed() {
        Http.Response refused = editor.upload("/admin/media/", "/admin/media", credited(), "notes.pdf",
                "%PDF-1.4 not a picture".getBytes(java.nio.charset.StandardCharsets.UTF_8));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.html().selectFirst("#file-error").text()).contains("JPEG, PNG, GIF or WebP");
        assertThat(refused.html().selectFirst("#alt").attr("value")).isEqualTo("Cranes over the quay");
    }

    @Test
    void an_upload_over_the_limit_is_refused_plainly_before_it_is_read() {
        Http.Response refused = editor.upload("/admin/media/", "/admin/media", credited(), "huge.jpg", new byte[27 * 1024 * 1024]);

        assertThat(refused.status()).isEqualTo(413);
        assertThat(refused.html().selectFirst("main").text()).contains("larger than 25 MB");
    }

    @Test
    void the_library_shows_which_pictures_still_need_alt_text_or_a_credit() {
        editor.upload("/admin/media/", "/admin/media", Map.of("alt", "", "credit", "", "kind", "photo", "licence", "cc0-1.0"),
                "bare.jpg", Pictures.jpeg(200, 200));

        Document library = editor.get("/admin/media/").html();

        assertThat(library.select(".library li")).hasSize(1);
        assertThat(library.selectFirst(".library li").text()).contains("needs alt text or a credit", "No alt text");
    }
}
