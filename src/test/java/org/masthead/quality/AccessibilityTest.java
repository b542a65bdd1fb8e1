package org.masthead.quality;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.ColorScheme;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.masthead.platform.Database;
import org.masthead.support.Axe;
import org.masthead.support.Browser;
import org.masthead.support.RunningSite;
import org.masthead.support.Showcase;
import org.masthead.support.Showcase.Visit;
import org.masthead.support.Showcase.Who;

/**
 * Every kind of public page and every admin screen, in Chromium, in light and in dark colours, meets WCAG 2.1
 * A and AA as far as axe-core can tell; and the parts a keyboard user depends on work: the skip link, a
 * visible focus, the article editor from the first field to Save.
 */
class AccessibilityTest {
    /** The colours a page is looked at in, as the reader's system asks for them. */
    enum Colours {
        LIGHT(ColorScheme.LIGHT), DARK(ColorScheme.DARK);

        final ColorScheme scheme;

        Colours(ColorScheme scheme) {
            this.scheme = scheme;
        }

        @Override
        public String toString() {
            return name().toLowerCase(java.util.Locale.ROOT) + " colours";
        }
    }

    @RegisterExtension
    static final Showcase.Shared shared = new Showcase.Shared();
    private static Showcase showcase;
    private static Browser browser;
    private static final Map<Who, Page> tabs = new EnumMap<>(Who.class);

    @BeforeAll
    static void open() {
        showcase = shared.get();
        browser = new Browser();
        tabs.put(Who.READER, browser.newContext().newPage());
        tabs.put(Who.ADMIN, signedIn(Showcase.ADMIN_EMAIL, "Hello"));
        tabs.put(Who.AWAITING_CODE, signedIn(Showcase.TWO_FACTOR_EMAIL, "One-time code"));
    }

    @AfterAll
    static void close() {
        browser.close();
    }

    static Stream<Arguments> publicPages() {
        return inBothColours(showcase.publicPages());
    }

    static Stream<Arguments> adminScreens() {
        return inBothColours(showcase.adminScreens());
    }

    @ParameterizedTest(name = "{0}, in {1}, meets WCAG 2.1 AA")
    @MethodSource("publicPages")
    void every_kind_of_public_page_meets_wcag_21_aa_in_light_and_dark_colours(Visit visit, Colours colours) {
        assertAccessible(visit.name(), open(visit, colours), colours);
    }

    @ParameterizedTest(name = "{0}, in {1}, meets WCAG 2.1 AA")
    @MethodSource("adminScreens")
    void every_admin_screen_meets_wcag_21_aa_in_light_and_dark_colours(Visit visit, Colours colours) {
        assertAccessible(visit.name(), open(visit, colours), colours);
    }

    @ParameterizedTest(name = "a refused sign-in, in {0}, meets WCAG 2.1 AA")
    @EnumSource(Colours.class)
    void a_refused_sign_in_meets_wcag_21_aa(Colours colours) {
        Page page = tabs.get(Who.READER);
        page.emulateMedia(new Page.EmulateMediaOptions().setColorScheme(colours.scheme));
        page.navigate(showcase.url("/admin/sign-in"));
        page.getByLabel("Email address").fill(Showcase.ADMIN_EMAIL);
        page.getByLabel("Password").fill("not the password");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();

        assertThat(page.locator(".form-message")).isVisible();
        assertAccessible("the sign-in screen after a wrong password", page, colours);
    }

    @ParameterizedTest(name = "the editor with a field in error, in {0}, meets WCAG 2.1 AA")
    @EnumSource(Colours.class)
    void an_article_sent_back_with_a_mistake_in_a_field_meets_wcag_21_aa(Colours colours) {
        Page page = open(visit("waiting for review"), colours);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Schedule").setExact(true)).click();

        assertThat(page.locator("#when-error")).isVisible();
        assertAccessible("the editor with a field in error", page, colours);
    }

    @ParameterizedTest(name = "the first-run screen, in {0}, meets WCAG 2.1 AA")
    @EnumSource(Colours.class)
    void the_first_run_screen_of_a_new_magazine_meets_wcag_21_aa(Colours colours) {
        try (RunningSite empty = RunningSite.empty(Database.Kind.SQLITE)) {
            Page page = tabs.get(Who.READER);
            page.emulateMedia(new Page.EmulateMediaOptions().setColorScheme(colours.scheme));
            page.navigate(empty.http().base().resolve("/admin/first-run").toString());

            assertAccessible("the first-run screen", page, colours);
        }
    }

    static Stream<Visit> pagesOfEachLayout() {
        return Stream.of(visit("the home page"), visit("lead picture"), visit("search with results"), visit("not there"),
                visit("the sign-in screen"), visit("the dashboard"), visit("published article"), visit("one-time code"));
    }

    @ParameterizedTest(name = "on {0}, the first Tab reaches the skip link and Enter moves focus to the main content")
    @MethodSource("pagesOfEachLayout")
    void the_skip_link_is_the_first_tab_stop_and_moves_focus_to_the_main_content(Visit visit) {
        Page page = open(visit, Colours.LIGHT);

        page.keyboard().press("Tab");
        assertThat(focused(page)).as("the first tab stop").isEqualTo("link Skip to content");
        assertThat((Boolean) page.evaluate("() => { const r = document.activeElement.getBoundingClientRect();"
                + " return r.top >= 0 && r.left >= 0 && r.bottom <= innerHeight && r.width > 1 && r.height > 1; }"))
                .as("the skip link is on screen once focused").isTrue();
        page.keyboard().press("Enter");
        assertThat((Boolean) page.evaluate("() => { const main = document.querySelector('main');"
                + " return main !== null && main.contains(document.activeElement); }"))
                .as("focus is in <main> after following the skip link, not on " + focused(page)).isTrue();
    }

    static Stream<Visit> pagesToTabThrough() {
        return Stream.of(visit("the home page"), visit("lead picture"), visit("published article"));
    }

    @ParameterizedTest(name = "on {0}, every tab stop shows where the focus is")
    @MethodSource("pagesToTabThrough")
    void focus_is_visible_on_every_tab_stop(Visit visit) {
        Page page = open(visit, Colours.LIGHT);
        List<String> unmarked = new ArrayList<>();
        String first = null;
        for (int stop = 0; stop < 150; stop++) {
            page.keyboard().press("Tab");
            String now = focused(page);
            if (now.equals("body") || now.equals(first)) {
                break;
            }
            first = first == null ? now : first;
            @SuppressWarnings("unchecked")
            var style = (Map<String, Object>) page.evaluate("() => { const s = getComputedStyle(document.activeElement);"
                    + " return {outline: s.outlineStyle, width: s.outlineWidth, shadow: s.boxShadow}; }");
            boolean outlined = !"none".equals(style.get("outline")) && !"0px".equals(style.get("width"));
            if (!outlined && "none".equals(style.get("shadow"))) {
                unmarked.add(now);
            }
        }
        assertThat(unmarked).as("tab stops with no outline and no box shadow when focused").isEmpty();
    }

    @Test
    void an_article_is_written_and_saved_in_the_editor_with_the_keyboard_alone() {
        Page page = open(visit("the editor of a new article"), Colours.LIGHT);
        List<String> reached = new ArrayList<>();
        for (int stop = 0; stop < 60 && !reached.contains("button Save"); stop++) {
            page.keyboard().press("Tab");
            String now = focused(page);
            reached.add(now);
            if (now.equals("textbox Headline")) {
                page.keyboard().type("Written Without a Mouse");
            } else if (now.equals("textbox Text (Markdown)")) {
                page.keyboard().type("Every field *reached* with Tab.");
            }
        }

        assertThat(reached).containsSubsequence("textbox Headline", "textbox Dek", "textbox Address",
                "textbox Authors, in byline order", "textbox Topics", "radio None", "button Bold", "textbox Text (Markdown)",
                "button Save");
        page.keyboard().press("Enter");
        assertThat(page.locator(".notice")).hasText("Saved as a draft.");
        assertThat(page.locator("#title")).hasValue("Written Without a Mouse");
        assertThat(page.locator("#body-preview em")).hasText("reached");
    }

    @ParameterizedTest(name = "on {0}, every landmark is told apart from the others of its kind")
    @MethodSource("pagesOfEachLayout")
    void every_landmark_is_told_apart_from_the_others_of_its_kind(Visit visit) {
        Page page = open(visit, Colours.LIGHT);

        List<Rule> violations = Axe.violationsOf(page, Axe.LANDMARKS);
        assertThat(violations).as(() -> visit + " breaks " + Axe.report(violations)).isEmpty();
    }

    @Test
    void axe_finds_two_menus_of_one_name() {
        Page page = browser.newPage();
        page.setContent("<!DOCTYPE html><html lang=\"en\"><head><title>Twice</title></head><body><main><h1>Twice</h1>"
                + "<nav><a href=\"/a\">A</a></nav><nav><a href=\"/b\">B</a></nav></main></body></html>");

        assertThat(Axe.violationsOf(page, Axe.LANDMARKS)).extracting(Rule::getId).contains("landmark-unique");
        page.close();
    }

    @Test
    void axe_finds_an_unlabelled_field_and_grey_on_grey_text() {
        Page page = browser.newPage();
        page.setContent("<!DOCTYPE html><html lang=\"en\"><head><title>Broken</title></head><body><main>"
                + "<p style=\"color:#aaa;background:#bbb\">Faint.</p><input id=\"x\" name=\"x\"></main></body></html>");

        assertThat(Axe.violations(page)).extracting(Rule::getId).contains("color-contrast", "label");
        page.close();
    }

    /**
     * The focused element by its role and label, roughly as assistive technology names it ("link Skip to
     * content", "textbox Headline"); "body" when nothing is focused.
     */
    private static String focused(Page page) {
        return (String) page.evaluate("""
                () => {
                  const e = document.activeElement;
                  if (!e || e === document.body) return 'body';
                  const input = e.tagName === 'INPUT'
                      ? ({checkbox: 'checkbox', radio: 'radio', search: 'searchbox', submit: 'button'}[e.type] || 'textbox') : null;
                  const role = e.getAttribute('role') || input
                      || {A: 'link', BUTTON: 'button', SELECT: 'combobox', TEXTAREA: 'textbox'}[e.tagName] || e.tagName.toLowerCase();
                  const label = e.labels && e.labels.length ? e.labels[0].textContent
                      : e.getAttribute('aria-label') || e.textContent || e.value || '';
                  return (role + ' ' + label.replace(/\\s+/g, ' ').trim()).trim();
                }""");
    }

    private static Stream<Arguments> inBothColours(List<Visit> visits) {
        return Stream.of(Colours.values()).flatMap(colours -> visits.stream().map(visit -> Arguments.of(visit, colours)));
    }

    private static Visit visit(String nameContains) {
        return Stream.concat(showcase.publicPages().stream(), showcase.adminScreens().stream())
                .filter(v -> v.name().contains(nameContains)).findFirst().orElseThrow();
    }

    private static Page open(Visit visit, Colours colours) {
        Page page = tabs.get(visit.who());
        page.emulateMedia(new Page.EmulateMediaOptions().setColorScheme(colours.scheme));
        Response response = page.navigate(showcase.url(visit.path()));
        assertThat(response.status()).as(visit.name() + ": status").isEqualTo(visit.status());
        return page;
    }

    private static void assertAccessible(String what, Page page, Colours colours) {
        assertThat((Boolean) page.evaluate("() => matchMedia('(prefers-color-scheme: dark)').matches"))
                .as("the page is shown in " + colours).isEqualTo(colours == Colours.DARK);
        List<Rule> violations = Axe.violations(page);
        assertThat(violations).as(() -> what + " in " + colours + " breaks " + violations.size() + " WCAG 2.1 AA rule(s):"
                + Axe.report(violations)).isEmpty();
    }

    private static Page signedIn(String email, String heading) {
        Page page = browser.newContext().newPage();
        page.navigate(showcase.url("/admin/sign-in"));
        page.getByLabel("Email address").fill(email);
        page.getByLabel("Password").fill(Showcase.PASSWORD);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
        assertThat(page.locator("h1")).containsText(heading);
        return page;
    }
}
