package org.masthead.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.masthead.account.User;
import org.masthead.common.Role;
import org.masthead.platform.Database;
import org.masthead.support.AdminClient;
import org.masthead.support.Http;
import org.masthead.support.RunningSite;

/** The editor's autosave over HTTP, and the summary of what stops a save or a step, beside the buttons. */
class AutosaveScreenTest {
    private static final String PASSWORD = "correct horse battery";
    private RunningSite site;
    private AdminClient writer;
    private AdminClient editor;
    private String path;

    @BeforeEach
    void start() {
        site = RunningSite.empty(Database.Kind.SQLITE);
        User admin = site.magazine().accounts().createFirstAdmin("Ada Admin", "ada@example.org", PASSWORD, "");
        site.magazine().accounts().add(admin.asActor(""), "Ed Itor", "ed@example.org", Role.EDITOR, PASSWORD);
        site.magazine().accounts().add(admin.asActor(""), "Wren Writer", "wren@example.org", Role.CONTRIBUTOR, PASSWORD);
        writer = signedIn("wren@example.org");
        editor = signedIn("ed@example.org");
        Http.Response created = writer.submit("/admin/articles/new", "/admin/articles", fields("Harbour notes", "First words."));
        assertThat(created.status()).as(created.body()).isEqualTo(303);
        path = created.header("Location").replaceFirst("\\?.*", "");
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

    private static Map<String, String> fields(String title, String body) {
        var fields = new HashMap<String, String>();
        fields.put("title", title);
        fields.put("dek", "");
        fields.put("slug", "");
        fields.put("authors", "Wren Writer");
        fields.put("topics", "");
        fields.put("image", "");
        fields.put("body", body);
        return fields;
    }

    /** The editing form's hidden fields (token, version, format) and these, sent as the editor's script sends them. */
    private Http.Response autosave(AdminClient client, Document page, String body) {
        Element form = page.selectFirst("form.editor-form");
        var sent = new HashMap<String, String>();
        form.select("input[type=hidden]").forEach(input -> sent.put(input.attr("name"), input.attr("value")));
        sent.putAll(fields("Harbour notes", body));
        return client.post(form.attr("data-autosave"), sent);
    }

    private String bodyNow() {
        long id = Long.parseLong(path.substring(path.lastIndexOf('/') + 1));
        return site.magazine().articles().find(id).body().source();
    }

    @Test
    void a_draft_is_saved_as_typed_and_answers_with_its_new_version() {
        Document page = writer.get(path).html();
        int before = Integer.parseInt(page.selectFirst("input[name=version]").val());

        Http.Response saved = autosave(writer, page, "First words, and then some.");

        assertThat(saved.status()).as(saved.body()).isEqualTo(200);
        assertThat(saved.header("Content-Type")).startsWith("application/json");
        assertThat(saved.body()).isEqualTo("{\"version\":" + (before + 1) + "}");
        assertThat(bodyNow()).isEqualTo("First words, and then some.");
    }

    @Test
    void a_newer_save_by_someone_else_stops_it_and_says_who_and_when() {
        Document writersPage = writer.get(path).html();
        Map<String, String> edited = fields("Harbour notes", "The editor's cut.");
        edited.put("action", "save");
        assertThat(editor.submit(path, path, edited).status()).isEqualTo(303);

        Http.Response refused = autosave(writer, writersPage, "The writer's words.");

        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.body()).contains("Not saved: Ed Itor saved a newer version on ").contains("press Save");
        assertThat(bodyNow()).isEqualTo("The editor's cut.");
    }

    @Test
    void without_the_page_token_nothing_is_saved() {
        Document page = writer.get(path).html();
        Map<String, String> forged = fields("Harbour notes", "Forged words.");
        forged.put("version", page.selectFirst("input[name=version]").val());

        Http.Response refused = writer.post(page.selectFirst("form.editor-form").attr("data-autosave"), forged);

        assertThat(refused.status()).isEqualTo(403);
        assertThat(bodyNow()).isEqualTo("First words.");
    }

    @Test
    void a_published_piece_is_not_autosaved_and_its_page_does_not_ask_for_it() {
        Map<String, String> publish = fields("Harbour notes", "First words.");
        publish.put("action", "publish");
        assertThat(editor.submit(path, path, publish).status()).isEqualTo(303);
        Document page = editor.get(path).html();

        assertThat(page.selectFirst("form.editor-form").hasAttr("data-autosave")).isFalse();
        assertThat(writer.get(path).html().selectFirst("form.editor-form").hasAttr("data-autosave")).isFalse();
        Map<String, String> sent = fields("Harbour notes", "Half-typed");
        page.select("form.editor-form input[type=hidden]").forEach(input -> sent.put(input.attr("name"), input.attr("value")));
        Http.Response refused = editor.post(path + "/autosave", sent);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body()).contains("Save button");
        assertThat(bodyNow()).isEqualTo("First words.");
    }

    @Test
    void what_stops_a_step_is_summed_up_beside_the_buttons_each_linking_to_its_field() {
        Map<String, String> publish = fields(" ", "First words.");
        publish.put("authors", "");
        publish.put("action", "publish");

        Http.Response refused = editor.submit(path, path, publish);

        assertThat(refused.status()).isEqualTo(400);
        Element summary = refused.html().selectFirst(".actions .error-summary");
        assertThat(summary).as(refused.body()).isNotNull();
        assertThat(summary.select("a").eachAttr("href")).contains("#title");
        assertThat(refused.html().selectFirst("#title")).isNotNull();
    }
}
