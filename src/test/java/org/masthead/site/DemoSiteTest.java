package org.masthead.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.masthead.support.RunningSite;
import org.masthead.support.SiteExtension;

/** What a newcomer sees after the README's run command: the demo magazine. */
class DemoSiteTest {
    @RegisterExtension
    static final SiteExtension site = SiteExtension.of(RunningSite::withDemo);

    @Test
    void the_demo_home_page_shows_several_editions_one_of_them_a_weekend_edition() {
        Document home = site.http().get("/").html();

        assertThat(home.selectFirst("h1").text()).isEqualTo("The Evening Ledger");
        assertThat(home.select("main section.edition")).hasSize(5);
        assertThat(home.select(".edition-label")).extracting(Element::text).containsExactly("Weekend Edition");
        assertThat(home.select(".edition-days")).extracting(Element::text).containsExactly("Friday - Sunday");
    }

    @Test
    void a_demo_article_has_a_lead_picture_with_its_credit_and_licence_and_its_authors_bios() throws Exception {
        Document home = site.http().get("/").html();
        String path = home.select(".lineup-title").stream()
                .filter(a -> a.text().equals("What the Ferry Strike Taught the Shipowners")).findFirst().orElseThrow().attr("href");

        Document article = site.http().get(path).html();
        Element image = article.selectFirst("figure.lead-image img");
        assertThat(image.attr("alt")).isNotBlank();
        assertThat(article.selectFirst("figure .credit").text()).isEqualTo("Illustration by Ledger Art Desk | CC BY 4.0");
        assertThat(article.select(".more-by")).extracting(Element::text).containsExactly(
                "More articles by: Jürgen Halvorsen", "More articles by: Tomás Rivera-Quinn");
        assertThat(article.select(".bio")).hasSize(2);

        HttpResponse<byte[]> picture = java.net.http.HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(site.http().base().resolve(image.attr("src"))).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(picture.statusCode()).isEqualTo(200);
        assertThat(picture.headers().firstValue("Content-Type")).contains("image/jpeg");
        assertThat(picture.body()).startsWith((byte) 0xFF, (byte) 0xD8);
    }

    @Test
    void the_demo_pictures_come_in_smaller_copies_and_as_webp_as_an_upload_does() {
        var lead = site.http().get("/").html().selectFirst(".lead-story picture");

        assertThat(lead.selectFirst("source[type=image/webp]").attr("srcset")).contains("-480w.webp 480w").contains("-800w.webp 800w");
        assertThat(lead.selectFirst("img").attr("srcset")).contains("demo-").contains("-480w.jpg 480w");
        String webp = lead.selectFirst("source[type=image/webp]").attr("srcset").split(" ")[0];
        assertThat(site.http().get(webp).header("Content-Type")).isEqualTo("image/webp");
    }

    @Test
    void a_demo_credit_links_to_the_illustrators_page() {
        Document home = site.http().get("/").html();
        String path = home.select(".lineup-title").stream()
                .filter(a -> a.text().equals("A Summer of Rain, Counted Drop by Drop")).findFirst().orElseThrow().attr("href");

        Element credit = site.http().get(path).html().selectFirst("figure .credit");

        assertThat(credit.text()).isEqualTo("Illustration by Ines Okafor | CC0 1.0");
        assertThat(credit.selectFirst("a").attr("href")).isEqualTo("/author/ines-okafor/");
        assertThat(credit.selectFirst("a[rel=license]").attr("href")).isEqualTo("https://creativecommons.org/publicdomain/zero/1.0/");
    }

    @Test
    void the_demo_is_added_once_only() {
        assertThat(site.magazine().seedDemoOnFirstServe(true)).isFalse();
        int published = site.magazine().articles().countPublished();
        assertThat(published).as("twelve articles, an About page and a Donate page").isEqualTo(14);
    }

    @Test
    void the_demo_home_page_leads_with_its_newest_pictured_article_under_a_menu_of_its_sections() {
        Document home = site.http().get("/").html();

        assertThat(home.selectFirst("main .lead-story .lead-title").text()).isEqualTo("What the Ferry Strike Taught the Shipowners");
        assertThat(home.selectFirst("main .lead-story figure .credit").text()).isEqualTo("Illustration by Ledger Art Desk | CC BY 4.0");
        assertThat(home.select("header nav[aria-label=Sections] a")).extracting(Element::text)
                .containsExactly("Labour", "Housing", "Climate", "Europe", "Culture");
    }

    @Test
    void the_demo_links_its_own_about_and_donate_pages() {
        Document home = site.http().get("/").html();

        assertThat(home.select("header .header-pages a")).extracting(a -> a.text() + " " + a.attr("href"))
                .containsExactly("About /about/", "Donate /donate/");
        assertThat(site.http().get("/about/").html().selectFirst("h1").text()).isEqualTo("About the Ledger");
        assertThat(site.http().get("/donate/").html().selectFirst("h1").text()).isEqualTo("Support the Ledger");
    }
}
