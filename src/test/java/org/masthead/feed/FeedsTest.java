package org.masthead.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.masthead.support.ArticleBuilder.anArticle;

import com.rometools.modules.mediarss.MediaEntryModule;
import com.rometools.modules.mediarss.MediaModule;
import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.atom.Link;
import com.rometools.rome.feed.module.DCModule;
import com.rometools.rome.feed.synd.SyndCategory;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndPerson;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.WireFeedInput;
import java.io.StringReader;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.masthead.common.Actor;
import org.masthead.article.Article;
import org.masthead.article.ArticleStatus;
import org.masthead.media.CreditKind;
import org.masthead.media.Image;
import org.masthead.media.ImageDetails;
import org.masthead.media.Licence;
import org.masthead.platform.Database;
import org.masthead.settings.Setting;
import org.masthead.support.Http;
import org.masthead.support.Pictures;
import org.masthead.support.RunningSite;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The feeds over HTTP, on SQLite and PostgreSQL, read back the way feed readers read them. */
@ParameterizedClass
@EnumSource(Database.Kind.class)
class FeedsTest {
    /** The system actor test data is written as, through the doors imports use. */
    private static final Actor SYSTEM = Actor.system("test");

    static final LocalDate MONDAY = LocalDate.of(2024, 3, 4);

    @Parameter
    Database.Kind kind;

    RunningSite site;

    @BeforeEach
    void start() {
        site = RunningSite.empty(kind);
    }

    @AfterEach
    void stop() {
        site.close();
    }

    String base() {
        return site.http().base().toString().replaceFirst("/$", "");
    }

    static SyndFeed rss(Http.Response response) throws Exception {
        assertThat(response.status()).isEqualTo(200);
        return new SyndFeedInput().build(new StringReader(response.body()));
    }

    static com.rometools.rome.feed.atom.Feed atom(Http.Response response) throws Exception {
        assertThat(response.status()).isEqualTo(200);
        return (com.rometools.rome.feed.atom.Feed) new WireFeedInput().build(new StringReader(response.body()));
    }

    static JsonNode json(Http.Response response) {
        assertThat(response.status()).isEqualTo(200);
        return JsonMapper.builder().build().readTree(response.body());
    }

    static List<String> titles(SyndFeed feed) {
        return feed.getEntries().stream().map(SyndEntry::getTitle).toList();
    }

    @Test
    void the_rss_feed_lists_published_articles_newest_first_with_links_dates_bylines_and_topics() throws Exception {
        anArticle().titled("Older piece").by("Bo Chen").publishedOn(MONDAY.minusDays(3)).in(site.magazine());
        Article shared = anArticle().titled("Ferries & fares").by("Ann Lee", "Bo Chen").about("Transport", "Labour")
                .publishedOn(MONDAY).atHour(9).in(site.magazine());

        SyndFeed feed = rss(site.http().get("/feed/"));

        assertThat(titles(feed)).containsExactly("Ferries & fares", "Older piece");
        SyndEntry entry = feed.getEntries().getFirst();
        assertThat(entry.getLink()).isEqualTo(base() + "/2024/03/04/ferries-and-fares/");
        assertThat(entry.getUri()).startsWith("tag:localhost,").endsWith(":article/" + shared.id());
        assertThat(entry.getPublishedDate().toInstant()).isEqualTo(Instant.parse("2024-03-04T09:00:00Z"));
        assertThat(((DCModule) entry.getModule(DCModule.URI)).getCreators()).containsExactly("Ann Lee", "Bo Chen");
        assertThat(entry.getCategories()).extracting(SyndCategory::getName).containsExactly("Transport", "Labour");
        assertThat(entry.getCategories().getFirst().getTaxonomyUri()).isEqualTo(base() + "/topic/transport/");
        assertThat(site.http().get("/feed/").body()).contains("<pubDate>Mon, 04 Mar 2024 09:00:00 GMT</pubDate>");
    }

    @Test
    void a_title_with_characters_xml_cannot_hold_leaves_every_feed_readable() throws Exception {
        anArticle().titled("Pasted\u000B from a \u0001word processor").by("Ann Lee").publishedOn(MONDAY).in(site.magazine());

        assertThat(titles(rss(site.http().get("/feed/")))).containsExactly("Pasted from a word processor");
        assertThat(atom(site.http().get("/feed/atom/")).getEntries().getFirst().getTitle()).isEqualTo("Pasted from a word processor");
        assertThat(json(site.http().get("/feed.json")).get("items").get(0).get("title").asString()).startsWith("Pasted");
    }

    @Test
    void the_rss_feed_names_the_magazine_and_links_to_itself() throws Exception {
        site.magazine().settings().set(Setting.SITE_TITLE, "The Evening Ledger");
        site.magazine().settings().set(Setting.SITE_TAGLINE, "News at dusk");
        site.magazine().settings().set(Setting.SITE_LANGUAGE, "en-GB");
        anArticle().titled("A piece").by("Ann Lee").publishedOn(MONDAY).in(site.magazine());

        Http.Response response = site.http().get("/feed/");
        SyndFeed feed = rss(response);
        Document xml = Jsoup.parse(response.body(), "", Parser.xmlParser());

        assertThat(response.header("Content-Type")).isEqualTo("application/rss+xml; charset=utf-8");
        assertThat(feed.getTitle()).isEqualTo("The Evening Ledger");
        assertThat(feed.getDescription()).isEqualTo("News at dusk");
        assertThat(feed.getLanguage()).isEqualTo("en-GB");
        assertThat(feed.getLink()).isEqualTo(base() + "/");
        assertThat(xml.selectFirst("channel > atom|link").attr("rel")).isEqualTo("self");
        assertThat(xml.selectFirst("channel > atom|link").attr("href")).isEqualTo(base() + "/feed/");
        assertThat(xml.selectFirst("channel > lastBuildDate")).isNotNull();
    }

    @Test
    void the_atom_feed_gives_each_entry_its_authors_pages_and_rfc_3339_dates() throws Exception {
        Article piece = anArticle().titled("Harbour notes").by("Ann Lee").about("Shipping").publishedOn(MONDAY).in(site.magazine());

        Http.Response response = site.http().get("/feed/atom/");
        com.rometools.rome.feed.atom.Feed feed = atom(response);

        assertThat(response.header("Content-Type")).isEqualTo("application/atom+xml; charset=utf-8");
        assertThat(feed.getOtherLinks()).extracting(Link::getRel, Link::getHref).containsExactly(
                org.assertj.core.groups.Tuple.tuple("self", base() + "/feed/atom/"));
        assertThat(feed.getAlternateLinks().getFirst().getHref()).isEqualTo(base() + "/");
        Entry entry = feed.getEntries().getFirst();
        assertThat(entry.getTitle()).isEqualTo("Harbour notes");
        assertThat(entry.getAlternateLinks().getFirst().getHref()).isEqualTo(base() + "/2024/03/04/harbour-notes/");
        assertThat(entry.getAuthors()).extracting(SyndPerson::getName, SyndPerson::getUri).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Ann Lee", base() + "/author/ann-lee/"));
        assertThat(entry.getPublished().toInstant()).isEqualTo(Instant.parse("2024-03-04T06:00:00Z"));
        assertThat(entry.getUpdated().toInstant()).isAfterOrEqualTo(entry.getPublished().toInstant());
        assertThat(entry.getCategories().getFirst().getLabel()).isEqualTo("Shipping");
        assertThat(entry.getId()).endsWith(":article/" + piece.id());
        assertThat(response.body()).contains("<published>2024-03-04T06:00:00Z</published>");
    }

    @Test
    void the_json_feed_is_version_1_1_with_its_addresses_and_each_items_authors_dates_and_tags() {
        Article piece = anArticle().titled("Harbour notes").withDek("What the quay said.").by("Ann Lee").about("Shipping")
                .publishedOn(MONDAY).in(site.magazine());

        Http.Response response = site.http().get("/feed.json");
        JsonNode feed = json(response);

        assertThat(response.header("Content-Type")).isEqualTo("application/feed+json; charset=utf-8");
        assertThat(feed.get("version").asString()).isEqualTo("https://jsonfeed.org/version/1.1");
        assertThat(feed.get("home_page_url").asString()).isEqualTo(base() + "/");
        assertThat(feed.get("feed_url").asString()).isEqualTo(base() + "/feed.json");
        JsonNode item = feed.get("items").get(0);
        assertThat(item.get("id").asString()).endsWith(":article/" + piece.id());
        assertThat(item.get("url").asString()).isEqualTo(base() + "/2024/03/04/harbour-notes/");
        assertThat(item.get("title").asString()).isEqualTo("Harbour notes");
        assertThat(item.get("summary").asString()).isEqualTo("What the quay said.");
        assertThat(item.get("content_html").asString()).contains("<p>A first paragraph.</p>");
        assertThat(item.get("date_published").asString()).isEqualTo("2024-03-04T06:00:00Z");
        assertThat(Instant.parse(item.get("date_modified").asString())).isAfterOrEqualTo(Instant.parse("2024-03-04T06:00:00Z"));
        assertThat(item.get("authors").get(0).get("name").asString()).isEqualTo("Ann Lee");
        assertThat(item.get("authors").get(0).get("url").asString()).isEqualTo(base() + "/author/ann-lee/");
        assertThat(item.get("tags").get(0).asString()).isEqualTo("Shipping");
    }

    @Test
    void drafts_scheduled_unpublished_articles_and_pages_never_appear_in_a_feed() throws Exception {
        var magazine = site.magazine();
        anArticle().titled("Out").by("Ann Lee").about("Port").publishedOn(MONDAY).in(magazine);
        anArticle().titled("A draft").by("Ann Lee").about("Port").in(magazine);
        Article scheduled = anArticle().titled("Scheduled").by("Ann Lee").about("Port").in(magazine);
        magazine.articleImports().changeStatus(SYSTEM, scheduled.id(), ArticleStatus.SCHEDULED,
                Instant.parse("2999-01-01T00:00:00Z"));
        Article withdrawn = anArticle().titled("Withdrawn").by("Ann Lee").about("Port").publishedOn(MONDAY).in(magazine);
        magazine.articleImports().changeStatus(SYSTEM, withdrawn.id(), ArticleStatus.UNPUBLISHED, null);
        Article page = magazine.articleImports().create(SYSTEM, new org.masthead.article.ArticleDraft("About us", null, "", 
                org.masthead.article.Body.markdown("Who we are."), List.of(), List.of(), null),
                org.masthead.article.ArticleKind.PAGE);
        magazine.articleImports().publish(SYSTEM, page.id(), Instant.parse("2024-03-04T08:00:00Z"));

        for (String path : List.of("/feed/", "/author/ann-lee/feed/", "/topic/port/feed/", "/edition/2024-03-04/feed/")) {
            assertThat(titles(rss(site.http().get(path)))).as(path).containsExactly("Out");
        }
        assertThat(site.http().get("/feed.json").body()).doesNotContain("Withdrawn", "Scheduled", "A draft", "About us");
        assertThat(site.http().get("/feed/atom/").body()).doesNotContain("Withdrawn", "Scheduled", "A draft", "About us");
    }

    @Test
    void an_authors_feed_holds_only_their_articles_and_is_named_for_them() throws Exception {
        anArticle().titled("Ann's column").by("Ann Lee").publishedOn(MONDAY).in(site.magazine());
        anArticle().titled("Bo's column").by("Bo Chen").publishedOn(MONDAY).in(site.magazine());
        anArticle().titled("Together").by("Bo Chen", "Ann Lee").publishedOn(MONDAY.minusDays(1)).in(site.magazine());

        SyndFeed feed = rss(site.http().get("/author/ann-lee/feed/"));

        assertThat(titles(feed)).containsExactly("Ann's column", "Together");
        assertThat(feed.getTitle()).isEqualTo("Ann Lee – Masthead");
        assertThat(feed.getLink()).isEqualTo(base() + "/author/ann-lee/");
        assertThat(atom(site.http().get("/author/ann-lee/feed/atom/")).getEntries()).extracting(Entry::getTitle)
                .containsExactly("Ann's column", "Together");
        assertThat(json(site.http().get("/author/bo-chen/feed.json")).get("feed_url").asString())
                .isEqualTo(base() + "/author/bo-chen/feed.json");
    }

    @Test
    void a_topics_feed_holds_only_the_articles_filed_under_it() throws Exception {
        anArticle().titled("Strike called").by("Ann Lee").about("Labour").publishedOn(MONDAY).in(site.magazine());
        anArticle().titled("Tides").by("Ann Lee").about("Weather").publishedOn(MONDAY).in(site.magazine());
        anArticle().titled("Pay talks").by("Bo Chen").about("Weather", "Labour").publishedOn(MONDAY.minusDays(2)).in(site.magazine());

        SyndFeed feed = rss(site.http().get("/topic/labour/feed/"));

        assertThat(titles(feed)).containsExactly("Strike called", "Pay talks");
        assertThat(feed.getTitle()).isEqualTo("Labour – Masthead");
        assertThat(json(site.http().get("/topic/weather/feed.json")).get("items")).extracting(i -> i.get("title").asString())
                .containsExactly("Tides", "Pay talks");
    }

    @Test
    void an_editions_feed_holds_its_lineup_in_order_and_another_of_its_days_leads_to_it() throws Exception {
        LocalDate friday = LocalDate.of(2024, 3, 8);
        anArticle().titled("Friday lead").by("Ann Lee").publishedOn(friday).in(site.magazine());
        anArticle().titled("Saturday piece").by("Bo Chen").publishedOn(friday.plusDays(1)).in(site.magazine());
        anArticle().titled("Monday before").by("Bo Chen").publishedOn(MONDAY).in(site.magazine());

        SyndFeed feed = rss(site.http().get("/edition/2024-03-08/feed/"));
        Http.Response saturday = site.http().get("/edition/2024-03-09/feed/atom/");

        assertThat(titles(feed)).containsExactly("Friday lead", "Saturday piece");
        assertThat(feed.getTitle()).isEqualTo("Weekend Edition, March 08, 2024 – Masthead");
        assertThat(saturday.status()).isEqualTo(301);
        assertThat(saturday.header("Location")).isEqualTo("/edition/2024-03-08/feed/atom/");
    }

    @Test
    void entries_carry_the_whole_text_with_absolute_addresses_or_only_an_excerpt_as_the_setting_says() throws Exception {
        anArticle().titled("Links").withDek("A dek.").by("Ann Lee")
                .withBody("See [our page](/about-us/) and ![a map](/media/map.png).").publishedOn(MONDAY).in(site.magazine());

        SyndEntry full = rss(site.http().get("/feed/")).getEntries().getFirst();
        site.magazine().settings().set(Setting.FEED_CONTENT, "excerpt");
        SyndEntry excerpt = rss(site.http().get("/feed/")).getEntries().getFirst();
        JsonNode excerptJson = json(site.http().get("/feed.json")).get("items").get(0);

        assertThat(full.getContents().getFirst().getValue())
                .contains("href=\"" + base() + "/about-us/\"", "src=\"" + base() + "/media/map.png\"");
        assertThat(full.getDescription().getValue()).isEqualTo("A dek.");
        assertThat(excerpt.getContents()).isEmpty();
        assertThat(excerpt.getDescription().getValue()).isEqualTo("A dek.");
        assertThat(excerptJson.has("content_html")).isFalse();
        assertThat(excerptJson.get("content_text").asString()).isEqualTo("A dek.");
    }

    @Test
    void without_a_dek_the_excerpt_is_the_start_of_the_text_as_plain_text() throws Exception {
        site.magazine().settings().set(Setting.FEED_CONTENT, "excerpt");
        anArticle().titled("Long").by("Ann Lee").withBody("It *began* with <b>a</b> tide. " + "word ".repeat(200))
                .publishedOn(MONDAY).in(site.magazine());

        String excerpt = json(site.http().get("/feed.json")).get("items").get(0).get("summary").asString();

        assertThat(excerpt).startsWith("It began with a tide. word").endsWith("…").doesNotContain("<").hasSizeLessThanOrEqualTo(301);
    }

    @Test
    void a_lead_picture_goes_out_as_an_enclosure_and_media_content_with_its_credit() throws Exception {
        Image picture = site.magazine().media().upload(SYSTEM, "quay.jpg", Pictures.jpeg(800, 600),
                new ImageDetails("The quay at dusk", "", CreditKind.PHOTO, "Erich Ferdinand", "https://example.org/erich",
                        Licence.CC_BY_2_0));
        anArticle().titled("Pictured").by("Ann Lee").withLeadImage(picture.id()).publishedOn(MONDAY).in(site.magazine());
        String src = base() + picture.src().orElseThrow();

        SyndEntry rssEntry = rss(site.http().get("/feed/")).getEntries().getFirst();
        Entry atomEntry = atom(site.http().get("/feed/atom/")).getEntries().getFirst();
        JsonNode jsonItem = json(site.http().get("/feed.json")).get("items").get(0);

        assertThat(rssEntry.getEnclosures().getFirst().getUrl()).isEqualTo(src);
        assertThat(rssEntry.getEnclosures().getFirst().getType()).isEqualTo("image/jpeg");
        assertThat(rssEntry.getEnclosures().getFirst().getLength()).isEqualTo(picture.byteSize()).isPositive();
        var media = (MediaEntryModule) rssEntry.getModule(MediaModule.URI);
        assertThat(media.getMediaContents()[0].getReference().toString()).isEqualTo(src);
        assertThat(media.getMediaContents()[0].getMetadata().getCredits()[0].getName()).isEqualTo("Erich Ferdinand");
        assertThat(media.getMediaContents()[0].getMetadata().getCredits()[0].getRole()).isEqualTo("photographer");
        assertThat(rssEntry.getContents().getFirst().getValue()).contains("Photo by", "Erich Ferdinand", "CC BY 2.0");
        assertThat(atomEntry.getOtherLinks()).extracting(Link::getRel, Link::getHref, Link::getType, Link::getLength)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("enclosure", src, "image/jpeg", picture.byteSize()));
        assertThat(jsonItem.get("image").asString()).isEqualTo(src);
        assertThat(jsonItem.get("_image_credit").get("text").asString()).isEqualTo("Photo by Erich Ferdinand");
        assertThat(Jsoup.parse(jsonItem.get("content_html").asString()).selectFirst("figcaption").text())
                .isEqualTo("Photo by Erich Ferdinand | CC BY 2.0");
    }

    @Test
    void an_article_known_only_by_its_title_stays_out_of_every_feed() throws Exception {
        anArticle().titled("With its text").by("Ann Lee").about("Port").publishedOn(MONDAY).atHour(8).in(site.magazine());
        anArticle().titled("Known by title").by("Ann Lee").about("Port").withoutBody().publishedOn(MONDAY).atHour(9)
                .in(site.magazine());

        for (String path : List.of("/feed/", "/author/ann-lee/feed/", "/topic/port/feed/", "/edition/2024-03-04/feed/")) {
            assertThat(titles(rss(site.http().get(path)))).as(path).containsExactly("With its text");
        }
        assertThat(atom(site.http().get("/feed/atom/")).getEntries()).extracting(Entry::getTitle).containsExactly("With its text");
        assertThat(json(site.http().get("/feed.json")).get("items").size()).isEqualTo(1);
    }

    @Test
    void a_topic_only_articles_without_text_are_filed_under_has_an_empty_feed_as_its_page_links_one() throws Exception {
        anArticle().titled("Known by title").by("Ann Lee").about("Weather").withoutBody().publishedOn(MONDAY).in(site.magazine());

        assertThat(site.http().get("/topic/weather/").status()).isEqualTo(200);
        assertThat(rss(site.http().get("/topic/weather/feed/")).getEntries()).isEmpty();
    }
}
