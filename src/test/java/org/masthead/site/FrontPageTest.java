package org.masthead.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.masthead.support.ArticleBuilder.anArticle;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.masthead.article.Article;
import org.masthead.article.ArticleDraft;
import org.masthead.article.ArticleKind;
import org.masthead.article.Body;
import org.masthead.boot.Masthead;
import org.masthead.common.Actor;
import org.masthead.media.CreditKind;
import org.masthead.media.Image;
import org.masthead.media.ImageDetails;
import org.masthead.media.Licence;
import org.masthead.platform.Database;
import org.masthead.settings.Setting;
import org.masthead.support.AdminClient;
import org.masthead.support.MutableClock;
import org.masthead.support.Pictures;
import org.masthead.support.RunningSite;

/** The home page's lead story, the header's sections, the About and Donate links, and the footer. */
class FrontPageTest {
    private static final Actor SYSTEM = Actor.system("test");
    private static final LocalDate MONDAY = LocalDate.of(2024, 3, 4);

    private RunningSite site;
    private Masthead magazine;

    @BeforeEach
    void start() {
        site = RunningSite.empty(Database.Kind.SQLITE, MutableClock.at("2031-05-06T09:00:00Z"));
        magazine = site.magazine();
    }

    @AfterEach
    void stop() {
        site.close();
    }

    private Document home() {
        return site.http().get("/").html();
    }

    private Image photo() {
        return magazine.media().upload(SYSTEM, "quay.jpg", Pictures.jpeg(1600, 900), new ImageDetails(
                "Cranes over the container quay at dusk", "The quay at Tilbury.", CreditKind.PHOTO, "Maria Okafor",
                "https://photos.example/okafor", Licence.CC_BY_4_0));
    }

    private Article page(String title, String slug) {
        Article page = magazine.articleImports().create(SYSTEM, new ArticleDraft(title, slug, "", Body.markdown("Who we are."),
                List.of(), List.of(), null), ArticleKind.PAGE);
        return magazine.articleImports().publish(SYSTEM, page.id(), magazine.articles().startOf(MONDAY));
    }

    @Test
    void the_featured_article_leads_with_its_picture_credit_dek_and_byline_above_the_unchanged_lineup() {
        Image photo = photo();
        Article strike = anArticle().titled("The Dockers Who Stopped the Port").withDek("Three days on the picket line.")
                .by("Ann Lee", "Bo Chen").withLeadImage(photo.id()).publishedOn(MONDAY).in(magazine);
        anArticle().titled("A Newer Piece With a Picture").by("Cy Dee").withLeadImage(photo().id()).publishedOn(MONDAY.plusDays(1))
                .in(magazine);
        magazine.articleImports().setFeatured(SYSTEM, strike.id(), true);

        Document home = home();
        Element lead = home.selectFirst("main .lead-story");

        assertThat(lead.selectFirst(".lead-title a").text()).isEqualTo("The Dockers Who Stopped the Port");
        assertThat(lead.selectFirst(".lead-title a").attr("href")).isEqualTo(strike.path());
        assertThat(lead.selectFirst(".dek").text()).isEqualTo("Three days on the picket line.");
        assertThat(lead.selectFirst(".byline").text()).isEqualTo("By Ann Lee and Bo Chen");
        Element image = lead.selectFirst("figure.lead-image img");
        assertThat(image.attr("alt")).isEqualTo("Cranes over the container quay at dusk");
        assertThat(image.attr("srcset")).contains("w, ");
        assertThat(image.attr("fetchpriority")).as("the largest paint of the page, fetched first").isEqualTo("high");
        assertThat(lead.selectFirst("figure .credit").text()).isEqualTo("Photo by Maria Okafor | CC BY 4.0");
        assertThat(lead.selectFirst("figure .credit a[rel=license]").attr("href")).isEqualTo("https://creativecommons.org/licenses/by/4.0/");
        assertThat(home.select("section.featured")).as("the one featured piece leads; none is left to pin").isEmpty();
        assertThat(home.select("main section.edition .lineup-title")).extracting(Element::text)
                .containsExactly("A Newer Piece With a Picture", "The Dockers Who Stopped the Port");
    }

    @Test
    void without_a_featured_article_the_newest_with_a_picture_leads() {
        anArticle().titled("An Older Piece With a Picture").by("Ann Lee").withLeadImage(photo().id()).publishedOn(MONDAY).in(magazine);
        anArticle().titled("The Newest Piece With a Picture").by("Ann Lee").withLeadImage(photo().id())
                .publishedOn(MONDAY.plusDays(1)).in(magazine);
        anArticle().titled("The Newest Piece of All, Without One").by("Bo Chen").publishedOn(MONDAY.plusDays(2)).in(magazine);

        Element lead = home().selectFirst("main .lead-story");

        assertThat(lead.selectFirst(".lead-title").text()).isEqualTo("The Newest Piece With a Picture");
        assertThat(lead.select("figure.lead-image img")).hasSize(1);
    }

    @Test
    void a_magazine_without_pictures_or_featured_articles_has_no_lead() {
        anArticle().titled("Words Only").by("Ann Lee").publishedOn(MONDAY).in(magazine);

        assertThat(home().select(".lead-story")).isEmpty();
    }

    @Test
    void the_header_shows_the_chosen_sections_in_their_order_and_no_menu_by_default() {
        anArticle().titled("On the Quay").by("Ann Lee").about("Shipping", "Labour", "Climate").publishedOn(MONDAY).in(magazine);
        assertThat(home().select("nav[aria-label=Sections]")).isEmpty();

        magazine.settings().set(Setting.SITE_SECTIONS, "labour\nShipping\n\nClimate");

        Element menu = home().selectFirst("header nav[aria-label=Sections]");
        assertThat(menu.select("a")).extracting(Element::text).containsExactly("Labour", "Shipping", "Climate");
        assertThat(menu.select("a")).extracting(a -> a.attr("href")).containsExactly("/topic/labour/", "/topic/shipping/", "/topic/climate/");
    }

    @Test
    void the_settings_screen_refuses_a_section_that_is_no_topic_and_says_so_by_the_field() {
        anArticle().titled("On the Quay").by("Ann Lee").about("Shipping").publishedOn(MONDAY).in(magazine);
        magazine.accounts().createFirstAdmin("Ada Admin", "ada@example.org", "correct horse battery", "");
        var admin = new AdminClient(site.http().base());
        admin.signIn("ada@example.org", "correct horse battery");

        var refused = admin.submit("/admin/settings/", "/admin/settings", Map.of("site.sections", "Shipping\nHarbours\nGulls"));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.html().selectFirst("#site\\.sections-error").text()).startsWith("No topic is called 'Harbours'; "
                + "no topic is called 'Gulls'").doesNotContain("'Shipping'");
        assertThat(refused.html().selectFirst("textarea#site\\.sections").val()).isEqualTo("Shipping\nHarbours\nGulls");
        assertThat(magazine.settings().current().sections()).isEmpty();
        var saved = admin.submit("/admin/settings/", "/admin/settings", Map.of("site.sections", "shipping"));
        assertThat(saved.status()).isEqualTo(303);
        assertThat(magazine.settings().current().sections()).containsExactly("Shipping");
    }

    @Test
    void about_and_donate_are_linked_only_once_their_pages_are_out() {
        anArticle().titled("Words Only").by("Ann Lee").publishedOn(MONDAY).in(magazine);
        assertThat(home().select("a:containsOwn(About), a:containsOwn(Donate)")).isEmpty();

        page("About the Magazine", "about");
        Document withAbout = home();
        assertThat(withAbout.select("header a:containsOwn(About)")).extracting(a -> a.attr("href")).containsExactly("/about/");
        assertThat(withAbout.select("footer a:containsOwn(About)")).extracting(a -> a.attr("href")).containsExactly("/about/");
        assertThat(withAbout.select("a:containsOwn(Donate)")).isEmpty();

        page("Support Us", "support-us");
        magazine.settings().set(Setting.DONATE_PAGE, "support-us");
        assertThat(home().select("header a.donate-link")).extracting(a -> a.attr("href")).containsExactly("/support-us/");
    }

    @Test
    void the_footer_has_the_name_tagline_sections_pages_feed_and_the_clocks_year() {
        anArticle().titled("On the Quay").by("Ann Lee").about("Shipping").publishedOn(MONDAY).in(magazine);
        magazine.settings().set(Setting.SITE_TITLE, "The Harbour Post");
        magazine.settings().set(Setting.SITE_TAGLINE, "News from the quay");
        magazine.settings().set(Setting.SITE_SECTIONS, "Shipping");
        page("About", "about");
        magazine.settings().set(Setting.MAIL_HOST, "smtp.harbour.example");
        magazine.settings().set(Setting.MAIL_FROM, "news@harbour.example");

        Document home = home();
        Element footer = home.selectFirst("footer.site-footer");

        assertThat(home.select("footer")).hasSize(1);
        assertThat(footer.selectFirst(".footer-title").text()).isEqualTo("The Harbour Post");
        assertThat(footer.selectFirst(".footer-tagline").text()).isEqualTo("News from the quay");
        assertThat(footer.select("nav a")).extracting(a -> a.text() + " " + a.attr("href"))
                .containsExactly("Shipping /topic/shipping/", "About /about/", "Subscribe /subscribe/", "RSS feed /feed/");
        assertThat(footer.selectFirst(".copyright").text()).isEqualTo("© 2031 The Harbour Post");
        assertThat(home.select("nav")).extracting(nav -> nav.attr("aria-label")).doesNotHaveDuplicates();
    }
}
