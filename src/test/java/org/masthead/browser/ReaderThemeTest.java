package org.masthead.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.microsoft.playwright.Browser.NewContextOptions;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.CDPSession;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.ColorScheme;
import com.microsoft.playwright.options.Media;
import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.masthead.support.Browser;
import org.masthead.support.ReferencePage;
import org.masthead.support.RunningSite;
import org.masthead.support.SiteExtension;

/** The default theme in a real browser: dark mode, paper, phones, copy-link and the Mastodon form. */
class ReaderThemeTest {
    private static final String PATH = "/2017/09/18/isis-is-stepping-up-its-atrocities-to-compensate-for-its-defeat/";
    private static final Pattern RGB = Pattern.compile("rgba?\\((\\d+), (\\d+), (\\d+)");
    @RegisterExtension
    static final SiteExtension site = SiteExtension.of(RunningSite::withReferencePage);
    private static Browser browser;

    @BeforeAll
    static void start() {
        browser = new Browser();
    }

    @AfterAll
    static void stop() {
        browser.close();
    }

    private static String url(String path) {
        return site.http().base().resolve(path).toString();
    }

    private static String css(Page page, String selector, String property) {
        return (String) page.locator(selector).first().evaluate("(e, p) => getComputedStyle(e).getPropertyValue(p)", property);
    }

    /** WCAG's contrast ratio of two computed colours. */
    private static double contrast(String a, String b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    private static int[] rgb(String color) {
        Matcher m = RGB.matcher(color);
        assertThat(m.find()).as(color).isTrue();
        return new int[] {Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3))};
    }

    private static double luminance(String color) {
        int[] rgb = rgb(color);
        double[] c = new double[3];
        for (int i = 0; i < 3; i++) {
            double v = rgb[i] / 255.0;
            c[i] = v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
        }
        return 0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2];
    }

    private record Colours(String background, String text, String link, String muted, String accent, String focus) {}

    private static Colours colours(ColorScheme scheme) {
        try (BrowserContext context = browser.newContext(new NewContextOptions().setColorScheme(scheme))) {
            Page page = context.newPage();
            page.navigate(url(PATH));
            page.keyboard().press("Tab");
            assertThat(css(page, ".skip-link", "outline-style")).as("the focus ring").isEqualTo("solid");
            return new Colours(css(page, "body", "background-color"), css(page, "body", "color"), css(page, ".byline a", "color"),
                    css(page, ".dateline", "color"), css(page, ".edition-label", "color"), css(page, ".skip-link", "outline-color"));
        }
    }

    @Test
    void dark_mode_follows_the_readers_system_setting_and_keeps_every_colour_readable() {
        Colours light = colours(ColorScheme.LIGHT);
        Colours dark = colours(ColorScheme.DARK);

        assertThat(dark.background()).isNotEqualTo(light.background());
        assertThat(dark.text()).isNotEqualTo(light.text());
        assertThat(luminance(dark.background())).isLessThan(luminance(dark.text()));
        for (Colours mode : List.of(light, dark)) {
            for (String text : List.of(mode.text(), mode.link(), mode.muted(), mode.accent())) {
                assertThat(contrast(text, mode.background())).as(text + " on " + mode.background()).isGreaterThanOrEqualTo(4.5);
            }
            assertThat(contrast(mode.focus(), mode.background())).as("focus ring").isGreaterThanOrEqualTo(3);
        }
    }

    @Test
    void on_paper_the_article_is_black_on_white_without_search_share_or_navigation() {
        try (BrowserContext context = browser.newContext(new NewContextOptions().setColorScheme(ColorScheme.DARK))) {
            Page page = context.newPage();
            page.navigate(url(PATH));
            page.emulateMedia(new Page.EmulateMediaOptions().setMedia(Media.PRINT));

            assertThat(css(page, "body", "color")).isEqualTo("rgb(0, 0, 0)");
            assertThat(css(page, "body", "background-color")).isEqualTo("rgb(255, 255, 255)");
            for (String hidden : List.of(".site-header .search-form", ".share-top", ".share-bottom", ".latest", ".site-footer")) {
                assertThat(css(page, hidden, "display")).as(hidden).isEqualTo("none");
            }
            assertThat(css(page, ".article-body", "display")).isEqualTo("block");
        }
    }

    @Test
    void a_320_pixel_phone_reads_the_lineup_and_the_article_without_scrolling_sideways() {
        try (BrowserContext context = browser.newContext(new NewContextOptions().setViewportSize(320, 640))) {
            Page page = context.newPage();
            for (String path : List.of("/", PATH, "/author/patrick-cockburn/")) {
                page.navigate(url(path));
                Number width = (Number) page.evaluate("document.documentElement.scrollWidth");
                assertThat(width.intValue()).as(path).isLessThanOrEqualTo(320);
            }
        }
    }

    @Test
    void the_article_text_keeps_to_a_reading_measure_on_a_wide_screen() {
        try (BrowserContext context = browser.newContext(new NewContextOptions().setViewportSize(1600, 900))) {
            Page page = context.newPage();
            page.navigate(url(PATH));
            double width = ((Number) page.locator(".article-body p").first().evaluate("e => e.getBoundingClientRect().width")).doubleValue();
            double em = Double.parseDouble(css(page, ".article-body p", "font-size").replace("px", ""));

            assertThat(width / em).as("line length in ems").isBetween(25.0, 40.0);
            assertThat(Double.parseDouble(css(page, ".article-body p", "line-height").replace("px", "")) / em).isBetween(1.4, 1.8);
        }
    }

    @Test
    void a_focused_links_ring_shows_whole_at_the_edge_of_a_block() throws Exception {
        // The front page's editions are laid out only when near, and such a block paints nothing outside itself; the
        // bottom share bar is the article's last block before the footer. Each link here starts at its block's edge.
        try (BrowserContext context = browser.newContext(new NewContextOptions().setViewportSize(390, 800))) {
            Page page = context.newPage();
            for (List<String> pathAndLink : List.of(List.of("/", ".lineups > .edition .lineup-author a"),
                    List.of(PATH, ".share-bottom li:first-child a"))) {
                page.navigate(url(pathAndLink.get(0)));
                var target = page.locator(pathAndLink.get(1)).first();
                target.scrollIntoViewIfNeeded();
                target.focus();
                assertThat(target.evaluate("e => e.matches(':focus-visible')")).as(pathAndLink.toString()).isEqualTo(true);
                int[] ring = rgb(css(page, pathAndLink.get(1), "outline-color"));
                var box = target.boundingBox();
                // The ring is 3px wide and 2px off the link: the pixel 4px left of the link is the ring's.
                byte[] png = page.screenshot(new Page.ScreenshotOptions().setClip(box.x - 4, box.y + box.height / 2, 1, 1));
                int pixel = ImageIO.read(new ByteArrayInputStream(png)).getRGB(0, 0);
                int[] seen = {(pixel >> 16) & 0xff, (pixel >> 8) & 0xff, pixel & 0xff};
                for (int i = 0; i < 3; i++) {
                    assertThat(seen[i]).as(pathAndLink + ": the ring's colour left of the link")
                            .isCloseTo(ring[i], Offset.offset(40));
                }
            }
        }
    }

    @Test
    void copy_link_copies_the_articles_address_and_says_so_to_screen_readers() {
        try (BrowserContext context = browser.newContext()) {
            context.grantPermissions(List.of("clipboard-read", "clipboard-write"));
            Page page = context.newPage();
            page.navigate(url(PATH));

            page.locator(".share-top .share-copy").click();

            com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat(page.locator(".share-top [role=status]"))
                    .hasText("Link copied");
            assertThat(page.url()).isEqualTo(url(PATH));
            assertThat(page.locator(".share-top .share-copy").getAttribute("role")).isEqualTo("button");
            assertThat(page.evaluate("navigator.clipboard.readText()")).isEqualTo(url(PATH));

            // A button is pressed with the space bar too; the lower bar's control says so in its own live region.
            page.evaluate("navigator.clipboard.writeText('')");
            page.locator(".share-bottom .share-copy").focus();
            page.keyboard().press(" ");
            com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat(page.locator(".share-bottom [role=status]"))
                    .hasText("Link copied");
            assertThat(page.evaluate("navigator.clipboard.readText()")).isEqualTo(url(PATH));
        }
    }

    @Test
    void letters_beyond_latin_1_show_in_the_sites_type_fetched_only_when_a_page_has_them() {
        try (BrowserContext context = browser.newContext()) {
            Page page = context.newPage();
            page.navigate(url(PATH));
            page.evaluate("document.fonts.ready");
            assertThat(page.evaluate("[...document.fonts].filter(f => f.status !== 'unloaded').map(f => f.family).join()"))
                    .as("an English page fetches only the Latin files").asString().doesNotContain("Ext");

            // Polish names in the article: the extended files are fetched (optional fonts: awaited here, then used).
            page.evaluate("document.fonts.load('1em \"Source Serif 4 Ext\"', 'Ł')");
            page.locator(".article-body p").first().evaluate("p => p.textContent = 'Łódź, Kraków i Wrocław'");
            CDPSession cdp = context.newCDPSession(page);
            cdp.send("DOM.enable");
            cdp.send("CSS.enable");
            JsonObject document = cdp.send("DOM.getDocument");
            JsonObject query = new JsonObject();
            query.addProperty("nodeId", document.getAsJsonObject("root").get("nodeId").getAsInt());
            query.addProperty("selector", ".article-body p");
            JsonObject node = new JsonObject();
            node.addProperty("nodeId", cdp.send("DOM.querySelector", query).get("nodeId").getAsInt());
            JsonArray fonts = cdp.send("CSS.getPlatformFontsForNode", node).getAsJsonArray("fonts");

            assertThat(fonts).isNotEmpty().allSatisfy(font -> assertThat(font.getAsJsonObject().get("isCustomFont").getAsBoolean())
                    .as(font.toString()).isTrue());
            assertThat(fonts).extracting(font -> font.getAsJsonObject().get("familyName").getAsString()).containsOnly("Source Serif 4");
        }
    }

    @Test
    void without_javascript_copy_link_is_a_plain_link_to_the_article() {
        try (BrowserContext context = browser.newContext(new NewContextOptions().setJavaScriptEnabled(false))) {
            Page page = context.newPage();
            page.navigate(url("/author/patrick-cockburn/"));
            page.navigate(url(PATH));

            page.locator(".share-bottom .share-copy").click();

            assertThat(page.url()).isEqualTo(url(PATH));
            assertThat(page.locator(".share-copy").first().getAttribute("role")).isNull();
        }
    }

    @Test
    void a_reader_shares_to_mastodon_by_naming_their_server_and_lands_on_its_share_page() {
        try (BrowserContext context = browser.newContext()) {
            // The reader's server, stood in for: the test leaves no request to the internet.
            context.route("https://mastodon.example/**", route -> route.fulfill(new com.microsoft.playwright.Route.FulfillOptions()
                    .setStatus(200).setContentType("text/html").setBody("<title>Compose</title>")));
            Page page = context.newPage();
            page.navigate(url(PATH));
            page.navigate(url(page.locator(".share-top .share-mastodon").getAttribute("href")));

            page.getByLabel("Your Mastodon server").fill("mastodon.example");
            page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Go to my server")).click();
            page.waitForURL("https://mastodon.example/**");

            assertThat(java.net.URI.create(page.url()).getPath()).isEqualTo("/share");
            assertThat(java.net.URI.create(page.url()).getQuery()).isEqualTo("text=" + ReferencePage.TITLE + " " + url(PATH));
        }
    }
}
