package org.masthead.importer.wordpress;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.masthead.article.Article;
import org.masthead.importer.ImportProgress;
import org.masthead.importer.ImportService;
import org.masthead.platform.Database;
import org.masthead.support.Http;
import org.masthead.support.RunningSite;
import org.masthead.support.SiteExtension;

/**
 * A served magazine made from wptest.xml and an export with its uploads: old WordPress addresses answer with a
 * permanent redirect to where each piece is now, what was not public in WordPress is on no public page, feed,
 * sitemap or search, and copied files are served as their types allow.
 */
class WordPressSiteTest {
    @RegisterExtension
    static final SiteExtension site = SiteExtension.of(() -> RunningSite.empty(Database.Kind.SQLITE));

    private static Path uploadsWork;

    @BeforeAll
    static void importExports() throws Exception {
        var imports = site.magazine().imports();
        imports.importPrepared(ImportService.prepare(WxrFacts.ROOT.resolve("poststatus-wptest/wptest.xml"),
                ImportService.Options.NONE), ImportProgress.NONE);
        uploadsWork = Files.createTempDirectory("wxr-uploads");
        Path export = UploadsFixture.write(uploadsWork);
        imports.importPrepared(ImportService.prepare(export, new ImportService.Options(null, UploadsFixture.uploads(uploadsWork))),
                ImportProgress.NONE);
    }

    private static Http http() {
        return site.http();
    }

    private static Article post(String id) {
        long articleId = site.magazine().database().read(h -> h.createQuery(
                "SELECT entity_id FROM import_keys WHERE source_key = :key AND source = 'wordpress:wptest.io/demo'")
                .bind("key", "post:" + id).mapTo(Long.class).one());
        return site.magazine().articles().find(articleId);
    }

    @Test
    void an_old_permalink_answers_with_a_permanent_redirect_to_the_post_where_it_is_now() {
        Article comments = post("149");

        var old = http().get("/demo/comments/");

        assertThat(old.status()).isEqualTo(301);
        assertThat(old.header("Location")).isEqualTo(comments.path());
        assertThat(http().get(comments.path()).status()).isEqualTo(200);
    }

    @Test
    void wordpress_numbered_links_answer_with_a_permanent_redirect_too() {
        Article comments = post("149");

        assertThat(http().get("/?p=149").header("Location")).isEqualTo(comments.path());
        assertThat(http().get("/demo/?p=149").header("Location")).isEqualTo(comments.path());
        assertThat(http().get("/?p=149").status()).isEqualTo(301);
    }

    @Test
    void a_hidden_post_has_no_address_that_redirects_and_no_page_of_its_own() {
        Article secret = post("131");

        assertThat(http().get("/demo/password-protected/").status()).isEqualTo(404);
        assertThat(http().get("/?p=131").status()).isNotEqualTo(301);
        assertThat(secret.isPublished()).isFalse();
        assertThat(http().get("/" + secret.slug() + "/").status()).isEqualTo(404);
        assertThat(http().get("/demo/scheduled/").status()).isEqualTo(404);
    }

    @Test
    void what_was_not_public_in_wordpress_is_on_no_public_list_feed_or_sitemap() {
        List<String> hidden = List.of(post("131").slug(), post("418").slug(), post("922").slug());
        List<String> pages = new ArrayList<>(List.of("/", "/feed/", "/feed/atom/", "/feed.json", "/topic/password/",
                "/topic/password/feed/", "/topic/unpublished/", "/author/manovotny/", "/sitemap-news.xml"));
        String index = http().get("/sitemap.xml").body();
        Pattern.compile("<loc>[^<]*?(/sitemap-[^<]+)</loc>").matcher(index).results().forEach(m -> pages.add(m.group(1)));
        assertThat(pages).as("sitemaps listed").anyMatch(p -> p.startsWith("/sitemap-articles-"));
        // The control: a public post of the same category shows where the hidden ones would.
        assertThat(http().get("/topic/formatting/").body()).contains(post("919").slug());

        for (String page : pages) {
            var response = http().get(page);
            assertThat(response.status()).as(page).isIn(200, 404);
            assertThat(hidden).as("hidden posts on %s", page).noneMatch(slug -> response.body().contains("/" + slug + "/"));
        }
    }

    @Test
    void search_finds_public_posts_and_never_a_hidden_one() {
        site.magazine().search().awaitIndexed();
        String found = http().get("/search?q=comments").body();
        assertThat(found).contains(post("149").slug());

        String secret = http().get("/search?q=password+protected").body();
        assertThat(secret).doesNotContain("/" + post("131").slug() + "/");
        assertThat(http().get("/search?q=scheduled").body()).doesNotContain("/" + post("418").slug() + "/");
    }

    @Test
    void a_copied_file_is_served_as_its_type_with_no_sniffing_and_a_long_cache() {
        var pdf = http().get("/media/files/report.pdf");

        assertThat(pdf.status()).isEqualTo(200);
        assertThat(pdf.header("Content-Type")).isEqualTo("application/pdf");
        assertThat(pdf.header("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(pdf.header("Content-Disposition")).startsWith("inline");
        assertThat(pdf.header("Content-Security-Policy")).startsWith("sandbox");
        assertThat(pdf.header("Cache-Control")).contains("max-age=604800");
        assertThat(pdf.body()).startsWith("%PDF-1.4");
    }

    @Test
    void a_file_a_browser_could_run_is_never_served_and_a_document_comes_as_a_download() throws Exception {
        Path files = site.magazine().config().dataDir().resolve("media").resolve("files");
        Files.writeString(files.resolve("page.html"), "<script>alert(1)</script>");
        Files.writeString(files.resolve("drawing.svg"), "<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>");
        Files.write(files.resolve("archive.zip"), new byte[] {'P', 'K', 3, 4});

        assertThat(http().get("/media/files/page.html").status()).isEqualTo(404);
        assertThat(http().get("/media/files/drawing.svg").status()).isEqualTo(404);
        assertThat(http().get("/media/files/..%2Fmasthead.db").status()).isEqualTo(404);
        var zip = http().get("/media/files/archive.zip");
        assertThat(zip.status()).isEqualTo(200);
        assertThat(zip.header("Content-Disposition")).startsWith("attachment");
    }
}
