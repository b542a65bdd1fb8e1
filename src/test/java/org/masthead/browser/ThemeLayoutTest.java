package org.masthead.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser.NewContextOptions;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.masthead.support.Browser;
import org.masthead.support.RunningSite;
import org.masthead.support.SiteExtension;

/**
 * The default theme laid out in a real browser, on the demo magazine, at a laptop's width (1280) and a phone's
 * (390): each check measures the boxes a reader sees. Screenshots of the main pages go to target/screenshots/.
 */
class ThemeLayoutTest {
    private static final int WIDE = 1280;
    private static final int PHONE = 390;
    private static final String PASSWORD = "correct horse battery";
    @RegisterExtension
    static final SiteExtension site = SiteExtension.of(RunningSite::withDemo);
    private static Browser browser;
    /** The demo's addresses, read from its pages: an article, one of its topics, the latest edition, a search. */
    private static Map<String, String> paths;

    @BeforeAll
    static void start() {
        browser = new Browser();
        site.magazine().search().awaitIndexed();
        try (BrowserContext context = browser.newContext()) {
            Page page = context.newPage();
            page.navigate(url("/"));
            String edition = page.locator(".lineups .edition-heading a").first().getAttribute("href");
            String article = page.locator(".lineups .lineup-title").first().getAttribute("href");
            page.navigate(url(article));
            String topic = page.locator(".topics a").first().getAttribute("href");
            // The title's longest word finds at least that article; a short one may be a word search ignores.
            String word = java.util.Arrays.stream(page.locator(".article-header h1").innerText().split("\\s+"))
                    .max(java.util.Comparator.comparingInt(String::length)).orElseThrow();
            paths = Map.of("home", "/", "article", article, "topic", topic, "edition", edition, "search", "/search?q=" + word);
        }
    }

    @AfterAll
    static void stop() {
        browser.close();
    }

    private static String url(String path) {
        return site.http().base().resolve(path).toString();
    }

    private static Page at(BrowserContext context, String name) {
        Page page = context.newPage();
        page.navigate(url(paths.get(name)));
        return page;
    }

    private static BrowserContext screen(int width) {
        return browser.newContext(new NewContextOptions().setViewportSize(width, 900));
    }

    /** A box as the browser laid it out: left, top, right, bottom, in CSS pixels. */
    private record Box(double left, double top, double right, double bottom) {
        static Box of(Locator element) {
            @SuppressWarnings("unchecked")
            var r = (Map<String, Number>) element.evaluate(
                    "e => { const r = e.getBoundingClientRect(); return {l: r.left, t: r.top, r: r.right, b: r.bottom}; }");
            return new Box(r.get("l").doubleValue(), r.get("t").doubleValue(), r.get("r").doubleValue(), r.get("b").doubleValue());
        }
    }

    private static double fontSize(Locator element) {
        return Double.parseDouble(((String) element.evaluate("e => getComputedStyle(e).fontSize")).replace("px", ""));
    }

    @Test
    void each_entry_of_a_topic_shows_its_title_and_under_it_a_smaller_byline() {
        try (BrowserContext context = screen(WIDE)) {
            Page page = at(context, "topic");
            List<Locator> entries = page.locator(".article-list > li").all();
            assertThat(entries).isNotEmpty();
            for (Locator entry : entries) {
                Locator title = entry.locator(".article-list-title");
                Locator byline = entry.locator(".article-list-byline");
                assertThat(Box.of(byline).top()).as("byline under the title").isGreaterThanOrEqualTo(Box.of(title).bottom() - 1);
                assertThat(fontSize(byline)).as("byline smaller than the title").isLessThan(fontSize(title));
            }
        }
    }

    @Test
    void copy_link_shares_its_line_with_another_share_link_on_a_laptop_and_a_phone() {
        for (int width : List.of(WIDE, PHONE)) {
            try (BrowserContext context = screen(width)) {
                Page page = at(context, "article");
                for (String bar : List.of(".share-top", ".share-bottom")) {
                    double copy = Box.of(page.locator(bar + " .share-copy")).top();
                    List<Double> others = page.locator(bar + " li a:not(.share-copy)").all().stream().map(a -> Box.of(a).top()).toList();
                    assertThat(others).as(bar + " at " + width + ": the share links' tops, Copy link's at " + copy)
                            .anySatisfy(top -> assertThat(top).isCloseTo(copy, org.assertj.core.data.Offset.offset(1.0)));
                }
            }
        }
    }

    @Test
    void the_link_to_the_previous_edition_stays_inside_the_column_on_a_laptop_and_a_phone() {
        for (int width : List.of(WIDE, PHONE)) {
            try (BrowserContext context = screen(width)) {
                Page page = at(context, "edition");
                Box link = Box.of(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Previous edition")));
                Box column = Box.of(page.locator(".article-list"));
                assertThat(link.right()).as("at " + width).isLessThanOrEqualTo(column.right());
                assertThat(link.left()).as("at " + width).isGreaterThanOrEqualTo(column.left());
            }
        }
    }

    @Test
    void the_search_form_and_its_first_result_start_at_the_same_left_edge() {
        for (int width : List.of(WIDE, PHONE)) {
            try (BrowserContext context = screen(width)) {
                Page page = at(context, "search");
                double form = Box.of(page.locator(".search-form-page")).left();
                double result = Box.of(page.locator(".search-hit").first()).left();
                assertThat(result).as("at " + width).isCloseTo(form, org.assertj.core.data.Offset.offset(1.0));
            }
        }
    }

    @Test
    void the_editions_under_an_article_stand_clear_of_the_rule_above_them() {
        try (BrowserContext context = screen(WIDE)) {
            Page page = at(context, "article");
            List<Locator> editions = page.locator(".latest .edition").all();
            assertThat(editions).hasSizeGreaterThan(1);
            for (int i = 1; i < editions.size(); i++) {
                double gap = Box.of(editions.get(i).locator(".edition-heading")).top() - Box.of(editions.get(i - 1)).bottom();
                assertThat(gap).as("space above edition " + i).isGreaterThanOrEqualTo(16);
            }
        }
    }

    @Test
    void headings_in_an_article_are_set_in_the_texts_own_face_and_not_heavier_than_semibold() {
        try (BrowserContext context = screen(WIDE)) {
            Page page = at(context, "article");
            // The demo's articles have no headings: one is added as the body's HTML would hold it.
            @SuppressWarnings("unchecked")
            var style = (Map<String, String>) page.evaluate("""
                    () => { const h = document.createElement('h2'); h.textContent = 'A heading';
                      document.querySelector('.article-body').append(h);
                      const p = document.querySelector('.article-body p'); const hs = getComputedStyle(h);
                      return {heading: hs.fontFamily, text: getComputedStyle(p).fontFamily, weight: hs.fontWeight}; }""");
            assertThat(style.get("heading")).isEqualTo(style.get("text"));
            assertThat(Integer.parseInt(style.get("weight"))).isLessThanOrEqualTo(600);
        }
    }

    @Test
    void no_page_is_wider_than_a_phone() {
        try (BrowserContext context = screen(PHONE)) {
            for (String name : List.of("home", "article", "topic", "edition", "search")) {
                Page page = at(context, name);
                Number width = (Number) page.evaluate("document.documentElement.scrollWidth");
                assertThat(width.intValue()).as(name).isLessThanOrEqualTo(PHONE);
                page.close();
            }
        }
    }

    @Test
    void the_lead_picture_stands_beside_its_headline_on_a_laptop_above_it_on_a_phone_and_the_home_page_never_overflows() {
        for (int width : List.of(WIDE, PHONE)) {
            try (BrowserContext context = screen(width)) {
                Page page = at(context, "home");
                Box picture = Box.of(page.locator(".lead-story img"));
                Box headline = Box.of(page.locator(".lead-story .lead-title"));
                assertThat(page.locator("header nav[aria-label=Sections] a").count()).as("the demo's sections").isGreaterThan(2);
                if (width == WIDE) {
                    assertThat(headline.left()).as("headline beside the picture").isGreaterThanOrEqualTo(picture.right());
                } else {
                    assertThat(headline.top()).as("headline under the picture").isGreaterThanOrEqualTo(picture.bottom());
                }
                Number scrollWidth = (Number) page.evaluate("document.documentElement.scrollWidth");
                assertThat(scrollWidth.intValue()).as("the home page at " + width).isLessThanOrEqualTo(width);
                Path file = Path.of("target", "screenshots", "home-lead-" + width + ".png");
                screenshotWhole(page, file);
                assertThat(file).isNotEmptyFile();
            }
        }
    }

    @Test
    void favicon_ico_leads_to_the_themes_icon() {
        var answer = site.http().get("/favicon.ico");
        assertThat(answer.status()).isEqualTo(301);
        var icon = site.http().get(answer.header("Location"));
        assertThat(icon.status()).isEqualTo(200);
        assertThat(icon.header("Content-Type")).startsWith("image/svg+xml");
    }

    @Test
    void the_newsroom_links_the_icon_and_keeps_its_menu_on_one_line_under_the_name_and_sign_out_on_a_laptop() {
        var accounts = site.magazine().accounts();
        if (accounts.needsFirstAdmin()) {
            accounts.createFirstAdmin("Ada Admin", "ada@example.org", PASSWORD, "");
        }
        try (BrowserContext context = screen(WIDE)) {
            Page page = context.newPage();
            page.navigate(url("/admin/sign-in"));
            page.getByLabel("Email address").fill("ada@example.org");
            page.getByLabel("Password").fill(PASSWORD);
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
            page.waitForURL("**/admin/");

            String icon = page.locator("link[rel=icon]").getAttribute("href");
            assertThat(site.http().get(icon).status()).isEqualTo(200);
            List<Double> tops = page.locator(".admin-nav li").all().stream().map(li -> Box.of(li).top()).distinct().toList();
            assertThat(tops).as("rows of the menu").hasSize(1);
            Box site = Box.of(page.locator(".admin-site"));
            Box signOut = Box.of(page.locator(".sign-out"));
            assertThat((signOut.top() + signOut.bottom()) / 2).as("sign-out beside the magazine's name, above the menu")
                    .isBetween(site.top(), site.bottom()).isLessThan(tops.getFirst());
            page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target", "screenshots", "admin-" + WIDE + ".png")));
            page.setViewportSize(PHONE, 900);
            page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target", "screenshots", "admin-" + PHONE + ".png")));
            Number width = (Number) page.evaluate("document.documentElement.scrollWidth");
            assertThat(width.intValue()).as("the newsroom on a phone").isLessThanOrEqualTo(PHONE);
        }
    }

    @Test
    void screenshots_of_the_home_page_an_article_and_a_topic_are_saved_for_a_look() {
        for (int width : List.of(WIDE, PHONE)) {
            try (BrowserContext context = screen(width)) {
                for (String name : List.of("home", "article", "topic", "edition", "search")) {
                    Page page = at(context, name);
                    Path file = Path.of("target", "screenshots", name + "-" + width + ".png");
                    screenshotWhole(page, file);
                    assertThat(file).isNotEmptyFile();
                    page.close();
                }
            }
        }
    }

    /**
     * The whole page as a reader scrolling it sees it. What lies far below the window is laid out only when a reader
     * comes near it (content-visibility), so the window is made as tall as the page first (again once that has been
     * laid out and the page has its own height), and a picture of the page shows it all.
     */
    private static void screenshotWhole(Page page, Path file) {
        int width = page.viewportSize().width;
        for (int i = 0; i < 3; i++) {
            page.setViewportSize(width, ((Number) page.evaluate("document.documentElement.scrollHeight")).intValue());
        }
        page.screenshot(new Page.ScreenshotOptions().setPath(file).setFullPage(true));
    }
}
