package org.masthead.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.masthead.common.Role;
import org.masthead.account.User;
import org.masthead.platform.Database;
import org.masthead.support.AdminClient;
import org.masthead.support.Http;
import org.masthead.support.RunningSite;

/** The article screens over HTTP: writing, errors by their field, conflicts, the workflow's buttons. */
class AdminArticlesTest {
    private static final String PASSWORD = "correct horse battery";
    private RunningSite site;

    @BeforeEach
    void start() {
        site = RunningSite.empty(Database.Kind.SQLITE);
        User admin = site.magazine().accounts().createFirstAdmin("Ada Admin", "ada@example.org", PASSWORD, "");
        site.magazine().accounts().add(admin.asActor(""), "Ed Itor", "ed@example.org", Role.EDITOR, PASSWORD);
        site.magazine().accounts().add(admin.asActor(""), "Con Tributor", "con@example.org", Role.CONTRIBUTOR, PASSWORD);
    }

    @AfterEach
    void stop() {
        site.close();
    }

    private AdminClient signedIn(String email) {
        var client = new AdminClient(site.http().base());
        assertThat(client.signIn(email, PASSWORD).status()).isEqualTo(303);
        return client;
    }

    private static Map<String, String> article(String title, String body) {
        var fields = new HashMap<String, String>();
        fields.put("title", title);
        fields.put("dek", "");
        fields.put("slug", "");
        fields.put("topics", "Labour, Europe");
        fields.put("image", "");
        fields.put("body", body);
        fields.put("action", "save");
        return fields;
    }

    private String write(AdminClient client, String title, String body) {
        Http.Response created = client.submit("/admin/articles/new", "/admin/articles", article(title, body));
        assertThat(created.status()).as(created.body()).isEqualTo(303);
        return created.header("Location").replaceFirst("\\?.*", "");
    }

    @Test
    void a_contributor_writes_a_draft_and_finds_it_saved_under_their_byline() {
        AdminClient contributor = signedIn("con@example.org");

        String path = write(contributor, "Port Strike Diary", "Day *one*.");
        Document page = contributor.get(path + "?done=created").html();

        assertThat(page.selectFirst(".notice").text()).isEqualTo("Saved as a draft.");
        assertThat(page.selectFirst("#authors").text()).isEqualTo("Con Tributor");
        assertThat(page.selectFirst("#topics").attr("value")).isEqualTo("Labour, Europe");
        assertThat(page.selectFirst("#body-preview").html()).contains("<em>one</em>");
        assertThat(page.select("button[value=publish]")).as("a contributor cannot publish").isEmpty();
        assertThat(page.select("button[value=submit]")).isNotEmpty();
    }

    @Test
    void a_refused_save_shows_the_error_by_its_field_and_keeps_every_word() {
        AdminClient editor = signedIn("ed@example.org");
        Map<String, String> fields = article(" ", "A long text that must not be lost.");

        Http.Response refused = editor.submit("/admin/articles/new", "/admin/articles", fields);

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.html().selectFirst("#title-error").text()).isEqualTo("An article needs a title.");
        assertThat(refused.html().select(".error-summary a[href=#title]")).as("summed up beside the buttons").hasSize(1);
        assertThat(refused.html().selectFirst("#body").text()).isEqualTo("A long text that must not be lost.");
    }

    @Test
    void the_live_preview_renders_markdown_as_it_will_be_published_and_safely() {
        AdminClient editor = signedIn("ed@example.org");
        String token = AdminClient.csrfOf(editor.get("/admin/articles/new"));

        Http.Response preview = editor.post("/admin/preview", Map.of("_csrf", token, "format", "markdown",
                "markdown", "# Heading\n\n**Bold** <script>alert(1)</script>"));

        assertThat(preview.status()).isEqualTo(200);
        assertThat(preview.body()).contains("<h2>Heading</h2>", "<strong>Bold</strong>").doesNotContain("<script");
    }

    @Test
    void two_editors_saving_the_same_version_end_in_a_conflict_that_loses_nothing() {
        AdminClient first = signedIn("ed@example.org");
        AdminClient second = signedIn("ada@example.org");
        String path = write(first, "Shared Desk", "Original text.");
        Document formOfSecond = second.get(path).html();

        Map<String, String> firstEdit = article("Shared Desk", "The first editor's text.");
        first.submit(path, path, firstEdit);
        Map<String, String> secondEdit = article("Shared Desk", "The second editor's text.");
        secondEdit.put("_csrf", formOfSecond.selectFirst("input[name=_csrf]").attr("value"));
        secondEdit.put("version", formOfSecond.selectFirst("input[name=version]").attr("value"));
        secondEdit.put("format", "markdown");
        secondEdit.put("authors", "Ed Itor");
        Http.Response conflict = second.post(path, secondEdit);

        assertThat(conflict.status()).isEqualTo(409);
        Document page = conflict.html();
        assertThat(page.selectFirst(".form-message").text()).startsWith("Someone saved this article while you were editing it");
        assertThat(page.selectFirst("#body").text()).isEqualTo("The second editor's text.");
        assertThat(page.select(".conflict .diff-changed td").eachText()).anyMatch(t -> t.contains("first editor"))
                .anyMatch(t -> t.contains("second editor"));
        assertThat(first.get(path).html().selectFirst("#body").text()).isEqualTo("The first editor's text.");

        Http.Response knowingly = second.submit(path + "?again", path, Map.of("body", "The second editor's text.",
                "title", "Shared Desk", "authors", "Ed Itor", "action", "save"));
        assertThat(knowingly.status()).isEqualTo(303);
    }

    @Test
    void a_contributor_submits_an_editor_finds_it_waiting_and_publishes_it() {
        AdminClient contributor = signedIn("con@example.org");
        String path = write(contributor, "Waiting Room", "Words for review.");
        Map<String, String> submit = article("Waiting Room", "Words for review.");
        submit.put("action", "submit");
        assertThat(contributor.submit(path, path, submit).header("Location")).endsWith("?done=submit");

        AdminClient editor = signedIn("ed@example.org");
        Document waiting = editor.get("/admin/articles/?status=submitted").html();
        assertThat(waiting.select("table.list td a").eachText()).containsExactly("Waiting Room");
        Map<String, String> publish = article("Waiting Room", "Words for review.");
        publish.put("action", "publish");
        publish.put("authors", "Con Tributor");
        Http.Response published = editor.submit(path, path, publish);

        assertThat(published.header("Location")).endsWith("?done=publish");
        String publicPath = editor.get(path).html().selectFirst("a[href^=/20]").attr("href");
        assertThat(site.http().get(publicPath).html().selectFirst("h1").text()).isEqualTo("Waiting Room");
        assertThat(contributor.get(path).html().select("fieldset[disabled]")).as("no longer the contributor's to edit").isNotEmpty();
    }

    @Test
    void the_preview_shows_a_draft_exactly_as_readers_will_see_it_and_only_to_the_newsroom() {
        AdminClient editor = signedIn("ed@example.org");
        String path = write(editor, "Not Out Yet", "Draft words.");

        Document preview = editor.get(path + "/preview").html();

        assertThat(preview.selectFirst("article h1").text()).isEqualTo("Not Out Yet");
        assertThat(preview.select(".article-body p").eachText()).containsExactly("Draft words.");
        assertThat(preview.select(".share-top a")).isNotEmpty();
        assertThat(new AdminClient(site.http().base()).get(path + "/preview").status()).isEqualTo(303);
        assertThat(site.http().get("/2026/").status()).isEqualTo(404);
    }

    @Test
    void revisions_are_listed_compared_and_restored() {
        AdminClient editor = signedIn("ed@example.org");
        String path = write(editor, "Three Drafts", "First version.");
        editor.submit(path, path, article("Three Drafts", "Second version."));

        Document revisions = editor.get(path + "/revisions").html();
        assertThat(revisions.select("table.list tbody tr")).hasSize(2);
        Document compare = editor.get(path + "/revisions?compare=1,2").html();
        assertThat(compare.select(".diff-changed td").eachText()).contains("First version.", "Second version.");
        assertThat(compare.select(".diff-changed del").eachText()).contains("First");

        Http.Response stale = editor.submit(path + "/revisions", path + "/revisions", Map.of("revision", "1", "version", "1"));
        assertThat(stale.status()).as("someone saved since that list was opened").isEqualTo(409);
        assertThat(stale.html().selectFirst(".form-message").text()).startsWith("Someone saved this article after you opened this list");
        assertThat(stale.html().select("table.list tbody tr")).hasSize(2);

        Http.Response restored = editor.submit(path + "/revisions", path + "/revisions", Map.of("revision", "1"));
        assertThat(restored.header("Location")).endsWith("?done=restored");
        assertThat(editor.get(path).html().selectFirst("#body").text()).isEqualTo("First version.");
    }

    @Test
    void the_list_filters_by_status_author_and_title_and_says_when_a_filter_is_wrong() {
        AdminClient editor = signedIn("ed@example.org");
        write(editor, "Alpha Piece", "a");
        write(editor, "Beta Piece", "b");

        assertThat(editor.get("/admin/articles/?words=alpha").html().select("table.list td a").eachText()).containsExactly("Alpha Piece");
        assertThat(editor.get("/admin/articles/?author=Ed+Itor&status=draft").html().select("table.list td a").eachText())
                .containsExactlyInAnyOrder("Alpha Piece", "Beta Piece");
        Http.Response wrong = editor.get("/admin/articles/?author=Nobody+Known");
        assertThat(wrong.status()).isEqualTo(400);
        assertThat(wrong.html().selectFirst("#author-error").text()).isEqualTo("No author is called 'Nobody Known'.");
    }
}
