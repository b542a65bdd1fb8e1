package org.masthead.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.masthead.account.User;
import org.masthead.article.Article;
import org.masthead.article.ArticleDraft;
import org.masthead.article.Body;
import org.masthead.common.Role;
import org.masthead.platform.Database;
import org.masthead.support.AdminClient;
import org.masthead.support.Http;
import org.masthead.support.Pictures;
import org.masthead.support.RunningSite;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Pictures inside the text: uploaded from the editor with their credit, inserted as figures that keep it when published. */
class InlinePicturesTest {
    private static final String PASSWORD = "correct horse battery";
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private RunningSite site;
    private AdminClient editor;
    private Article article;
    private String path;

    @BeforeEach
    void start() {
        site = RunningSite.empty(Database.Kind.SQLITE);
        User admin = site.magazine().accounts().createFirstAdmin("Ada Admin", "ada@example.org", PASSWORD, "");
        User ed = site.magazine().accounts().add(admin.asActor(""), "Ed Itor", "ed@example.org", Role.EDITOR, PASSWORD);
        article = site.magazine().workflow().write(ed.asActor(""), new ArticleDraft("Cranes at Dusk", null, "",
                Body.markdown("Words."), List.of(), List.of(), null), site.magazine().accounts().bylineOf(ed.asActor("")));
        editor = new AdminClient(site.http().base());
        editor.signIn("ed@example.org", PASSWORD);
        path = "/admin/articles/" + article.id();
    }

    @AfterEach
    void stop() {
        site.close();
    }

    private static Map<String, String> credited() {
        return new HashMap<>(Map.of("alt", "Cranes over the quay", "caption", "The port at dusk", "kind", "photo",
                "credit", "Ann Photographer", "creditUrl", "https://ann.example/", "licence", "cc-by-4.0"));
    }

    @Test
    void an_upload_without_its_credit_is_refused_by_field_and_keeps_nothing() throws Exception {
        Map<String, String> fields = credited();
        fields.put("credit", " ");

        Http.Response refused = editor.upload(path, "/admin/media/inline", fields, "quay.jpg", Pictures.jpeg(1600, 900));

        assertThat(refused.status()).isEqualTo(400);
        JsonNode answer = JSON.readTree(refused.body());
        assertThat(answer.get("field").asString()).isEqualTo("credit");
        assertThat(answer.get("message").asString()).isEqualTo("Name who made the picture.");
        assertThat(site.magazine().media().library(new org.masthead.common.PageRequest(1, 10)).items()).isEmpty();
    }

    @Test
    void a_picture_uploaded_in_place_goes_out_inside_the_text_with_its_size_caption_credit_and_licence() throws Exception {
        Http.Response uploaded = editor.upload(path, "/admin/media/inline", credited(), "quay.jpg", Pictures.jpeg(1600, 900));
        assertThat(uploaded.status()).as(uploaded.body()).isEqualTo(201);
        String figure = JSON.readTree(uploaded.body()).get("figure").asString();

        JsonNode library = JSON.readTree(editor.get("/admin/media/inline").body());
        assertThat(library.get("pictures").get(0).get("figure").asString()).isEqualTo(figure);

        var fields = Map.of("title", "Cranes at Dusk", "authors", "Ed Itor", "body", "Before.\n\n" + figure + "\n\nAfter.",
                "action", "publish");
        assertThat(editor.submit(path, path, fields).status()).isEqualTo(303);

        Document page = site.http().get(site.magazine().articles().find(article.id()).path()).html();
        Element inText = page.selectFirst(".article-body figure");
        assertThat(inText).as(page.select(".article-body").outerHtml()).isNotNull();
        Element img = inText.selectFirst("img");
        assertThat(img.attr("alt")).isEqualTo("Cranes over the quay");
        assertThat(img.attr("src")).matches("/media/quay-[a-z2-9]{10}\\.jpg");
        assertThat(img.attr("loading")).isEqualTo("lazy");
        assertThat(site.http().get(img.attr("src")).header("Cache-Control")).as("a stored picture never changes")
                .isEqualTo("public, max-age=31536000, immutable");
        assertThat(img.attr("width")).isEqualTo("1600");
        assertThat(inText.selectFirst("figcaption").text())
                .isEqualTo("The port at dusk Photo by Ann Photographer | CC BY 4.0");
        assertThat(inText.select("figcaption a").eachAttr("href"))
                .containsExactly("https://ann.example/", "https://creativecommons.org/licenses/by/4.0/");
    }
}
