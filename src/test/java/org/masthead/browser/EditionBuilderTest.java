package org.masthead.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser.NewContextOptions;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.masthead.account.User;
import org.masthead.article.ArticleListItem;
import org.masthead.common.Actor;
import org.masthead.common.Role;
import org.masthead.platform.Database;
import org.masthead.support.Axe;
import org.masthead.support.Browser;
import org.masthead.support.HtmlChecker;
import org.masthead.support.MutableClock;
import org.masthead.support.RunningSite;

import static org.masthead.support.ArticleBuilder.anArticle;

/**
 * An editor builds a 33-piece Weekend Edition in the builder, once with a mouse (search, tick, add, drag) and
 * once with the keyboard alone (Tab, Space, Enter, Alt+Up); the order is read back from the server, and the
 * whole build takes well under two minutes. On a 390-pixel phone the page does not scroll sideways.
 */
class EditionBuilderTest {
    private static final String PASSWORD = "correct horse battery";
    private static final int PIECES = 33;
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");

    /** A Thursday evening: tomorrow's edition is the Weekend Edition, Friday to Sunday. */
    private final MutableClock clock = MutableClock.at("2026-12-10T20:00:00Z");
    private RunningSite site;
    private Browser browser;
    private Actor editor;

    @BeforeEach
    void start() {
        site = RunningSite.empty(Database.Kind.SQLITE, clock);
        var accounts = site.magazine().accounts();
        User admin = accounts.createFirstAdmin("Ada Admin", "ada@example.org", PASSWORD, "");
        editor = accounts.add(admin.asActor(""), "Ed Itor", "ed@example.org", Role.EDITOR, PASSWORD).asActor("");
        String[] writers = {"Mara Quill", "Tomas Reed", "Ines Vale"};
        for (int i = 1; i <= PIECES; i++) {
            anArticle().titled("Weekend piece %02d".formatted(i)).by(writers[i % writers.length]).in(site.magazine());
        }
        for (String other : List.of("Monday Briefing", "Budget Night", "River Levels")) {
            anArticle().titled(other).by("Otto Other").in(site.magazine());
        }
        browser = new Browser();
    }

    @AfterEach
    void stop() {
        browser.close();
        site.close();
    }

    private Page signedIn(NewContextOptions options) {
        Page page = browser.newContext(options).newPage();
        page.navigate(url("/admin/sign-in"));
        page.getByLabel("Email address").fill("ed@example.org");
        page.getByLabel("Password").fill(PASSWORD);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
        assertThat(page.locator("h1")).containsText("Hello");
        return page;
    }

    private String url(String path) {
        return site.http().base().resolve(path).toString();
    }

    private List<String> lineupOnTheServer() {
        var editions = site.magazine().editionDesk().list(editor, new org.masthead.common.PageRequest(1, 10)).items();
        assertThat(editions).singleElement().satisfies(e -> {
            assertThat(e.label()).isEqualTo("Weekend Edition");
            assertThat(e.startsOn()).hasToString("2026-12-11");
            assertThat(e.endsOn()).hasToString("2026-12-13");
        });
        return site.magazine().editionDesk().open(editor, editions.get(0).id()).lineup().stream().map(ArticleListItem::title).toList();
    }

    @Test
    void an_editor_builds_a_33_piece_weekend_edition_with_the_mouse_in_well_under_two_minutes() {
        Page page = signedIn(new NewContextOptions().setViewportSize(1280, 900));
        long started = System.nanoTime();
        page.navigate(url("/admin/editions/"));
        page.getByLabel("First day").fill("2026-12-11");
        page.getByLabel("Last day").fill("2026-12-13");
        page.getByLabel("Label").fill("Weekend Edition");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Open it")).click();
        assertThat(page.locator("h1")).hasText("Weekend Edition, 2026-12-11 to 2026-12-13");

        page.getByLabel("Find by title or author").fill("weekend");
        assertThat(page.locator("#candidates tbody tr:visible")).hasCount(PIECES);
        List<String> shown = page.locator("#candidates tbody tr:visible label").allInnerTexts();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Select all shown")).click();
        assertThat(page.locator("#candidate-status")).hasText(PIECES + " of " + (PIECES + 3) + " shown, " + PIECES + " selected");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add selected")).click();
        assertThat(page.locator(".notice")).hasText("Added to the lineup.");
        assertThat(page.locator("#lineup tbody tr")).hasCount(PIECES);
        assertThat(page.locator("#candidates tbody tr")).hasCount(3);

        // The last piece is dragged by its handle to the top.
        String last = shown.get(PIECES - 1);
        var exact = new Page.GetByLabelOptions().setExact(true);
        page.getByLabel("Move “" + last + "”", exact).dragTo(page.getByLabel("Move “" + shown.get(0) + "”", exact));
        assertThat(page.locator("#lineup-status")).hasText("“" + last + "” is now number 1 of " + PIECES + ". Saved.");
        Duration took = Duration.ofNanos(System.nanoTime() - started);

        List<String> expected = new ArrayList<>(shown);
        expected.addFirst(expected.removeLast());
        assertThat(lineupOnTheServer()).as("the lineup as the server keeps it").containsExactlyElementsOf(expected);
        page.reload();
        assertThat(page.locator("#lineup tbody tr td:nth-child(2) > a:first-child")).hasText(expected.toArray(String[]::new));
        System.out.println("EditionBuilderTest: 33 pieces by mouse in " + took.toMillis() + " ms");
        assertThat(took).isLessThan(Duration.ofSeconds(120));

        var violations = Axe.violations(page);
        assertThat(violations).as(Axe.report(violations)).isEmpty();
        var html = new HtmlChecker();
        String source = page.content();
        assertThat(html.errors(source)).as(HtmlChecker.report(source, html.errors(source))).isEmpty();
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("edition-builder-1280.png")).setFullPage(true));
    }

    @Test
    void an_editor_builds_a_33_piece_weekend_edition_with_the_keyboard_alone() {
        Page page = signedIn(new NewContextOptions().setViewportSize(1280, 900));
        long started = System.nanoTime();
        page.navigate(url("/admin/editions/"));
        assertThat(page.getByLabel("First day")).hasValue("2026-12-11");
        assertThat(page.getByLabel("Last day")).hasValue("2026-12-13");
        assertThat(page.getByLabel("Label")).hasValue("Weekend Edition");
        tabTo(page, "button", "Open it");
        page.keyboard().press("Enter");
        assertThat(page.locator("h1")).hasText("Weekend Edition, 2026-12-11 to 2026-12-13");

        tabTo(page, "input#candidate-search", null);
        page.keyboard().type("weekend");
        assertThat(page.locator("#candidates tbody tr:visible")).hasCount(PIECES);
        List<String> shown = page.locator("#candidates tbody tr:visible label").allInnerTexts();
        // Each piece ticked with Space on the way down the list, then back up to the button above it.
        tabTo(page, "input[type=checkbox]", null);
        int ticked = 0;
        while (focused(page, "input[type=checkbox]", null) || focused(page, "a.open-link", null)) {
            if (focused(page, "input[type=checkbox]", null)) {
                page.keyboard().press("Space");
                ticked++;
            }
            page.keyboard().press("Tab");
        }
        assertThat(ticked).isEqualTo(PIECES);
        assertThat(page.locator("#candidate-status")).hasText(PIECES + " of " + (PIECES + 3) + " shown, " + PIECES + " selected");
        for (int i = 0; i < 2 * PIECES + 5 && !focused(page, "button", "Add selected"); i++) {
            page.keyboard().press("Shift+Tab");
        }
        assertThat(focused(page, "button", "Add selected")).isTrue();
        page.keyboard().press("Enter");
        assertThat(page.locator(".notice")).hasText("Added to the lineup.");
        assertThat(page.locator("#lineup tbody tr")).hasCount(PIECES);

        // The tenth piece goes up three places by its handle, then one more by its Up button.
        String moved = shown.get(9);
        tabTo(page, "button.handle", "Move “" + moved + "”");
        for (int i = 0; i < 3; i++) {
            page.keyboard().press("Alt+ArrowUp");
        }
        assertThat(page.locator("#lineup-status")).hasText("“" + moved + "” is now number 7 of " + PIECES + ". Saved.");
        tabTo(page, "button", "Move “" + moved + "” up");
        page.keyboard().press("Enter");
        assertThat(page.locator("#lineup-status")).hasText("“" + moved + "” is now number 6 of " + PIECES + ". Saved.");
        Duration took = Duration.ofNanos(System.nanoTime() - started);

        List<String> expected = new ArrayList<>(shown);
        expected.add(5, expected.remove(9));
        assertThat(lineupOnTheServer()).as("the lineup as the server keeps it").containsExactlyElementsOf(expected);
        System.out.println("EditionBuilderTest: 33 pieces by keyboard in " + took.toMillis() + " ms");
        assertThat(took).isLessThan(Duration.ofSeconds(120));
    }

    @Test
    void the_builder_fits_a_390_pixel_phone_without_scrolling_sideways() {
        var weekend = site.magazine().editionDesk().create(editor, new org.masthead.edition.EditionSpan(
                java.time.LocalDate.parse("2026-12-11"), java.time.LocalDate.parse("2026-12-13"), "Weekend Edition"));
        List<Long> some = site.magazine().editionDesk().open(editor, weekend.id()).candidates().stream().limit(5)
                .map(ArticleListItem::id).toList();
        site.magazine().editionDesk().add(editor, weekend.id(), some);
        Page page = signedIn(new NewContextOptions().setViewportSize(390, 844).setIsMobile(true).setHasTouch(true));
        page.navigate(url("/admin/editions/" + weekend.id()));
        assertThat(page.locator("#lineup .handle")).hasCount(5);

        int wide = ((Number) page.evaluate("document.documentElement.scrollWidth")).intValue();
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("edition-builder-390.png")).setFullPage(true));
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("edition-builder-390-top.png")));
        page.getByLabel("Find by title or author").fill("weekend piece 2");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Select all shown")).click();
        assertThat(page.locator("#candidates tbody tr:visible")).hasCount(12);
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("edition-builder-390-candidates.png")));
        wide = Math.max(wide, ((Number) page.evaluate("document.documentElement.scrollWidth")).intValue());
        assertThat(wide).as("the page's width on a 390-pixel screen").isLessThanOrEqualTo(390);
        var violations = Axe.violations(page);
        assertThat(violations).as(Axe.report(violations)).isEmpty();
    }

    @Test
    void removing_and_moving_happen_in_place_and_an_order_from_a_stale_page_is_refused_out_loud() {
        var weekend = site.magazine().editionDesk().create(editor, new org.masthead.edition.EditionSpan(
                java.time.LocalDate.parse("2026-12-11"), java.time.LocalDate.parse("2026-12-13"), "Weekend Edition"));
        List<Long> three = site.magazine().editionDesk().open(editor, weekend.id(), "weekend").candidates().stream().limit(3)
                .map(ArticleListItem::id).toList();
        site.magazine().editionDesk().add(editor, weekend.id(), three);
        Page page = signedIn(new NewContextOptions().setViewportSize(1280, 900));
        page.navigate(url("/admin/editions/" + weekend.id()));
        page.evaluate("window.sameDocument = true");

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Remove “Weekend piece 32”")).click();
        assertThat(page.locator("#lineup-status")).hasText("“Weekend piece 32” is taken out of the lineup and is back among the articles to add.");
        assertThat(page.locator("#candidates tbody tr").first().locator("label")).hasText("Weekend piece 32");
        assertThat(page.getByLabel("Weekend piece 32", new Page.GetByLabelOptions().setExact(true))).not().isChecked();
        assertThat(page.locator("#lineup tbody tr td:nth-child(2) > a:first-child")).hasText(new String[] {"Weekend piece 33", "Weekend piece 31"});
        assertThat(page.locator("#lineup .place-number")).hasText(new String[] {"1", "2"});
        assertThat(lineupOnTheServer()).containsExactly("Weekend piece 33", "Weekend piece 31");

        // Someone else takes a piece out meanwhile: this page's order no longer names the lineup, and is refused.
        site.magazine().editionDesk().remove(editor, weekend.id(), three.get(0));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Move “Weekend piece 31” up")).click();
        assertThat(page.locator("#lineup-status")).containsText("Not saved: the new order must name each of the edition's articles once (it has 1)");
        assertThat(page.locator("#lineup-status")).hasClass("builder-status refused");
        assertThat((Boolean) page.evaluate("window.sameDocument === true")).as("the page was never reloaded").isTrue();
        assertThat(lineupOnTheServer()).containsExactly("Weekend piece 31");
    }

    @Test
    void without_a_script_the_plain_forms_search_add_and_order() {
        var weekend = site.magazine().editionDesk().create(editor, new org.masthead.edition.EditionSpan(
                java.time.LocalDate.parse("2026-12-11"), java.time.LocalDate.parse("2026-12-13"), "Weekend Edition"));
        Page page = signedIn(new NewContextOptions().setViewportSize(1280, 900).setJavaScriptEnabled(false));
        page.navigate(url("/admin/editions/" + weekend.id()));
        assertThat(page.locator("#lineup-hint")).isHidden();

        page.getByLabel("Find by title or author").fill("piece 3");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Search").setExact(true)).click();
        assertThat(page.locator("#candidates label")).hasText(new String[] {"Weekend piece 33", "Weekend piece 32", "Weekend piece 31",
                "Weekend piece 30", "Weekend piece 23", "Weekend piece 13", "Weekend piece 03"});
        for (String title : List.of("Weekend piece 03", "Weekend piece 31")) {
            page.getByLabel(title, new Page.GetByLabelOptions().setExact(true)).check();
        }
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add selected")).click();
        assertThat(page.locator(".notice")).hasText("Added to the lineup.");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Move “Weekend piece 03” up")).click();
        assertThat(page.locator(".notice")).hasText("The lineup is reordered.");

        assertThat(lineupOnTheServer()).containsExactly("Weekend piece 03", "Weekend piece 31");
    }

    private static boolean focused(Page page, String selector, String name) {
        return (Boolean) page.evaluate("([selector, name]) => { const e = document.activeElement;"
                + " return !!e && e.matches(selector) && (name == null || (e.getAttribute('aria-label') || e.textContent).trim() === name); }",
                java.util.Arrays.asList(selector, name));
    }

    /** Presses Tab until the element is focused, as a keyboard user would, within a bound. */
    private static void tabTo(Page page, String selector, String name) {
        var trail = new StringBuilder();
        for (int i = 0; i < 400 && !focused(page, selector, name); i++) {
            page.keyboard().press("Tab");
            trail.append(' ').append(page.evaluate("document.activeElement && (document.activeElement.tagName + '#' + document.activeElement.id + ':' + (document.activeElement.getAttribute('aria-label') || document.activeElement.textContent).trim().slice(0, 30))"));
        }
        assertThat(focused(page, selector, name)).as("Tab reaches " + selector + " " + name + "; went" + trail).isTrue();
    }
}
