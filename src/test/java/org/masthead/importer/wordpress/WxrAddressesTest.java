package org.masthead.importer.wordpress;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.masthead.article.Article;
import org.masthead.importer.ImportOutcome;
import org.masthead.importer.ImportProgress;
import org.masthead.importer.ImportService;
import org.masthead.platform.Database;
import org.masthead.support.Http;
import org.masthead.support.RunningSite;
import org.masthead.support.SiteExtension;

/**
 * Every address a WordPress site had answers here, written in small exports: non-Latin and underscored slugs,
 * a doubled slash, child pages, numeric old slugs, category and tag pages and their feeds, {@code ?p=} built from
 * each post's own id (never a copied guid's), items without {@code wp:post_id}, and two WordPress.com blogs in
 * one magazine, each kept apart.
 */
class WxrAddressesTest {
    @RegisterExtension
    static final SiteExtension site = SiteExtension.of(() -> RunningSite.empty(Database.Kind.SQLITE));

    private static Path dir;

    @BeforeAll
    static void importExports() throws IOException {
        dir = Files.createTempDirectory("wxr-addresses");
        importFile("harbour.xml", channel("https://old.example", "https://old.example", "https://old.example",
                """
                <wp:category><wp:term_id>3</wp:term_id><wp:category_nicename>world</wp:category_nicename>
                  <wp:category_parent>news</wp:category_parent><wp:cat_name><![CDATA[World]]></wp:cat_name></wp:category>
                <wp:tag><wp:term_id>4</wp:term_id><wp:tag_slug>ports</wp:tag_slug><wp:tag_name><![CDATA[Ports]]></wp:tag_name></wp:tag>
                """
                + item(10, "post", "%CE%B5%CE%BB%CE%BB%CE%AC%CE%B4%CE%B1", "Ελλάδα", "https://old.example//greek/%CE%B5%CE%BB%CE%BB%CE%AC%CE%B4%CE%B1/",
                        "https://old.example/?p=10", 0, "<category domain=\"category\" nicename=\"world\"><![CDATA[World]]></category>"
                        + "<category domain=\"post_tag\" nicename=\"ports\"><![CDATA[Ports]]></category>")
                + item(11, "post", "%E6%97%A5%E6%9C%AC", "日本", "https://old.example/2024/03/01/%E6%97%A5%E6%9C%AC/",
                        "https://old.example/?p=11", 0, "")
                + item(12, "post", "under_score", "Under score", "https://old.example/2024/03/01/under_score/",
                        "https://old.example/?p=12", 0, "<wp:postmeta><wp:meta_key>_wp_old_slug</wp:meta_key>"
                        + "<wp:meta_value><![CDATA[8-2]]></wp:meta_value></wp:postmeta>")
                // A duplicated post: WordPress copied the first one's guid, ?p=10.
                + item(13, "post", "copy-of-greece", "Copy of Greece", "https://old.example/2024/03/01/copy-of-greece/",
                        "https://old.example/?p=10", 0, "")
                + item(14, "post", "media-text", "Media &amp; Text <em>With</em> <b>Mark<sup>up</sup></b>",
                        "https://old.example/2024/03/01/media-text/", "https://old.example/?p=14", 0, "")
                + item(20, "page", "about", "About", "https://old.example/about/", "https://old.example/?page_id=20", 0, "")
                + item(21, "page", "staff", "Staff", "https://old.example/about/staff/", "https://old.example/?page_id=21", 20, "")));
        importFile("no-ids.xml", channel("https://other.example", "https://other.example", "https://other.example",
                item(-1, "post", "without-an-id", "Without an id", "https://other.example/?p=77", "https://other.example/?p=77", 0, "")));
        importFile("blog-one.xml", channel("https://one.wordpress.com", "http://wordpress.com/", "https://one.wordpress.com",
                item(5, "post", "hello-from-one", "Hello from one", "https://one.wordpress.com/hello-from-one/",
                        "http://one.wordpress.com/?p=5", 0, "")));
        importFile("blog-two.xml", channel("https://two.wordpress.com", "http://wordpress.com/", "https://two.wordpress.com",
                item(5, "post", "hello-from-two", "Hello from two", "https://two.wordpress.com/hello-from-two/",
                        "http://two.wordpress.com/?p=5", 0, "")));
    }

    private static ImportOutcome importFile(String name, String xml) throws IOException {
        Path file = Files.writeString(dir.resolve(name), xml);
        return site.magazine().imports().importPrepared(ImportService.prepare(file, ImportService.Options.NONE), ImportProgress.NONE);
    }

    private static String channel(String link, String baseSite, String baseBlog, String body) {
        return """
                <?xml version="1.0" encoding="UTF-8" ?>
                <rss version="2.0" xmlns:excerpt="http://wordpress.org/export/1.2/excerpt/"
                  xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/"
                  xmlns:wp="http://wordpress.org/export/1.2/">
                <channel>
                <title>A blog</title>
                <link>%s</link>
                <wp:wxr_version>1.2</wp:wxr_version>
                <wp:base_site_url>%s</wp:base_site_url>
                <wp:base_blog_url>%s</wp:base_blog_url>
                <wp:author><wp:author_id>1</wp:author_id><wp:author_login>ann</wp:author_login>
                  <wp:author_display_name><![CDATA[Ann Writer]]></wp:author_display_name></wp:author>
                %s</channel>
                </rss>
                """.formatted(link, baseSite, baseBlog, body);
    }

    /** An item; an id below zero writes none, as some tools do. */
    private static String item(int id, String type, String name, String title, String link, String guid, int parent, String more) {
        return """
                <item>
                  <title><![CDATA[%s]]></title>
                  <link>%s</link>
                  <guid isPermaLink="false">%s</guid>
                  <dc:creator>ann</dc:creator>
                  <content:encoded><![CDATA[<p>The words of %s, every one of them kept.</p>]]></content:encoded>
                  %s
                  <wp:post_date_gmt>2024-03-01 09:00:00</wp:post_date_gmt>
                  <wp:post_name>%s</wp:post_name>
                  <wp:status>publish</wp:status>
                  <wp:post_parent>%d</wp:post_parent>
                  <wp:post_type>%s</wp:post_type>
                  %s
                </item>
                """.formatted(title, link, guid, title, id < 0 ? "" : "<wp:post_id>" + id + "</wp:post_id>", name, parent, type, more);
    }

    private static Http http() {
        return site.http();
    }

    private static Article titled(String title) {
        long id = site.magazine().database().read(h -> h.createQuery("SELECT id FROM articles WHERE title = :title")
                .bind("title", title).mapTo(Long.class).one());
        return site.magazine().articles().find(id);
    }

    private static void assertMoved(String asked, String to) {
        Http.Response answer = asked.startsWith("//") ? http().raw(asked) : http().get(asked);
        assertThat(answer.status()).as(asked).isEqualTo(301);
        assertThat(answer.header("Location")).as(asked).isEqualTo(to);
    }

    @Test
    void greek_japanese_and_underscored_slugs_are_kept_and_their_pages_answer() {
        Article greek = titled("Ελλάδα");
        Article japanese = titled("日本");
        Article underscored = titled("Under score");

        assertThat(greek.slug()).isEqualTo("ελλάδα");
        assertThat(japanese.slug()).isEqualTo("日本");
        assertThat(underscored.slug()).isEqualTo("under_score");
        assertThat(http().get(greek.path()).status()).isEqualTo(200);
        assertThat(http().get(japanese.path()).status()).isEqualTo(200);
        assertThat(http().get("/2024/03/01/%E6%97%A5%E6%9C%AC/").status()).isIn(200, 301);
    }

    @Test
    void a_doubled_slash_child_pages_and_a_numeric_old_slug_answer_301_to_the_right_page() {
        assertMoved("//greek/%CE%B5%CE%BB%CE%BB%CE%AC%CE%B4%CE%B1/", titled("Ελλάδα").path());
        assertMoved("/greek/%CE%B5%CE%BB%CE%BB%CE%AC%CE%B4%CE%B1/", titled("Ελλάδα").path());
        assertMoved("/about/staff/", titled("Staff").path());
        assertMoved("/2024/03/01/8-2/", titled("Under score").path());
    }

    @Test
    void category_and_tag_pages_and_their_feeds_answer_with_the_topic_pages() {
        assertMoved("/category/news/world/", "/topic/world/");
        assertMoved("/category/world/", "/topic/world/");
        assertMoved("/tag/ports/", "/topic/ports/");
        assertMoved("/category/world/feed/", "/topic/world/feed/");
        assertMoved("/tag/ports/rss/", "/topic/ports/feed/");
        assertMoved("/rss/", "/feed/");
        assertThat(http().get("/tag/no-such-topic/").status()).isEqualTo(404);
        assertThat(http().get("/topic/world/").status()).isEqualTo(200);
    }

    @Test
    void a_title_written_as_html_is_decoded_once_and_never_shows_its_tags() {
        Article article = titled("Media & Text With Markup");

        var page = http().get(article.path()).html();
        assertThat(page.selectFirst("h1").text()).isEqualTo("Media & Text With Markup");
        assertThat(page.title()).contains("Media & Text With Markup").doesNotContain("&amp;").doesNotContain("<em>");
    }

    @Test
    void numbered_links_are_made_from_each_posts_own_id_never_from_a_copied_guid() {
        assertMoved("/?p=10", titled("Ελλάδα").path());
        assertMoved("/?p=13", titled("Copy of Greece").path());
        assertMoved("/?page_id=21", titled("Staff").path());
    }

    @Test
    void an_item_without_wp_post_id_takes_its_id_from_its_own_numbered_link() {
        Article article = titled("Without an id");

        assertThat(article.isPublished()).isTrue();
        assertMoved("/?p=77", article.path());
    }

    @Test
    void two_wordpress_com_blogs_in_one_magazine_are_two_sites_not_one_overwriting_the_other() {
        assertThat(titled("Hello from one").isPublished()).isTrue();
        assertThat(titled("Hello from two").isPublished()).isTrue();
        assertThat(titled("Hello from one").id()).isNotEqualTo(titled("Hello from two").id());
    }
}
