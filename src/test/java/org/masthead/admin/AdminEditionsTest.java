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
        site.magazine().accounts().add(admin.asActor(""), "Con Tributor", "con@example.org", Role.CONTRIBUTOR, PASSWORD);
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

    private String openedEdition() {
        return editor.submit("/admin/editions/", "/admin/editions", Map.of("starts", "2030-01-07", "ends", "", "label", ""))
                .header("Location");
    }

    private List<String> lineupTitles(String plan) {
        return editor.get(plan).html().select("#lineup tbody tr td:nth-child(2) > a:first-child").eachText();
    }

    private List<String> lineupIds(String plan) {
        return editor.get(plan).html().select("#lineup tbody tr").eachAttr("data-id");
    }

    /** Sends the builder's form with these fields, an {@code article} for each id, as its script or a browser would. */
    private Http.Response postIds(String path, String csrf, List<String> ids, Map<String, String> headers) {
        String body = "_csrf=" + java.net.URLEncoder.encode(csrf, java.nio.charset.StandardCharsets.UTF_8)
                + ids.stream().map(id -> "&article=" + id).reduce("", String::concat);
        return editor.post(path, "application/x-www-form-urlencoded", body.getBytes(java.nio.charset.StandardCharsets.UTF_8), headers);
    }

    @Test
    void the_ticked_articles_are_added_in_one_post_in_the_order_shown() {
        String plan = openedEdition();
        Document page = editor.get(plan).html();
        List<String> shown = page.select("#candidates input[name=article]").eachAttr("value");

        Http.Response added = postIds(plan + "/add", AdminClient.csrfOf(editor.get(plan)), shown, Map.of());

        assertThat(added.status()).isEqualTo(303);
        assertThat(lineupTitles(plan)).containsExactlyElementsOf(page.select("#candidates label").eachText());
        assertThat(editor.get(plan).html().select("#candidates")).isEmpty();
    }

    @Test
    void the_articles_to_add_are_searched_by_title_or_author_without_a_script() {
        String plan = openedEdition();

        assertThat(editor.get(plan + "?q=two").html().select("#candidates label").eachText()).containsExactly("Piece Two");
        assertThat(editor.get(plan + "?q=itor").html().select("#candidates label").eachText()).hasSize(2);
        assertThat(editor.get(plan + "?q=nothing+like+it").html().select("#candidates-heading ~ p").text())
                .contains("Nothing waiting matches “nothing like it”");
    }

    @Test
    void the_builder_sets_the_whole_order_in_one_post() {
        String plan = openedEdition();
        postIds(plan + "/add", AdminClient.csrfOf(editor.get(plan)), editor.get(plan).html().select("#candidates input[name=article]").eachAttr("value"), Map.of());
        List<String> ids = lineupIds(plan);

        Http.Response ordered = postIds(plan + "/order", AdminClient.csrfOf(editor.get(plan)), ids.reversed(), Map.of("Accept", "text/plain"));

        assertThat(ordered.status()).isEqualTo(200);
        assertThat(ordered.body()).isEqualTo("The lineup is reordered.");
        assertThat(lineupIds(plan)).containsExactlyElementsOf(ids.reversed());
    }

    @Test
    void an_order_that_does_not_match_the_lineup_is_refused_with_400_and_says_why() {
        String plan = openedEdition();
        postIds(plan + "/add", AdminClient.csrfOf(editor.get(plan)), editor.get(plan).html().select("#candidates input[name=article]").eachAttr("value"), Map.of());
        List<String> ids = lineupIds(plan);
        String csrf = AdminClient.csrfOf(editor.get(plan));

        Http.Response short_ = postIds(plan + "/order", csrf, List.of(ids.get(0)), Map.of("Accept", "text/plain"));
        Http.Response stranger = postIds(plan + "/order", csrf, List.of(ids.get(0), ids.get(1), "999"), Map.of("Accept", "text/plain"));
        Http.Response garbled = postIds(plan + "/order", csrf, List.of(ids.get(0), "one"), Map.of("Accept", "text/plain"));

        assertThat(short_.status()).isEqualTo(400);
        assertThat(short_.body()).startsWith("the new order must name each of the edition's articles once (it has 2); left out: [" + ids.get(1) + "]");
        assertThat(stranger.status()).isEqualTo(400);
        assertThat(stranger.body()).contains("not in it: [999]");
        assertThat(garbled.status()).isEqualTo(400);
        assertThat(lineupIds(plan)).containsExactlyElementsOf(ids);
    }

    @Test
    void an_order_without_the_forms_token_is_refused() {
        String plan = openedEdition();
        postIds(plan + "/add", AdminClient.csrfOf(editor.get(plan)), editor.get(plan).html().select("#candidates input[name=article]").eachAttr("value"), Map.of());
        List<String> ids = lineupIds(plan);

        Http.Response forged = postIds(plan + "/order", "not-the-token", ids.reversed(), Map.of("Accept", "text/plain"));

        assertThat(forged.status()).isEqualTo(403);
        assertThat(lineupIds(plan)).containsExactlyElementsOf(ids);
    }

    @Test
    void a_writer_who_does_not_build_editions_cannot_order_or_add() {
        String plan = openedEdition();
        postIds(plan + "/add", AdminClient.csrfOf(editor.get(plan)), List.of(lineupCandidate(plan)), Map.of());
        AdminClient writer = new AdminClient(site.http().base());
        writer.signIn("con@example.org", PASSWORD);
        String csrf = AdminClient.csrfOf(writer.get("/admin/account"));
        List<String> ids = lineupIds(plan);

        Http.Response ordered = writer.post(plan + "/order", Map.of("_csrf", csrf, "article", ids.get(0)), Map.of("Accept", "text/plain"));
        Http.Response added = writer.post(plan + "/add", Map.of("_csrf", csrf, "article", lineupCandidate(plan)));

        assertThat(ordered.status()).isEqualTo(403);
        assertThat(added.status()).isEqualTo(403);
        assertThat(lineupIds(plan)).containsExactlyElementsOf(ids);
    }

    @Test
    void the_builders_remove_answers_in_place_when_asked() {
        String plan = openedEdition();
        postIds(plan + "/add", AdminClient.csrfOf(editor.get(plan)), List.of(lineupCandidate(plan)), Map.of());

        Http.Response removed = postIds(plan + "/remove", AdminClient.csrfOf(editor.get(plan)), lineupIds(plan), Map.of("Accept", "text/plain"));

        assertThat(removed.status()).isEqualTo(200);
        assertThat(removed.body()).isEqualTo("Taken out of the lineup.");
        assertThat(lineupIds(plan)).isEmpty();
    }

    private String lineupCandidate(String plan) {
        return editor.get(plan).html().selectFirst("#candidates input[name=article]").attr("value");
    }
}
