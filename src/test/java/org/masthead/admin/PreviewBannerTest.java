package org.masthead.admin;

import static org.assertj.core.api.Assertions.assertThat;

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
import org.masthead.common.Actor;
import org.masthead.common.Role;
import org.masthead.platform.Database;
import org.masthead.support.AdminClient;
import org.masthead.support.RunningSite;

/** The newsroom's previews say, first thing, that they are not the published page; the published page never does. */
class PreviewBannerTest {
    private static final String PASSWORD = "correct horse battery";
    private RunningSite site;
    private AdminClient editor;
    private Actor ed;

    @BeforeEach
    void start() {
        site = RunningSite.empty(Database.Kind.SQLITE);
        User admin = site.magazine().accounts().createFirstAdmin("Ada Admin", "ada@example.org", PASSWORD, "");
        ed = site.magazine().accounts().add(admin.asActor(""), "Ed Itor", "ed@example.org", Role.EDITOR, PASSWORD).asActor("");
        editor = new AdminClient(site.http().base());
        editor.signIn("ed@example.org", PASSWORD);
    }

    @AfterEach
    void stop() {
        site.close();
    }

    private Article write(String title) {
        return site.magazine().workflow().write(ed, new ArticleDraft(title, null, "", Body.markdown("Words of " + title),
                List.of(), List.of(), null), site.magazine().accounts().bylineOf(ed));
    }

    @Test
    void an_articles_preview_opens_with_a_banner_saying_it_is_not_published() {
        Article draft = write("Harbour Notes");

        Document preview = editor.get("/admin/articles/" + draft.id() + "/preview").html();

        Element banner = preview.body().child(0);
        assertThat(banner.attr("role")).isEqualTo("status");
        assertThat(banner.hasClass("preview-banner")).isTrue();
        assertThat(banner.text()).startsWith("PREVIEW — not published");
        assertThat(preview.selectFirst("article h1").text()).isEqualTo("Harbour Notes");
    }

    @Test
    void an_editions_preview_opens_with_the_same_banner() {
        Article piece = write("Harbour Notes");
        String plan = editor.submit("/admin/editions/", "/admin/editions", Map.of("starts", "2030-01-07", "ends", "", "label", ""))
                .header("Location");
        editor.submit(plan, plan + "/add", Map.of("article", Long.toString(piece.id())));

        Document preview = editor.get(plan + "/preview").html();

        assertThat(preview.body().child(0).text()).startsWith("PREVIEW — not published");
        assertThat(preview.select(".preview-banner")).hasSize(1);
    }

    @Test
    void the_published_page_has_no_banner() {
        Article piece = site.magazine().workflow().publishNow(ed, write("Harbour Notes").id());

        Document published = site.http().get(piece.path()).html();

        assertThat(published.selectFirst("article h1").text()).isEqualTo("Harbour Notes");
        assertThat(published.select(".preview-banner")).isEmpty();
        assertThat(published.text()).doesNotContain("PREVIEW");
        assertThat(site.http().get("/").html().select(".preview-banner")).isEmpty();
    }
}
