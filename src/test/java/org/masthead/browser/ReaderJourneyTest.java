package org.masthead.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.masthead.support.Browser;
import org.masthead.support.ReferencePage;
import org.masthead.support.RunningSite;
import org.masthead.support.SiteExtension;

/** A reader, in a real browser, finding their way around the magazine. */
class ReaderJourneyTest {
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

    @Test
    void a_reader_goes_from_the_lineup_to_an_article_and_on_to_its_authors_other_work() {
        Page page = browser.newPage();
        page.navigate(site.http().base().toString());

        page.getByRole(com.microsoft.playwright.options.AriaRole.LINK,
                new Page.GetByRoleOptions().setName(ReferencePage.TITLE)).click();
        assertThat(page.locator("h1")).hasText(ReferencePage.TITLE);
        assertThat(page.locator("figure .credit")).hasText("Photo by Erich Ferdinand | CC BY 2.0");

        page.locator(".more-by a").click();
        assertThat(page).hasURL(site.http().base().resolve("/author/patrick-cockburn/").toString());
        assertThat(page.locator("h1")).hasText("Patrick Cockburn");

        page.locator(".site-title a").click();
        assertThat(page.locator("h1")).hasText("Masthead");
        page.close();
    }

    @Test
    void a_reader_searches_from_the_header_misspelling_a_place_and_narrows_the_results_to_a_year() {
        Page page = browser.newPage();
        page.navigate(site.http().base().toString());

        page.getByRole(com.microsoft.playwright.options.AriaRole.SEARCHBOX, new Page.GetByRoleOptions().setName("Search articles"))
                .fill("Nasiriya bomb");
        page.keyboard().press("Enter");

        assertThat(page.locator(".search-corrected")).containsText("Showing results for Nassiriya bomb");
        assertThat(page.locator(".search-hit-title").first()).hasText(ReferencePage.TITLE);
        assertThat(page.locator(".search-hit-snippet mark").first()).hasText(java.util.regex.Pattern.compile("Nassiriya|bomb"));

        page.locator(".search-facets a", new Page.LocatorOptions().setHasText("2017")).click();
        assertThat(page).hasURL(java.util.regex.Pattern.compile("year=2017"));
        assertThat(page.locator(".search-summary")).containsText("in 2017");
        page.locator(".search-hit-title a").first().click();
        assertThat(page.locator("h1")).hasText(ReferencePage.TITLE);
        page.close();
    }

    @Test
    void the_first_tab_reveals_a_skip_link_to_the_content() {
        Page page = browser.newPage();
        page.navigate(site.http().base().toString());

        page.keyboard().press("Tab");
        assertThat(page.locator(".skip-link")).isFocused();
        double top = ((Number) page.locator(".skip-link").evaluate("e => e.getBoundingClientRect().top")).doubleValue();
        assertThat(top).isGreaterThanOrEqualTo(0);
        page.keyboard().press("Enter");
        assertThat(page).hasURL(site.http().base().toString() + "#main");
        page.close();
    }

    @Test
    void the_pages_are_laid_out_for_a_phone_without_sideways_scrolling() {
        Page page = browser.newPage();
        page.setViewportSize(375, 800);
        page.navigate(site.http().base().resolve("/2017/09/18/isis-is-stepping-up-its-atrocities-to-compensate-for-its-defeat/").toString());

        int scrollWidth = (int) page.evaluate("() => document.documentElement.scrollWidth");
        assertThat(scrollWidth).isLessThanOrEqualTo(375);
        page.close();
    }
}
