package org.masthead.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.masthead.support.ArticleBuilder.anArticle;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.stream.StreamSupport;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.AfterParameterizedClassInvocation;
import org.junit.jupiter.params.BeforeParameterizedClassInvocation;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.masthead.common.Actor;
import org.masthead.article.Article;
import org.masthead.article.ArticleDraft;
import org.masthead.media.CreditKind;
import org.masthead.media.Licence;
import org.masthead.media.NewImage;
import org.masthead.platform.Database;
import org.masthead.boot.Masthead;
import org.masthead.support.Pictures;
import org.masthead.support.ReferencePage;
import org.masthead.support.RunningSite;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every public page's head, on SQLite and PostgreSQL: the reference article's schema.org JSON-LD, its
 * OpenGraph and Twitter/X card, the author's Person, the feeds, and JSON-LD that a title cannot break.
 */
@ParameterizedClass
@EnumSource(Database.Kind.class)
class MetadataTest {
    /** The system actor test data is written as, through the doors imports use. */
    private static final Actor SYSTEM = Actor.system("test");

    private static final String PATH = "/2017/09/18/isis-is-stepping-up-its-atrocities-to-compensate-for-its-defeat/";
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static RunningSite site;
    private static String base;

    @Parameter
    Database.Kind kind;

    @BeforeParameterizedClassInvocation
    static void start(Database.Kind kind) {
        site = RunningSite.withReferencePage(kind);
        base = site.http().base().toString().replaceFirst("/$", "");
        Masthead magazine = site.magazine();
        // The import knew the picture's credit but not the picture: an editor adds it, a caption, and topics.
        Article article = magazine.articles().findPublishedBySlug(slug()).orElseThrow();
        String file = magazine.media().storeFile("bomb-site.jpg", Pictures.jpeg(1200, 675));
        magazine.media().update(article.leadImageId(), new NewImage(file, null, "A street cordoned off by police",
                "Parsons Green after the attack", CreditKind.PHOTO, "Erich Ferdinand", null, Licence.CC_BY_2_0, 1200, 675));
        List<Long> topics = List.of(magazine.topics().findOrCreate("Iraq").id(), magazine.topics().findOrCreate("Syria").id());
        magazine.articleImports().update(SYSTEM, article.id(), new ArticleDraft(article.title(), article.slug(), article.dek(),
                article.body(),
                article.authorIds(), topics, article.leadImageId()));
    }

    @AfterParameterizedClassInvocation
    static void stop() {
        site.close();
    }

    private static String slug() {
        return PATH.substring("/2017/09/18/".length(), PATH.length() - 1);
    }

    private static Document page(String path) {
        var response = site.http().get(path);
        assertThat(response.status()).as(path).isEqualTo(200);
        return response.html();
    }

    /** The nodes of the page's one JSON-LD graph, parsed by Jackson. */
    private static List<JsonNode> graph(Document page) {
        List<Element> scripts = page.select("script[type=application/ld+json]");
        assertThat(scripts).hasSize(1);
        JsonNode root = JSON.readTree(scripts.getFirst().data());
        assertThat(root.get("@context").asString()).isEqualTo("https://schema.org");
        return StreamSupport.stream(root.get("@graph").spliterator(), false).toList();
    }

    private static JsonNode node(Document page, String type) {
        return graph(page).stream().filter(n -> n.get("@type").asString().equals(type)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + type + " in " + graph(page)));
    }

    private static String meta(Document page, String property) {
        Element tag = page.selectFirst("meta[property=" + property + "], meta[name=" + property + "]");
        assertThat(tag).as(property).isNotNull();
        return tag.attr("content");
    }

    @Test
    void the_reference_article_is_a_news_article_with_its_headline_authors_dates_and_publisher() {
        JsonNode article = node(page(PATH), "NewsArticle");

        assertThat(article.get("headline").asString()).isEqualTo(ReferencePage.TITLE);
        assertThat(article.get("description").asString()).isNotBlank();
        assertThat(article.get("url").asString()).isEqualTo(base + PATH);
        assertThat(article.get("mainEntityOfPage").asString()).isEqualTo(base + PATH);
        JsonNode author = article.get("author").get(0);
        assertThat(author.get("@type").asString()).isEqualTo("Person");
        assertThat(author.get("name").asString()).isEqualTo(ReferencePage.AUTHOR);
        assertThat(author.get("url").asString()).isEqualTo(base + "/author/patrick-cockburn/");
        OffsetDateTime published = OffsetDateTime.parse(article.get("datePublished").asString());
        OffsetDateTime modified = OffsetDateTime.parse(article.get("dateModified").asString());
        assertThat(published.toLocalDate()).isEqualTo(LocalDate.parse(ReferencePage.PUBLISHED));
        assertThat(article.get("datePublished").asString()).matches(".*T\\d\\d:\\d\\d:\\d\\d[+-]\\d\\d:\\d\\d");
        assertThat(modified).isAfter(published);
        assertThat(article.get("publisher").get("@type").asString()).isEqualTo("Organization");
        assertThat(article.get("publisher").get("name").asString()).isEqualTo("Masthead");
        assertThat(article.get("publisher").get("url").asString()).isEqualTo(base + "/");
        assertThat(article.get("isAccessibleForFree").asBoolean()).isTrue();
        assertThat(article.get("keywords")).extracting(JsonNode::asString).containsExactlyInAnyOrder("Iraq", "Syria");
    }

    @Test
    void the_lead_picture_is_described_with_its_size_credit_licence_and_copyright_notice() {
        JsonNode image = node(page(PATH), "NewsArticle").get("image");

        assertThat(image.get("@type").asString()).isEqualTo("ImageObject");
        assertThat(image.get("url").asString()).startsWith(base + "/media/").endsWith(".jpg");
        assertThat(image.get("width").asInt()).isEqualTo(1200);
        assertThat(image.get("height").asInt()).isEqualTo(675);
        assertThat(image.get("caption").asString()).isEqualTo("Parsons Green after the attack");
        assertThat(image.get("creditText").asString()).isEqualTo("Erich Ferdinand");
        assertThat(image.get("license").asString()).isEqualTo("https://creativecommons.org/licenses/by/2.0/");
        assertThat(image.get("copyrightNotice").asString()).isEqualTo("Photo by Erich Ferdinand | CC BY 2.0");
    }

    @Test
    void the_breadcrumb_trail_of_an_article_goes_home_then_its_edition_then_the_article() {
        JsonNode trail = node(page(PATH), "BreadcrumbList").get("itemListElement");

        assertThat(trail).extracting(item -> item.get("position").asInt()).containsExactly(1, 2, 3);
        assertThat(trail).extracting(item -> item.get("name").asString())
                .containsExactly("Masthead", "September 18, 2017", ReferencePage.TITLE);
        assertThat(trail).extracting(item -> item.get("item").asString())
                .containsExactly(base + "/", base + "/edition/2017-09-18/", base + PATH);
    }

    @Test
    void the_opengraph_and_twitter_tags_describe_the_article_with_absolute_addresses() {
        Document page = page(PATH);

        assertThat(meta(page, "og:type")).isEqualTo("article");
        assertThat(meta(page, "og:site_name")).isEqualTo("Masthead");
        assertThat(meta(page, "og:title")).isEqualTo(ReferencePage.TITLE);
        assertThat(meta(page, "og:description")).isEqualTo(meta(page, "description")).isNotBlank();
        assertThat(meta(page, "og:url")).isEqualTo(base + PATH);
        assertThat(meta(page, "og:locale")).isEqualTo("en");
        assertThat(meta(page, "og:image")).startsWith(base + "/media/");
        assertThat(meta(page, "og:image:width")).isEqualTo("1200");
        assertThat(meta(page, "og:image:height")).isEqualTo("675");
        assertThat(meta(page, "og:image:alt")).isEqualTo("A street cordoned off by police");
        assertThat(OffsetDateTime.parse(meta(page, "article:published_time")).toLocalDate()).isEqualTo(ReferencePage.PUBLISHED);
        assertThat(meta(page, "article:modified_time")).isNotBlank();
        assertThat(meta(page, "article:author")).isEqualTo(base + "/author/patrick-cockburn/");
        assertThat(page.select("meta[property=article:tag]")).extracting(e -> e.attr("content")).containsExactlyInAnyOrder("Iraq", "Syria");
        assertThat(meta(page, "twitter:card")).isEqualTo("summary_large_image");
        assertThat(meta(page, "twitter:image")).isEqualTo(meta(page, "og:image"));
    }

    @Test
    void a_piece_known_only_from_a_lineup_has_a_small_card_and_no_picture_in_its_json_ld() {
        Document page = page("/2018/11/12/short-term-health-insurance-plans-destroy-insurance-pools/");

        assertThat(meta(page, "twitter:card")).isEqualTo("summary");
        assertThat(page.select("meta[property=og:image]")).isEmpty();
        assertThat(node(page, "NewsArticle").has("image")).isFalse();
        assertThat(meta(page, "description")).startsWith("Short-Term Health Insurance Plans Destroy Insurance Pools by Dean Baker");
    }

    @Test
    void an_article_filed_under_opinion_is_an_opinion_news_article() {
        Article piece = anArticle().titled("Why the Ferry Should Stay Public").by("Ann Writer").about("Opinion")
                .publishedOn(LocalDate.of(2024, 5, 6)).in(site.magazine());

        List<JsonNode> nodes = graph(page(piece.path()));

        assertThat(nodes).extracting(n -> n.get("@type").asString()).contains("OpinionNewsArticle").doesNotContain("NewsArticle");
    }

    @Test
    void an_authors_page_describes_them_as_a_person_with_their_bio_and_links_their_feed() {
        Document page = page("/author/patrick-cockburn/");
        JsonNode person = node(page, "Person");

        assertThat(person.get("name").asString()).isEqualTo(ReferencePage.AUTHOR);
        assertThat(person.get("url").asString()).isEqualTo(base + "/author/patrick-cockburn/");
        assertThat(person.get("description").asString()).startsWith("Patrick Cockburn is the author of");
        assertThat(meta(page, "og:type")).isEqualTo("profile");
        assertThat(node(page, "BreadcrumbList").get("itemListElement")).extracting(item -> item.get("name").asString())
                .containsExactly("Masthead", ReferencePage.AUTHOR);
        Element feed = page.selectFirst("link[rel=alternate][href=/author/patrick-cockburn/feed/]");
        assertThat(feed.attr("type")).isEqualTo("application/rss+xml");
        assertThat(feed.attr("title")).isEqualTo("Masthead – Patrick Cockburn");
    }

    @Test
    void topic_and_edition_pages_link_their_own_feeds() {
        assertThat(page("/topic/iraq/").selectFirst("link[rel=alternate][href=/topic/iraq/feed/]").attr("title"))
                .isEqualTo("Masthead – Iraq");
        assertThat(page("/edition/2018-11-09/").selectFirst("link[rel=alternate][href=/edition/2018-11-09/feed/]").attr("title"))
                .isEqualTo("Masthead – Weekend Edition, November 09, 2018 (Friday - Sunday)");
    }

    @Test
    void every_public_page_has_a_description_a_card_and_the_magazines_three_feeds() {
        site.magazine().search().awaitIndexed();
        for (String path : List.of("/", PATH, "/author/patrick-cockburn/", "/topic/iraq/", "/edition/2018-11-12/", "/2018/",
                "/2018/11/", "/2018/11/12/", "/search?q=isis", "/no-such-page/")) {
            var response = site.http().get(path);
            Document page = response.html();
            assertThat(page.selectFirst("meta[name=description]").attr("content")).as(path).isNotBlank();
            assertThat(meta(page, "og:title")).as(path).isNotBlank();
            assertThat(meta(page, "og:site_name")).as(path).isEqualTo("Masthead");
            assertThat(meta(page, "twitter:card")).as(path).isNotBlank();
            assertThat(page.select("link[rel=alternate]")).as(path).extracting(e -> e.attr("type") + " " + e.attr("href"))
                    .contains("application/rss+xml /feed/", "application/atom+xml /feed/atom/", "application/feed+json /feed.json");
            page.select("meta[property=og:url], meta[property=og:image], link[rel=canonical]").forEach(tag ->
                    assertThat(tag.hasAttr("href") ? tag.attr("href") : tag.attr("content")).as(path).startsWith(base + "/"));
            if (response.status() == 200 && !path.startsWith("/search")) {
                assertThat(graph(page)).as(path).isNotEmpty();
            }
        }
    }

    @Test
    void the_archives_trail_goes_through_the_year_and_the_month() {
        JsonNode trail = node(page("/2018/11/12/"), "BreadcrumbList").get("itemListElement");

        assertThat(trail).extracting(item -> item.get("name").asString())
                .containsExactly("Masthead", "2018", "November 2018", "November 12, 2018");
        assertThat(node(page("/"), "WebSite").get("potentialAction").get("target").asString())
                .isEqualTo(base + "/search?q={search_term_string}");
    }

    @Test
    void a_title_with_a_closing_script_tag_stays_inside_the_json_ld() {
        String title = "Hostile </script><script>alert('x')</script> & <!-- title";
        Article piece = anArticle().titled(title).by("Ann Writer").publishedOn(LocalDate.of(2024, 5, 7)).in(site.magazine());

        var response = site.http().get(piece.path());
        Document page = response.html();

        assertThat(page.select("script")).allSatisfy(script -> assertThat(script.data()).doesNotContain("alert('x')</script>"));
        assertThat(page.select("script:not([src]):not([type=application/ld+json])")).isEmpty();
        assertThat(response.body()).contains("\\u003C/script\\u003E\\u003Cscript\\u003Ealert");
        assertThat(node(page, "NewsArticle").get("headline").asString()).isEqualTo(title);
    }
}
