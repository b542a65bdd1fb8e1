package org.masthead.transfer;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.CsvSource;
import org.masthead.common.Actor;
import org.masthead.importer.ImportOutcome;
import org.masthead.importer.ImportOutcome.Item;
import org.masthead.importer.ImportOutcome.Result;
import org.masthead.importer.ImportProgress;
import org.masthead.importer.ImportService;
import org.masthead.platform.Database;
import org.masthead.boot.Masthead;
import org.masthead.support.AdminClient;
import org.masthead.support.Magazines;

/**
 * The promise of an export: restored into an empty magazine, on either database, it is the same site, page
 * for page and byte for byte (the site's own address aside), and the same newsroom history.
 */
@ParameterizedClass(name = "{0} to {1}")
@CsvSource({"SQLITE, SQLITE", "SQLITE, POSTGRESQL", "POSTGRESQL, SQLITE"})
class RestoreReproducesTheSiteTest {
    @Parameter(0)
    Database.Kind from;

    @Parameter(1)
    Database.Kind to;

    @TempDir
    Path temp;

    @Test
    void a_magazine_restored_from_its_export_answers_every_public_address_with_the_same_bytes() {
        try (Masthead source = Magazines.open(from, temp.resolve("source"))) {
            FullMagazine.Filled filled = FullMagazine.fill(source);
            Path archive = temp.resolve("ledger.zip");
            source.export().export(archive, false, MagazineExport.Progress.NONE);
            try (Masthead target = Magazines.open(to, temp.resolve("target"))) {
                ImportOutcome outcome = restore(target, archive);
                assertThat(outcome.failures()).isEmpty();
                assertThat(outcome.count(Item.ARTICLE, Result.CREATED)).isGreaterThan(50);

                SiteCrawl original = served(source);
                SiteCrawl restored = served(target);
                String oldAddress = filled.harbourPath().replace("dockers-stop-the-port", "the-dockers-who-stopped-the-port");
                Map<String, SiteCrawl.Answer> pages = original.crawl(List.of("/", "/robots.txt", "/sitemap.xml",
                        "/sitemap-news.xml", "/feed/", "/feed/atom/", "/feed.json", oldAddress, "/media/files/strike-ballot.pdf",
                        "/search?q=strike", "/search?q=cranes", "/search?q=Cockburn", "/search?q=%22container+quay%22", "/search?q=nuclear&order=newest",
                        "/api/search?q=port", "/no-such-page/", "/2018/", "/2018/11/", "/2018/11/12/", "/2017/09/18/",
                        filled.harbourPath().substring(0, 12)));

                List<String> differences = new ArrayList<>();
                pages.forEach((path, answer) -> {
                    SiteCrawl.Answer again = restored.get(path);
                    if (again.status() != answer.status() || !again.type().equals(answer.type())
                            // Feeds and sitemaps date themselves by when this server first sent their body, by design.
                            || answer.type().startsWith("text/html") && !java.util.Objects.equals(again.lastModified(), answer.lastModified())
                            || !java.util.Objects.equals(again.location(), answer.location())
                            || !java.util.Arrays.equals(again.body(), answer.body())) {
                        differences.add(path + ": " + describe(answer, again));
                    }
                });
                assertThat(differences).as("addresses that answer differently after the restore").isEmpty();
                assertThat(pages.keySet()).as("the crawl saw every kind of page")
                        .contains("/", "/page/2/", filled.harbourPath(), "/author/ann-lee/", "/topic/shipping/", "/about-us/",
                                "/sitemap-pages.xml", "/author/ann-lee/feed/")
                        .anyMatch(path -> path.startsWith("/edition/")).anyMatch(path -> path.matches("/topic/.+/feed/"))
                        .anyMatch(path -> path.matches("/media/.*-480w\\.jpg"));
                assertThat(pages.get(oldAddress).status()).isEqualTo(301);
                assertThat(pages.get("/search?q=cranes").text()).contains("The Dockers Who Stopped the Port");
            }
        }
    }

    @Test
    void a_restored_magazine_answers_our_api_and_the_ghost_content_api_with_the_same_bytes() {
        try (Masthead source = Magazines.open(from, temp.resolve("source"))) {
            FullMagazine.fill(source);
            Path archive = temp.resolve("ledger.zip");
            source.export().export(archive, false, MagazineExport.Progress.NONE);
            try (Masthead target = Magazines.open(to, temp.resolve("target"))) {
                assertThat(restore(target, archive).failures()).isEmpty();
                SiteCrawl original = served(source);
                SiteCrawl restored = served(target);
                String sourceKey = contentKey(source);
                String targetKey = contentKey(target);

                List<String> differences = new ArrayList<>();
                List<String> asked = new ArrayList<>(List.of("/api/editions/", "/api/editions/?page=2", "/api/authors/ann-lee/"));
                for (String resource : List.of("posts", "pages")) {
                    asked.add("/ghost/api/content/" + resource + "/?limit=all&include=authors,tags&key=KEY");
                }
                for (String resource : List.of("authors", "tags")) {
                    asked.add("/ghost/api/content/" + resource + "/?limit=all&include=count.posts&key=KEY");
                }
                asked.add("/ghost/api/content/settings/?key=KEY");
                asked.add("/ghost/api/content/posts/?filter=tag:shipping&order=published_at%20asc&key=KEY");
                for (String path : asked) {
                    SiteCrawl.Answer before = original.get(path.replace("KEY", sourceKey));
                    SiteCrawl.Answer after = restored.get(path.replace("KEY", targetKey));
                    assertThat(before.status()).as(path).isEqualTo(200);
                    if (after.status() != before.status() || !java.util.Arrays.equals(before.body(), after.body())) {
                        differences.add(path + ": " + describe(before, after));
                    }
                }
                assertThat(differences).as("API answers that differ after the restore").isEmpty();
            }
        }
    }

    private static String contentKey(Masthead magazine) {
        return magazine.apiKeys().create(Actor.system("test"), org.masthead.apikey.ApiKey.Kind.CONTENT, "Reader site").printable();
    }

    @Test
    void the_newsroom_shows_the_same_revisions_and_notes_and_restored_people_sign_in_once_given_a_password() {
        try (Masthead source = Magazines.open(from, temp.resolve("source"))) {
            FullMagazine.Filled filled = FullMagazine.fill(source);
            Path archive = temp.resolve("ledger.zip");
            source.export().export(archive, false, MagazineExport.Progress.NONE);
            try (Masthead target = Magazines.open(to, temp.resolve("target"))) {
                ImportOutcome outcome = restore(target, archive);
                assertThat(outcome.notes()).anySatisfy(note -> assertThat(note).contains("without a password", "user password"));
                AdminClient before = new AdminClient(URI.create("http://localhost:" + source.serve() + "/"));
                AdminClient after = new AdminClient(URI.create("http://localhost:" + target.serve() + "/"));
                before.signIn(FullMagazine.ADMIN, FullMagazine.PASSWORD);

                assertThat(after.signIn(FullMagazine.ADMIN, FullMagazine.PASSWORD).body())
                        .as("no password came with the archive").contains("The email address or the password is not right.");
                target.accounts().setPassword(Actor.system("test"), FullMagazine.ADMIN, FullMagazine.PASSWORD);
                assertThat(after.signIn(FullMagazine.ADMIN, FullMagazine.PASSWORD).status()).isEqualTo(303);

                String revisions = "/admin/articles/" + filled.harbourId() + "/revisions";
                assertThat(screen(after.get(revisions).body())).isEqualTo(screen(before.get(revisions).body()))
                        .contains("Ada Admin");
                String desk = "/admin/articles/" + filled.harbourId();
                assertThat(screen(after.get(desk).body())).isEqualTo(screen(before.get(desk).body()))
                        .contains("Checked the figures with the union's office.");
            }
        }
    }

    private static ImportOutcome restore(Masthead target, Path archive) {
        return target.imports().importPrepared(ImportService.prepare(archive, ImportService.Options.NONE), ImportProgress.NONE);
    }

    private static SiteCrawl served(Masthead magazine) {
        int port = magazine.serve();
        magazine.search().awaitIndexed();
        return new SiteCrawl(URI.create("http://localhost:" + port + "/"));
    }

    /** A newsroom screen's main content, without what differs per session (its CSRF tokens) or per server. */
    private static String screen(String html) {
        Document page = Jsoup.parse(html);
        page.select("input[name=_csrf]").remove();
        var main = page.selectFirst("main");
        return (main == null ? page.body() : main).html().replaceAll("localhost:\\d+", "localhost");
    }

    private static String describe(SiteCrawl.Answer before, SiteCrawl.Answer after) {
        if (before.status() != after.status()) {
            return "status " + before.status() + " became " + after.status();
        }
        if (java.util.Arrays.equals(before.body(), after.body())) {
            return "Last-Modified " + before.lastModified() + " became " + after.lastModified() + ", Location "
                    + before.location() + " became " + after.location();
        }
        String a = before.text();
        String b = after.text();
        int at = 0;
        while (at < Math.min(a.length(), b.length()) && a.charAt(at) == b.charAt(at)) {
            at++;
        }
        return "first difference at " + at + ": «" + a.substring(Math.max(0, at - 80), Math.min(a.length(), at + 80))
                + "» became «" + b.substring(Math.max(0, at - 80), Math.min(b.length(), at + 80)) + "»";
    }
}
