package org.masthead.support;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.nio.file.Path;
import java.util.List;

/**
 * Debian's Chromium, headless, driven by Playwright: a real browser for what a person clicks. CI installs
 * it with {@code apt-get install -y chromium}; {@code -Dmasthead.chromium=PATH} points elsewhere.
 */
public final class Browser implements AutoCloseable {
    private final Playwright playwright;
    private final com.microsoft.playwright.Browser browser;

    public Browser() {
        Path chromium = Path.of(System.getProperty("masthead.chromium", "/usr/bin/chromium"));
        assertThat(chromium).as("Chromium for the browser tests (apt-get install -y chromium)").isExecutable();
        playwright = Playwright.create();
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(chromium)
                .setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking",
                        "--disable-component-update", "--disable-sync", "--no-first-run")));
    }

    public Page newPage() {
        return browser.newPage();
    }

    /** A browser profile of its own (cookies, sessions), as another person at another computer. */
    public com.microsoft.playwright.BrowserContext newContext() {
        return browser.newContext();
    }

    /** A browser profile of its own with a screen, colour scheme, permissions or scripting of the test's choosing. */
    public com.microsoft.playwright.BrowserContext newContext(com.microsoft.playwright.Browser.NewContextOptions options) {
        return browser.newContext(options);
    }

    @Override
    public void close() {
        browser.close();
        playwright.close();
    }
}
