package org.masthead.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import java.util.List;
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
import org.masthead.support.Browser;
import org.masthead.support.RunningSite;

/** The article editor in a real browser: its toolbar and shortcuts, typography as one types, counts, autosave. */
class EditorTest {
    private static final String PASSWORD = "correct horse battery";
    private static final LocatorAssertions.ContainsTextOptions PATIENT = new LocatorAssertions.ContainsTextOptions().setTimeout(15_000);

    private RunningSite site;
    private Browser browser;
    private Actor editor;
    private Article article;

    @BeforeEach
    void start() {
        site = RunningSite.empty(Database.Kind.SQLITE);
        var accounts = site.magazine().accounts();
        User admin = accounts.createFirstAdmin("Ada Admin", "ada@example.org", PASSWORD, "");
        editor = accounts.add(admin.asActor(""), "Ed Itor", "ed@example.org", Role.EDITOR, PASSWORD).asActor("");
        User writer = accounts.add(admin.asActor(""), "Wren Writer", "wren@example.org", Role.CONTRIBUTOR, PASSWORD);
        article = site.magazine().workflow().write(writer.asActor(""), new ArticleDraft("Harbour notes", null, "",
                Body.markdown("First words."), List.of(), List.of(), null), accounts.bylineOf(writer.asActor("")));
        browser = new Browser();
    }

    @AfterEach
    void stop() {
        browser.close();
        site.close();
    }

    private Page editing(String email) {
        Page page = browser.newContext().newPage();
        page.navigate(site.http().base().resolve("/admin/sign-in").toString());
        page.getByLabel("Email address").fill(email);
        page.getByLabel("Password").fill(PASSWORD);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
        assertThat(page.locator("h1")).containsText("Hello");
        page.navigate(site.http().base().resolve("/admin/articles/" + article.id()).toString());
        return page;
    }

    private static String text(Locator body) {
        return (String) body.evaluate("t => t.value");
    }

    @Test
    void the_toolbar_and_its_shortcuts_mark_up_the_selection_and_arrows_move_along_it() {
        Page page = editing("wren@example.org");
        Locator body = page.locator("#body");
        body.fill("Plain words here");
        body.evaluate("t => t.setSelectionRange(6, 11)");

        body.press("Control+b");
        assertThat(text(body)).isEqualTo("Plain **words** here");
        page.getByRole(AriaRole.TOOLBAR, new Page.GetByRoleOptions().setName("Formatting"))
                .getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Heading")).click();
        assertThat(text(body)).isEqualTo("## Plain **words** here");
        body.press("Control+z");
        assertThat(text(body)).as("undo takes the heading back").isEqualTo("Plain **words** here");
        assertThat(page.locator("#body-preview strong")).hasText("words");

        Locator bold = page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Bold"));
        bold.focus();
        page.keyboard().press("ArrowRight");
        assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Italic"))).isFocused();
        assertThat(bold).hasAttribute("aria-keyshortcuts", "Control+B");
        page.setViewportSize(1280, 900);
        page.screenshot(new Page.ScreenshotOptions().setPath(java.nio.file.Path.of("target/screenshots/editor-1280.png")));
    }

    @Test
    void quotes_apostrophes_dashes_and_ellipses_come_out_as_a_magazine_prints_them_but_not_in_code() {
        Page page = editing("wren@example.org");
        Locator body = page.locator("#body");
        body.fill("");

        body.pressSequentially("\"Nobody asks us,\" she said -- it's the 'quiet' part... `x = \"y\"`");

        assertThat(text(body)).isEqualTo("\u201CNobody asks us,\u201D she said \u2013 it\u2019s the \u2018quiet\u2019 part\u2026 `x = \"y\"`");
        assertThat(page.locator(".word-count")).hasText("11 words · 1 min read");
    }

    @Test
    void a_draft_saves_itself_and_stops_rather_than_overwrite_a_newer_save() {
        Page page = editing("wren@example.org");
        Locator body = page.locator("#body");
        Locator status = page.locator(".autosave-status");
        body.fill("");
        body.pressSequentially("Cranes over the quay.");

        assertThat(status).containsText("Saved", PATIENT);
        assertThat(site.magazine().articles().find(article.id()).body().source()).isEqualTo("Cranes over the quay.");

        Article now = site.magazine().articles().find(article.id());
        site.magazine().workflow().save(editor, article.id(), new ArticleDraft("Harbour notes", null, "",
                Body.markdown("The editor's cut."), now.authorIds(), List.of(), null), now.version());
        body.pressSequentially(" And gulls.");

        assertThat(status).containsText("Not saved: Ed Itor saved a newer version on", PATIENT);
        assertThat(site.magazine().articles().find(article.id()).body().source()).isEqualTo("The editor's cut.");
        assertThat(text(body)).as("nothing typed is lost").isEqualTo("Cranes over the quay. And gulls.");
    }

    @Test
    void a_picture_is_uploaded_from_the_editor_with_its_credit_and_lands_in_the_text_as_a_figure() {
        Page page = editing("ed@example.org");
        Locator body = page.locator("#body");
        body.fill("Before.");
        body.evaluate("t => t.setSelectionRange(t.value.length, t.value.length)");

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Picture")).click();
        Locator dialog = page.getByRole(AriaRole.DIALOG, new Page.GetByRoleOptions().setName("Insert a picture"));
        assertThat(dialog).isVisible();
        dialog.getByLabel("Picture file").setInputFiles(new com.microsoft.playwright.options.FilePayload("quay.jpg", "image/jpeg",
                org.masthead.support.Pictures.jpeg(1200, 800)));
        dialog.getByLabel("Alt text: what it shows").fill("Cranes over the quay");
        dialog.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Upload and insert")).click();
        assertThat(dialog).isVisible();
        assertThat((Boolean) dialog.getByLabel("Credit: by whom").evaluate("input => input.validity.valueMissing")).isTrue();
        dialog.getByLabel("Credit: by whom").fill("Ann Photographer");
        dialog.getByLabel("Licence").selectOption("cc-by-4.0");
        dialog.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Upload and insert")).click();

        assertThat(dialog).isHidden();
        assertThat(text(body)).startsWith("Before.\n\n<figure>\n<img src=\"/media/quay-").contains("Ann Photographer");
        assertThat(page.locator("#body-preview figure img")).hasAttribute("alt", "Cranes over the quay");
        assertThat(page.locator("#body-preview figcaption")).containsText("Photo by Ann Photographer | CC BY 4.0");
    }
}
