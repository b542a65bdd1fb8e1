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
import org.masthead.article.ArticleDraft;
import org.masthead.article.Body;
import org.masthead.platform.Database;
import org.masthead.support.AdminClient;
import org.masthead.support.Http;
import org.masthead.support.RunningSite;

/** The edition screens over HTTP. */
class AdminEditionsTest {
    private static final String PASSWORD = "correct horse battery";
    private RunningSite site;
    private AdminClient editor;

    @BeforeEach
    void start() {
        site = RunningSite.empty(Database.Kind.SQLITE);
        User admin = site.magazine().accounts().createFirstAdmin("Ada Admin", "ada@example.org", PASSWORD, "");
        User ed = site.magazine().accounts().add(admin.asActor(""), "Ed Itor", "ed@example.org", Role.EDITOR, PASSWORD);
        for (String title : List.of("Piece One", "Piece Two")) {
            site.magazine().workflow().write(ed.asActor(""), new ArticleDraft(title, null, "", Body.markdown("Words of " + title),
                    List.of(), List.of(), null), site.magazine().accounts().bylineOf(ed.asActor("")));
        }
        editor = new AdminClient(site.http().base());
        editor.signIn("ed@example.org", PASSWORD);
    }

    @AfterEach
    void stop() {
        site.close();
    }

    @Test
    void an_editor_opens_an_edition_fills_and_orders_it_and_previews_the_home_page() {
        Http.Response opened = editor.submit("/admin/editions/", "/admin/editions",
                Map.of("starts", "2030-01-07", "ends", "", "label", ""));
        assertThat(opened.status()).isEqualTo(303);
        String plan = opened.header("Location");

        for (String title : List.of("Piece One", "Piece Two")) {
            Document page = editor.get(plan).html();
            String id = page.select(".panel table tr").stream().filter(tr -> tr.text().contains(title)).findFirst().orElseThrow()
                    .selectFirst("input[name=article]").attr("value");
            editor.submit(plan, plan + "/add", Map.of("article", id));
        }
        Document filled = editor.get(plan).html();
        assertThat(filled.select("#lineup-heading + table tbody tr td:nth-child(2) > a:first-child").eachText()).containsExactly("Piece One", "Piece Two");
        String second = filled.select("#lineup-heading + table tbody tr").get(1).selectFirst("input[name=article]").attr("value");
        Http.Response moved = editor.post(plan + "/up", Map.of("_csrf", AdminClient.csrfOf(editor.get(plan)), "article", second));
        assertThat(moved.status()).isEqualTo(303);
        assertThat(editor.get(plan).html().select("#lineup-heading + table tbody tr td:nth-child(2) > a:first-child").eachText())
                .containsExactly("Piece Two", "Piece One");

        Document preview = editor.get(plan + "/preview").html();
        assertThat(preview.select("main section.edition").first().select(".lineup-title").eachText())
                .containsExactly("Piece Two", "Piece One");
        assertThat(preview.selectFirst("main .lineup-title").attr("href")).matches("/admin/articles/\\d+/preview");
    }

    @Test
    void scheduling_at_a_time_outside_the_edition_is_refused_next_to_the_time() {
        String plan = editor.submit("/admin/editions/", "/admin/editions", Map.of("starts", "2030-01-07", "ends", "", "label", ""))
                .header("Location");
        Document page = editor.get(plan).html();
        String id = page.selectFirst("input[name=article]").attr("value");
        editor.submit(plan, plan + "/add", Map.of("article", id));

        Http.Response refused = editor.submit(plan, plan + "/schedule", Map.of("when", "2030-01-09T06:00"));
        Http.Response scheduled = editor.submit(plan, plan + "/schedule", Map.of("when", "2030-01-07T06:00"));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.html().selectFirst("#when-error").text()).contains("goes out on one of its own days");
        assertThat(scheduled.status()).isEqualTo(303);
        assertThat(editor.get(plan).html().selectFirst(".page-head .status").text()).isEqualTo("scheduled");
    }
}
