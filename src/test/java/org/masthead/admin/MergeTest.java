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

/** A save that met a newer one: merge the texts paragraph by paragraph, or keep either version. */
class MergeTest {
    private static final String PASSWORD = "correct horse battery";
    private static final String FIRST = "The quay at dawn.\n\nCranes stand still.\n\nThe ferry is late.";
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
        Http.Response created = writer.submit("/admin/articles/new", "/admin/articles", fields(FIELDS_TITLE, FIRST));
        path = created.header("Location").replaceFirst("\\?.*", "");
    }

    private static final String FIELDS_TITLE = "Harbour notes";

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
        var fields = new HashMap<String, String>(Map.of("title", title, "dek", "", "slug", "", "authors", "Wren Writer",
                "topics", "", "image", "", "body", body, "action", "save"));
        return fields;
    }

    /** The writer's save, made from the page as it was before the editor's. */
    private Document conflicted() {
        Document writersPage = writer.get(path).html();
        Map<String, String> edited = fields(FIELDS_TITLE, "The quay at first light.\n\nCranes stand still.\n\nThe ferry is late.");
        assertThat(editor.submit(path, path, edited).status()).isEqualTo(303);

        Map<String, String> mine = fields(FIELDS_TITLE, "The quay at dawn.\n\nCranes stand still.\n\nThe ferry is two hours late.");
        mine.put("_csrf", writersPage.selectFirst("input[name=_csrf]").val());
        mine.put("version", writersPage.selectFirst("input[name=version]").val());
        mine.put("format", "markdown");
        Http.Response refused = writer.post(path, mine);
        assertThat(refused.status()).isEqualTo(409);
        return refused.html();
    }

    private String bodyNow() {
        long id = Long.parseLong(path.substring(path.lastIndexOf('/') + 1));
        return site.magazine().articles().find(id).body().source();
    }

    @Test
    void the_conflict_offers_each_differing_paragraph_and_saves_the_text_as_chosen() {
        Document page = conflicted();

        assertThat(page.select(".merge-place")).hasSize(2);
        assertThat(page.select(".merge-place").get(0).select(".merge-text").eachText())
                .containsExactly("The quay at first light.", "The quay at dawn.");
        assertThat(page.selectFirst("form.editor-form").hasAttr("data-autosave")).as("no autosave while deciding").isFalse();

        Element form = page.selectFirst("form#article-form");
        var sent = new HashMap<String, String>();
        form.select("input[type=hidden]").forEach(input -> sent.put(input.attr("name"), input.val()));
        sent.putAll(fields(FIELDS_TITLE, form.selectFirst("textarea#body").text()));
        sent.put("body", form.selectFirst("textarea#body").wholeText());
        sent.put("keep-0", "stored");
        sent.put("keep-1", "mine");
        sent.put("action", "merge");
        Http.Response merged = writer.post(path, sent);

        assertThat(merged.status()).as(merged.body()).isEqualTo(303);
        assertThat(bodyNow()).isEqualTo("The quay at first light.\n\nCranes stand still.\n\nThe ferry is two hours late.");
        assertThat(writer.get(merged.header("Location")).html().selectFirst(".notice").text())
                .isEqualTo("Saved, with the text merged as you chose.");
    }

    @Test
    void the_conflict_offers_to_keep_the_stored_version_and_names_who_saved_it() {
        Document page = conflicted();

        assertThat(page.selectFirst(".form-message").text()).contains("Ed Itor saved a newer version on");
        assertThat(page.select(".merge a").eachAttr("href")).containsExactly(path);
        assertThat(bodyNow()).as("nothing of the writer's saved over it").startsWith("The quay at first light.");
    }
}
