package org.masthead.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.masthead.common.Role;
import org.masthead.account.User;
import org.masthead.article.ArticleDraft;
import org.masthead.article.Body;
import org.masthead.platform.Database;
import org.masthead.support.Browser;
import org.masthead.support.MutableClock;
import org.masthead.support.RunningSite;

/**
 * The newsroom in a real browser: a contributor submits a piece, an editor puts it in tomorrow's edition
 * with two others, previews and schedules the edition, and at six in the morning (on the test's clock)
 * all three are in the lineup; two editors saving the same article end in a conflict, not a lost edit.
 * The same walk on SQLite and on PostgreSQL.
 */
@ParameterizedClass
@EnumSource(Database.Kind.class)
class NewsroomJourneyTest {
    private static final String PASSWORD = "correct horse battery";

    @Parameter
    Database.Kind kind;

    private final MutableClock clock = MutableClock.at("2026-11-25T20:00:00Z");
    private RunningSite site;
    private Browser browser;

    @BeforeEach
    void start() {
        site = RunningSite.empty(kind, clock);
        var accounts = site.magazine().accounts();
        User admin = accounts.createFirstAdmin("Ada Admin", "ada@example.org", PASSWORD, "");
        User editor = accounts.add(admin.asActor(""), "Ed Itor", "ed@example.org", Role.EDITOR, PASSWORD);
        accounts.add(admin.asActor(""), "Con Tributor", "con@example.org", Role.CONTRIBUTOR, PASSWORD);
        for (String title : List.of("Budget Night", "River Levels")) {
            site.magazine().workflow().write(editor.asActor(""), new ArticleDraft(title, null, "", Body.markdown("Text of " + title),
                    List.of(), List.of(), null), accounts.bylineOf(editor.asActor("")));
        }
        browser = new Browser();
    }

    @AfterEach
    void stop() {
        browser.close();
        site.close();
    }

    private Page signedIn(String email) {
        BrowserContext context = browser.newContext();
        Page page = context.newPage();
        page.navigate(url("/admin/sign-in"));
        page.getByLabel("Email address").fill(email);
        page.getByLabel("Password").fill(PASSWORD);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
        assertThat(page.locator("h1")).containsText("Hello");
        return page;
    }

    private String url(String path) {
        return site.http().base().resolve(path).toString();
    }

    @Test
    void a_piece_goes_from_a_contributor_through_an_editor_into_tomorrows_edition_at_six() {
        Page contributor = signedIn("con@example.org");
        contributor.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Write an article")).click();
        contributor.getByLabel("Headline").fill("Night Shift at the Depot");
        contributor.locator("#body").fill("The *buses* come in after midnight.");
        assertThat(contributor.locator("#body-preview em")).hasText("buses");
        contributor.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save")).click();
        assertThat(contributor.locator(".notice")).hasText("Saved as a draft.");
        contributor.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Submit for review")).click();
        assertThat(contributor.locator(".page-head .status")).hasText("submitted");

        Page editor = signedIn("ed@example.org");
        editor.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Waiting for review")).click();
        editor.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Night Shift at the Depot")).click();
        editor.getByLabel("Add a note").fill("Good. Going in tomorrow's edition.");
        editor.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add the note")).click();
        assertThat(editor.locator(".notes")).containsText("Going in tomorrow's edition.");

        editor.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Admin sections"))
                .getByRole(AriaRole.LINK, new com.microsoft.playwright.Locator.GetByRoleOptions().setName("Editions")).click();
        assertThat(editor.getByLabel("First day")).hasValue("2026-11-26");
        editor.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Open it")).click();
        // Most recently changed first: the submitted piece, then the two drafts, newest first.
        assertThat(editor.locator("#candidates label")).hasText(new String[] {"Night Shift at the Depot", "River Levels", "Budget Night"});
        for (String title : List.of("Night Shift at the Depot", "Budget Night", "River Levels")) {
            editor.getByLabel(title, new Page.GetByLabelOptions().setExact(true)).check();
        }
        editor.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add selected")).click();
        assertThat(editor.locator(".notice")).hasText("Added to the lineup.");
        editor.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Move “River Levels” up")).click();
        assertThat(editor.locator("#lineup-status")).hasText("“River Levels” is now number 1 of 3. Saved.");

        Page preview = editor.context().waitForPage(() -> editor.getByRole(AriaRole.LINK,
                new Page.GetByRoleOptions().setName("Preview the home page with this edition")).click(
                new com.microsoft.playwright.Locator.ClickOptions().setModifiers(List.of(com.microsoft.playwright.options.KeyboardModifier.CONTROL))));
        assertThat(preview.locator("main section.edition").first().locator(".lineup-title"))
                .hasText(new String[] {"River Levels", "Night Shift at the Depot", "Budget Night"});
        preview.close();

        assertThat(editor.getByLabel("Goes out at (UTC)")).hasValue("2026-11-26T06:00");
        editor.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Schedule the edition")).click();
        assertThat(editor.locator(".notice")).hasText("Scheduled: everything in this edition goes out at that time.");

        Page reader = browser.newContext().newPage();
        reader.navigate(url("/"));
        assertThat(reader.locator("main")).containsText("Nothing has been published yet.");

        clock.set(Instant.parse("2026-11-26T06:00:00Z"));
        assertThat(site.magazine().scheduler().runDue()).isEqualTo(3);

        reader.reload();
        assertThat(reader.locator("main section.edition .edition-date")).hasText("November 26, 2026");
        assertThat(reader.locator("main .lineup-title")).hasText(new String[] {"River Levels", "Night Shift at the Depot", "Budget Night"});
        assertThat(reader.locator("main .lineup-author").nth(1)).hasText("Con Tributor");
    }

    @Test
    void two_editors_saving_the_same_article_end_in_a_conflict_that_keeps_both_texts() {
        Page first = signedIn("ed@example.org");
        Page second = signedIn("ada@example.org");
        for (Page page : List.of(first, second)) {
            page.navigate(url("/admin/articles/"));
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Budget Night")).click();
        }

        first.locator("#body").fill("The first editor's cut.");
        first.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save")).click();
        assertThat(first.locator(".notice")).hasText("Saved.");
        second.locator("#body").fill("The second editor's cut.");
        second.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save")).click();

        assertThat(second.locator(".form-message")).containsText("Someone saved this article while you were editing it");
        assertThat(second.locator("#body")).hasValue("The second editor's cut.");
        assertThat(second.locator(".conflict")).containsText("The first editor's cut.");
        first.reload();
        assertThat(first.locator("#body")).hasValue("The first editor's cut.");
    }
}
