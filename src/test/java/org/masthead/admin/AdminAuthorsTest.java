package org.masthead.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
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

/** Editors keep the bylines and bios of writers who never sign in; revisions compare any two. */
class AdminAuthorsTest {
    private static final String PASSWORD = "correct horse battery";
    private RunningSite site;
    private AdminClient editor;
    private long guest;

    @BeforeEach
    void start() {
        site = RunningSite.empty(Database.Kind.SQLITE);
        User admin = site.magazine().accounts().createFirstAdmin("Ada Admin", "ada@example.org", PASSWORD, "");
        site.magazine().accounts().add(admin.asActor(""), "Ed Itor", "ed@example.org", Role.EDITOR, PASSWORD);
        site.magazine().accounts().add(admin.asActor(""), "Con Tributor", "con@example.org", Role.CONTRIBUTOR, PASSWORD);
        guest = site.magazine().authors().findOrCreate("Guest Writer").id();
        editor = new AdminClient(site.http().base());
        editor.signIn("ed@example.org", PASSWORD);
    }

    @AfterEach
    void stop() {
        site.close();
    }

    @Test
    void an_editor_gives_a_guest_writer_a_bio_that_readers_then_see() {
        Http.Response saved = editor.submit("/admin/authors/" + guest, "/admin/authors/" + guest,
                Map.of("name", "Guest Writer", "bio", "Guest Writer reports from the *coast*."));

        assertThat(saved.status()).isEqualTo(303);
        assertThat(site.http().get("/author/guest-writer/").html().selectFirst(".bio em").text()).isEqualTo("coast");
        assertThat(editor.get("/admin/authors/?words=guest").html().select("table.list td a").eachText()).contains("Guest Writer");
    }

    @Test
    void a_contributor_cannot_change_a_guest_writers_bio() {
        var contributor = new AdminClient(site.http().base());
        contributor.signIn("con@example.org", PASSWORD);
        String token = AdminClient.csrfOf(contributor.get("/admin/"));

        Http.Response refused = contributor.post("/admin/authors/" + guest, Map.of("_csrf", token, "name", "Hijacked", "bio", "x"));

        assertThat(refused.status()).isEqualTo(403);
        assertThat(site.magazine().authors().find(guest).name()).isEqualTo("Guest Writer");
    }

    @Test
    void any_two_revisions_can_be_compared() {
        var ed = site.magazine().accounts().find(2).asActor("");
        var article = site.magazine().workflow().write(ed, new ArticleDraft("Three Saves", null, "", Body.markdown("One."),
                List.of(), List.of(), null), site.magazine().accounts().bylineOf(ed));
        var second = site.magazine().workflow().save(ed, article.id(), new ArticleDraft("Three Saves", null, "",
                Body.markdown("Two."), article.authorIds(), List.of(), null), article.version());
        site.magazine().workflow().save(ed, article.id(), new ArticleDraft("Three Saves", null, "", Body.markdown("Three."),
                article.authorIds(), List.of(), null), second.version());

        var compared = editor.get("/admin/articles/" + article.id() + "/revisions?from=1&to=3").html();

        assertThat(compared.selectFirst("h1").text()).isEqualTo("Revision 1 and revision 3 of “Three Saves”");
        assertThat(compared.select(".diff-changed td").eachText()).contains("One.", "Three.");
    }
}
