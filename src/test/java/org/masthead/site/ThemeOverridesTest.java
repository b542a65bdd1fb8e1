package org.masthead.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.masthead.support.ArticleBuilder.anArticle;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.masthead.article.Article;
import org.masthead.platform.Database;
import org.masthead.platform.StartupFailure;
import org.masthead.support.Http;
import org.masthead.support.RunningSite;

/** A magazine's own look from its data directory: theme/templates, theme/site.css and theme/custom.css. */
class ThemeOverridesTest {
    private static final String SHARE_BAR = """
            @import org.masthead.site.ShareBar
            @param ShareBar bar
            @param String place
            <nav class="share share-${place} house-share" aria-label="Pass it on"><a href="${bar.permalink()}">Our own bar</a></nav>
            """;

    private static Consumer<Path> theme(String file, String content) {
        return dataDir -> write(dataDir.resolve("theme").resolve(file), content);
    }

    private static void write(Path file, String content) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void a_partial_in_the_theme_replaces_the_built_in_one_in_every_page_that_uses_it() {
        try (RunningSite site = RunningSite.withDataDir(Database.Kind.SQLITE, theme("templates/partial/share.jte", SHARE_BAR))) {
            Article piece = anArticle().titled("The Ferry Strike").by("Ann Writer").publishedOn(LocalDate.of(2024, 3, 4))
                    .in(site.magazine());

            Document page = site.http().get(piece.path()).html();

            assertThat(page.select(".house-share")).extracting(Element::className)
                    .containsExactly("share share-top house-share", "share share-bottom house-share");
            assertThat(page.select(".share-facebook")).isEmpty();
            // Templates that do not use it are the built-in ones, unchanged.
            assertThat(page.selectFirst("h1").text()).isEqualTo("The Ferry Strike");
            assertThat(site.http().get("/").html().select(".lineup-title")).extracting(Element::text).containsExactly("The Ferry Strike");
        }
    }

    @Test
    void a_page_template_in_the_theme_replaces_the_built_in_one() {
        String home = """
                @import org.masthead.site.Chrome
                @import org.masthead.site.HomeView
                @param Chrome chrome
                @param HomeView page
                @template.layout(chrome = chrome, meta = page.meta(), content = @`<p class="house-welcome">Welcome to ${chrome.title()}</p>`)
                """;
        try (RunningSite site = RunningSite.withDataDir(Database.Kind.SQLITE, theme("templates/home.jte", home))) {
            Document page = site.http().get("/").html();

            assertThat(page.selectFirst(".house-welcome").text()).isEqualTo("Welcome to Masthead");
            assertThat(page.select("link[rel=canonical]")).hasSize(1);
        }
    }

    @Test
    void custom_css_is_linked_after_the_sites_own_stylesheet_and_served_by_its_content_hash() {
        try (RunningSite site = RunningSite.withDataDir(Database.Kind.SQLITE, theme("custom.css", ".site-title { color: #7a0000; }"))) {
            List<String> sheets = site.http().get("/").html().select("link[rel=stylesheet]").eachAttr("href");

            assertThat(sheets).as("the site's own first, then the magazine's").hasSize(2);
            assertThat(sheets.get(0)).matches("/static/site\\.css\\?v=[0-9a-f]{12}");
            assertThat(sheets.get(1)).matches("/static/custom\\.css\\?v=[0-9a-f]{12}");
            Http.Response css = site.http().get(sheets.get(1));
            assertThat(css.body()).isEqualTo(".site-title { color: #7a0000; }");
            assertThat(css.header("Content-Type")).startsWith("text/css");
            assertThat(css.header("Cache-Control")).contains("immutable");
        }
    }

    @Test
    void without_a_theme_there_is_one_stylesheet_and_no_custom_css() {
        try (RunningSite site = RunningSite.empty(Database.Kind.SQLITE)) {
            assertThat(site.http().get("/").html().select("link[rel=stylesheet]").eachAttr("href"))
                    .singleElement().asString().startsWith("/static/site.css?v=");
            assertThat(site.http().get("/static/custom.css").status()).isEqualTo(404);
        }
    }

    @Test
    void a_site_css_in_the_theme_is_served_in_place_of_the_built_in_one() {
        String builtIn;
        try (RunningSite plain = RunningSite.empty(Database.Kind.SQLITE)) {
            builtIn = plain.http().stylesheet("/").body();
        }
        try (RunningSite site = RunningSite.withDataDir(Database.Kind.SQLITE, theme("site.css", "body { margin: 2rem; }"))) {
            String css = site.http().stylesheet("/").body();

            assertThat(css).isNotEqualTo(builtIn).isEqualTo("body { margin: 2rem; }");
            assertThat(site.http().get("/static/site.css").body()).isEqualTo("body { margin: 2rem; }");
        }
    }

    @Test
    void a_theme_template_that_does_not_compile_stops_the_start_naming_its_file_and_line() {
        String broken = SHARE_BAR.replace("${bar.permalink()}", "${bar.noSuchThing()}");

        assertThatThrownBy(() -> RunningSite.withDataDir(Database.Kind.SQLITE, theme("templates/partial/share.jte", broken)))
                .isInstanceOf(StartupFailure.class)
                .hasMessageContaining("theme")
                .hasMessageContaining("partial/share.jte:4")
                .hasMessageContaining("remove it to use the built-in one");
    }

    @Test
    void a_theme_template_whose_parameters_no_longer_fit_its_callers_stops_the_start() {
        String changed = SHARE_BAR.replace("@param String place\n", "@param String place\n@param int count\n");

        assertThatThrownBy(() -> RunningSite.withDataDir(Database.Kind.SQLITE, theme("templates/partial/share.jte", changed)))
                .isInstanceOf(StartupFailure.class)
                .hasMessageContaining("article.jte");
    }

    @Test
    void a_theme_cannot_replace_the_newsrooms_templates() {
        assertThatThrownBy(() -> RunningSite.withDataDir(Database.Kind.SQLITE, theme("templates/admin/layout.jte", "<p>mine</p>")))
                .isInstanceOf(StartupFailure.class)
                .hasMessageContaining("admin/layout.jte")
                .hasMessageContaining("newsroom");
    }

    @Test
    void a_theme_template_that_fails_while_rendering_gives_the_reader_an_error_page_and_no_trace() {
        String failing = """
                @import org.masthead.site.Chrome
                @import org.masthead.site.HomeView
                @param Chrome chrome
                @param HomeView page
                <p>${page.editions().get(99).heading().date()}</p>
                """;
        try (RunningSite site = RunningSite.withDataDir(Database.Kind.SQLITE, theme("templates/home.jte", failing))) {
            Http.Response response = site.http().get("/");

            assertThat(response.status()).isEqualTo(500);
            assertThat(response.body()).contains("Something went wrong").doesNotContain("Exception", "at gg.jte", "at org.");
        }
    }
}
