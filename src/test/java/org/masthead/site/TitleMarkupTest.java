package org.masthead.site;

import static org.assertj.core.api.Assertions.assertThat;

import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.io.SyndFeedInput;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.masthead.common.Actor;
import org.masthead.apikey.ApiKey;
import org.masthead.article.Article;
import org.masthead.article.ArticleDraft;
import org.masthead.article.ArticleService;
import org.masthead.platform.Database;
import org.masthead.support.RunningSite;
import org.masthead.support.SmallWxr;
import tools.jackson.databind.json.JsonMapper;

/**
 * A WordPress title with inline markup shows it, sanitized, where WordPress showed it (the article's heading and
 * the lists linking to it), and is plain text everywhere else: the page's title, its card, feeds and the APIs.
 */
class TitleMarkupTest {
    /** The system actor test data is written as, through the doors imports use. */
    private static final Actor SYSTEM = Actor.system("test");

    private static final String MARKED = "Title <em>With</em> <b>Mark<sup>up</sup></b>";
    private static final String HOSTILE = "<script>alert(1)</script>Bad <a href=\"x\">link</a>";
    private static final String PLAIN = "Title With Markup";

    private static RunningSite site;
    private static Path dir;
    private static Actor editor;

    @BeforeAll
    static void aWordPressSiteWithMarkedUpTitlesImported() throws Exception {
        site = RunningSite.empty(Database.Kind.SQLITE);
        dir = Files.createTempDirectory("title-markup");
        SmallWxr.export().category("harbour", "Harbour")
                .postIn("harbour", 1, MARKED, "<p>Words of the first.</p>")
                .post(2, HOSTILE, "<p>Words of the second.</p>")
                .post(3, "Media &amp; Text", "<p>Words of the third.</p>")
                .post(4, "<i>Kept</i> On Edit", "<p>Words of the fourth.</p>")
                .post(5, "<i>Dropped</i> On Edit", "<p>Words of the fifth.</p>")
                .importInto(site.magazine(), dir);
        editor = site.magazine().accounts().createFirstAdmin("Ada Admin", "ada@example.org", "correct horse battery", "")
                .asActor("");
    }

    @AfterAll
    static void close() throws Exception {
        site.close();
        try (var files = Files.walk(dir)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        }
    }

    private static Article post(int id) {
        return site.magazine().articles().findPublishedBySlug("post-" + id).orElseThrow();
    }

    private static Document page(int id) {
        var answer = site.http().get(post(id).path());
        assertThat(answer.status()).isEqualTo(200);
        return answer.html();
    }

    @Test
    void the_article_heading_shows_the_titles_inline_markup() {
        Element h1 = page(1).selectFirst("h1");

        assertThat(h1.html()).contains("<em>With</em>").contains("<sup>up</sup>").contains("<b>Mark");
        assertThat(h1.text()).isEqualTo(PLAIN);
    }

    @Test
    void the_page_title_and_its_cards_are_plain_text() {
        Document page = page(1);

        assertThat(page.title()).startsWith(PLAIN).doesNotContain("<");
        assertThat(page.selectFirst("meta[property=og:title]").attr("content")).isEqualTo(PLAIN);
        assertThat(page.selectFirst("meta[name=twitter:title]").attr("content")).isEqualTo(PLAIN);
        assertThat(page.select("script[type=application/ld+json]").html()).contains(PLAIN).doesNotContain("<em>", "&lt;em");
    }

    @Test
    void the_stored_title_is_plain_and_its_markup_kept_beside_it() {
        Article article = post(1);

        assertThat(article.title()).isEqualTo(PLAIN);
        assertThat(article.titleMarkup()).isEqualTo("Title <em>With</em> <b>Mark<sup>up</sup></b>");
    }

    @Test
    void the_home_page_and_the_topic_page_list_the_title_with_its_markup() {
        for (String path : new String[] {"/", "/topic/harbour/"}) {
            Element link = site.http().get(path).html().selectFirst("a[href=" + post(1).path() + "]");

            assertThat(link).as(path).isNotNull();
            assertThat(link.html()).as(path).contains("<em>With</em>").contains("<sup>up</sup>");
            assertThat(link.text()).as(path).isEqualTo(PLAIN);
        }
    }

    @Test
    void the_author_and_edition_pages_list_the_title_with_its_markup() {
        Document article = page(1);
        String edition = site.magazine().editions().findContaining(post(1).publishedOn()).orElseThrow().path();
        for (String path : new String[] {article.selectFirst("a[href^=/author/]").attr("href"), edition}) {
            Element link = site.http().get(path).html().selectFirst("a[href=" + post(1).path() + "]");

            assertThat(link).as(path).isNotNull();
            assertThat(link.html()).as(path).contains("<em>With</em>");
        }
    }

    @Test
    void the_feed_gives_the_plain_title() throws Exception {
        String body = site.http().get("/feed/").body();
        var feed = new SyndFeedInput().build(new StringReader(body));

        assertThat(feed.getEntries()).extracting(SyndEntry::getTitle).contains(PLAIN, "Media & Text", "Bad link");
        assertThat(body).doesNotContain("&lt;em&gt;", "<em>With");
    }

    @Test
    void the_content_api_gives_the_plain_title() {
        String key = site.magazine().apiKeys().create(SYSTEM, ApiKey.Kind.CONTENT, "Reader").printable();

        var answer = site.http().get("/ghost/api/content/posts/slug/post-1/?key=" + key);

        assertThat(answer.status()).isEqualTo(200);
        var post = JsonMapper.builder().build().readTree(answer.body()).get("posts").get(0);
        assertThat(post.get("title").asString()).isEqualTo(PLAIN);
    }

    @Test
    void a_hostile_title_shows_neither_its_script_nor_its_link() {
        Document page = page(2);
        Element h1 = page.selectFirst("h1");

        assertThat(h1.text()).isEqualTo("Bad link");
        assertThat(h1.select("a, script")).isEmpty();
        assertThat(page.select("script").outerHtml()).doesNotContain("alert(1)");
        assertThat(post(2).titleMarkup()).isNull();
    }

    @Test
    void a_title_with_an_entity_only_is_plain_text_decoded_once() {
        Element h1 = page(3).selectFirst("h1");

        assertThat(post(3).title()).isEqualTo("Media & Text");
        assertThat(post(3).titleMarkup()).isNull();
        assertThat(h1.html()).isEqualTo("Media &amp; Text");
    }

    @Test
    void saving_an_article_with_its_title_unchanged_keeps_the_markup() {
        Article kept = post(4);

        Article saved = site.magazine().workflow().save(editor, kept.id(), draftOf(kept, kept.title(), "A new dek."),
                kept.version());

        assertThat(saved.titleMarkup()).isEqualTo("<i>Kept</i> On Edit");
        assertThat(page(4).selectFirst("h1").html()).contains("<i>Kept</i>");
    }

    @Test
    void an_editor_giving_the_article_another_title_drops_the_markup() {
        Article marked = post(5);

        Article saved = site.magazine().workflow().save(editor, marked.id(), draftOf(marked, "Dropped On Edit Today", ""),
                marked.version());

        assertThat(saved.titleMarkup()).isNull();
        Element h1 = site.http().get(saved.path()).html().selectFirst("h1");
        assertThat(h1.text()).isEqualTo("Dropped On Edit Today");
        assertThat(h1.children()).isEmpty();
    }

    @Test
    void markup_whose_words_are_not_the_title_is_not_kept() {
        ArticleService articles = site.magazine().articles();
        long id = post(3).id();

        assertThat(site.magazine().articleImports().setTitleMarkup(SYSTEM, id, "<em>Other</em> words").titleMarkup()).isNull();
        assertThat(site.magazine().articleImports()
                .setTitleMarkup(SYSTEM, id, "<em>Media</em> &amp; <span style=\"color:red\">Text</span>").titleMarkup())
                .isEqualTo("<em>Media</em> &amp; <span>Text</span>");
        assertThat(site.magazine().articleImports().setTitleMarkup(SYSTEM, id, null).titleMarkup()).isNull();
    }

    private static ArticleDraft draftOf(Article article, String title, String dek) {
        return new ArticleDraft(title, article.slug(), dek, article.body(), article.authorIds(),
                site.magazine().topics().ofArticle(article.id()).stream().map(org.masthead.topic.Topic::id).toList(),
                article.leadImageId());
    }
}
