package org.masthead.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.masthead.account.User;
import org.masthead.article.Article;
import org.masthead.article.ArticleDraft;
import org.masthead.article.Body;
import org.masthead.common.Role;
import org.masthead.media.CreditKind;
import org.masthead.media.Image;
import org.masthead.media.ImageDetails;
import org.masthead.media.Licence;
import org.masthead.platform.Database;
import org.masthead.support.AdminClient;
import org.masthead.support.Http;
import org.masthead.support.Pictures;
import org.masthead.support.RunningSite;

/** Choosing the lead picture from thumbnails, and giving it its credit from the article, without leaving it. */
class LeadPictureTest {
    private static final String PASSWORD = "correct horse battery";
    private RunningSite site;
    private AdminClient editor;
    private Article article;
    private Image uncredited;
    private String path;

    @BeforeEach
    void start() {
        site = RunningSite.empty(Database.Kind.SQLITE);
        User admin = site.magazine().accounts().createFirstAdmin("Ada Admin", "ada@example.org", PASSWORD, "");
        User ed = site.magazine().accounts().add(admin.asActor(""), "Ed Itor", "ed@example.org", Role.EDITOR, PASSWORD);
        article = site.magazine().workflow().write(ed.asActor(""), new ArticleDraft("Cranes at Dusk", null, "",
                Body.markdown("Words."), List.of(), List.of(), null), site.magazine().accounts().bylineOf(ed.asActor("")));
        var media = site.magazine().media();
        media.upload(ed.asActor(""), "gulls.jpg", Pictures.jpeg(800, 500),
                new ImageDetails("Gulls on a post", "", CreditKind.PHOTO, "Bo Lens", null, Licence.CC_BY_4_0));
        uncredited = media.upload(ed.asActor(""), "quay.jpg", Pictures.jpeg(800, 500),
                new ImageDetails("", "", CreditKind.PHOTO, "", null, Licence.CC_BY_4_0));
        editor = new AdminClient(site.http().base());
        editor.signIn("ed@example.org", PASSWORD);
        path = "/admin/articles/" + article.id();
    }

    @AfterEach
    void stop() {
        site.close();
    }

    private Map<String, String> publishing(String image) {
        var fields = new HashMap<String, String>();
        fields.put("title", "Cranes at Dusk");
        fields.put("body", "Words.");
        fields.put("authors", "Ed Itor");
        fields.put("image", image);
        fields.put("action", "publish");
        return fields;
    }

    @Test
    void the_library_is_offered_as_thumbnails_with_what_each_still_needs() {
        Document page = editor.get(path).html();

        assertThat(page.select(".lead-picker input[type=radio]").eachAttr("value"))
                .containsExactly("", Long.toString(uncredited.id()), Long.toString(uncredited.id() - 1));
        assertThat(page.select(".lead-picker img")).hasSize(2).allSatisfy(img -> assertThat(img.attr("alt")).isEmpty());
        assertThat(page.selectFirst(".lead-picker input[value=" + uncredited.id() + "] ~ span").text())
                .matches("quay-[a-z2-9]{10}\\.jpg needs alt text, a credit");
        assertThat(page.selectFirst("#image").hasAttr("checked")).as("none chosen yet").isTrue();
        assertThat(page.select(".lead-credit")).as("no credit to ask for while none is chosen").isEmpty();
    }

    @Test
    void a_picture_without_credit_is_refused_then_credited_from_the_article_and_goes_out_with_it() {
        Http.Response refused = editor.submit(path, path, publishing(Long.toString(uncredited.id())));

        assertThat(refused.status()).isEqualTo(400);
        Document page = refused.html();
        assertThat(page.select(".error-summary a[href=#image]")).hasSize(1);
        assertThat(page.selectFirst(".lead-picker input[value=" + uncredited.id() + "]").hasAttr("checked")).isTrue();
        assertThat(page.selectFirst(".lead-credit #credit")).as("asked for here").isNotNull();

        Map<String, String> credited = publishing(Long.toString(uncredited.id()));
        credited.putAll(Map.of("alt", "Cranes over the quay", "caption", "", "kind", "photo", "credit", "Ann Photographer",
                "creditUrl", "", "licence", "cc-by-4.0"));
        Http.Response published = editor.submit(path, path, credited);

        assertThat(published.status()).as(published.body()).isEqualTo(303);
        assertThat(site.magazine().media().find(uncredited.id()).isAttributed()).isTrue();
        Document live = site.http().get(site.magazine().articles().find(article.id()).path()).html();
        assertThat(live.selectFirst("figure.lead-image img").attr("alt")).isEqualTo("Cranes over the quay");
        assertThat(live.selectFirst("figure .credit").text()).isEqualTo("Photo by Ann Photographer | CC BY 4.0");
        assertThat(editor.get(path).html().select(".lead-credit")).as("nothing left to ask").isEmpty();
    }
}
