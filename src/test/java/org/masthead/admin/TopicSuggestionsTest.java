package org.masthead.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.masthead.platform.Database;
import org.masthead.support.AdminClient;
import org.masthead.support.Http;
import org.masthead.support.ReferencePage;
import org.masthead.support.RunningSite;

/** The editor suggests topics from the text; a suggestion becomes a topic only when the editor keeps it. */
class TopicSuggestionsTest {
    private static final String PASSWORD = "correct horse battery";
    private RunningSite site;

    @BeforeEach
    void start() {
        site = RunningSite.empty(Database.Kind.SQLITE);
        site.magazine().accounts().createFirstAdmin("Ada Admin", "ada@example.org", PASSWORD, "");
    }

    @AfterEach
    void stop() {
        site.close();
    }

    @Test
    void the_reference_article_gets_its_names_suggested_and_a_kept_one_becomes_a_topic() {
        var editor = new AdminClient(site.http().base());
        assertThat(editor.signIn("ada@example.org", PASSWORD).status()).isEqualTo(303);
        Map<String, String> fields = new HashMap<>();
        fields.put("title", ReferencePage.TITLE);
        fields.put("topics", "Iraq");
        fields.put("body", String.join("\n\n", ReferencePage.paragraphs()));
        fields.put("action", "save");
        Http.Response created = editor.submit("/admin/articles/new", "/admin/articles", fields);
        String path = created.header("Location").replaceFirst("\\?.*", "");

        Document page = editor.get(path).html();
        var suggested = page.select(".suggested-topics input[name=keep_topic]").eachAttr("value");
        assertThat(suggested).contains("Isis", "Mosul", "Raqqa", "Nassiriya", "Parsons Green", "Jeremy Corbyn", "David Cameron")
                .as("a topic already chosen is not suggested").doesNotContain("Iraq");
        assertThat(site.magazine().topics().existingSlugs(java.util.List.of("mosul"))).as("not a topic until kept").isEmpty();

        Map<String, String> keep = new HashMap<>(fields);
        keep.put("keep_topic", "Mosul");
        assertThat(editor.submit(path, path, keep).status()).isEqualTo(303);

        Document saved = editor.get(path).html();
        assertThat(saved.selectFirst("#topics").attr("value")).isEqualTo("Iraq, Mosul");
        assertThat(saved.select(".suggested-topics input[name=keep_topic]").eachAttr("value")).doesNotContain("Mosul").contains("Isis");
    }
}
