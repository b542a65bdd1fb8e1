package org.masthead.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.masthead.support.ArticleBuilder.anArticle;

import java.nio.file.Files;
import java.time.LocalDate;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.masthead.article.Article;
import org.masthead.common.Actor;
import org.masthead.media.CreditKind;
import org.masthead.media.Image;
import org.masthead.media.ImageDetails;
import org.masthead.media.Licence;
import org.masthead.media.NewImage;
import org.masthead.platform.Database;
import org.masthead.support.Http;
import org.masthead.support.Pictures;
import org.masthead.support.RunningSite;

/** Lead pictures go out as WebP to browsers that take it, JPEG or PNG to the others; older pictures as they were. */
class WebpPicturesTest {
    private static final ImageDetails CREDITED = new ImageDetails("Cranes over the quay", "", CreditKind.PHOTO,
            "Ann Photographer", null, Licence.CC_BY_4_0);
    private RunningSite site;

    @BeforeEach
    void start() {
        site = RunningSite.empty(Database.Kind.SQLITE);
    }

    @AfterEach
    void stop() {
        site.close();
    }

    private Document published(long imageId, String title) {
        Article article = anArticle().titled(title).withBody("Words.").withLeadImage(imageId).publishedOn(LocalDate.of(2024, 3, 4))
                .in(site.magazine());
        return site.http().get(article.path()).html();
    }

    @Test
    void an_article_offers_its_lead_picture_as_webp_in_a_source_before_the_jpeg() {
        Image image = site.magazine().media().upload(Actor.system("test"), "quay.jpg", Pictures.photograph(1600, 900), CREDITED);

        Document page = published(image.id(), "Quay at dusk");

        var source = page.selectFirst("figure.lead-image picture > source[type=image/webp]");
        assertThat(source).isNotNull();
        String name = "/media/" + image.fileName().replace(".jpg", "");
        assertThat(source.attr("srcset")).isEqualTo(name + "-480w.webp 480w, " + name + "-800w.webp 800w, " + name
                + "-1200w.webp 1200w, " + name + ".webp 1600w");
        assertThat(source.attr("sizes")).isEqualTo("(min-width: 44rem) 42rem, 100vw");
        var img = page.selectFirst("figure.lead-image picture > img");
        assertThat(img.attr("src")).isEqualTo(name + ".jpg");
        assertThat(img.attr("srcset")).contains(name + "-480w.jpg 480w");
    }

    @Test
    void a_webp_copy_is_served_as_image_webp_and_kept_by_browsers_for_a_year_as_every_stored_picture() {
        Image image = site.magazine().media().upload(Actor.system("test"), "quay.jpg", Pictures.photograph(1000, 500), CREDITED);
        String name = "/media/" + image.fileName().replace(".jpg", "");

        Http.Response webp = site.http().get(name + "-800w.webp");
        Http.Response jpeg = site.http().get(name + "-800w.jpg");

        assertThat(webp.status()).isEqualTo(200);
        assertThat(webp.header("Content-Type")).isEqualTo("image/webp");
        assertThat(webp.header("Cache-Control")).isEqualTo("public, max-age=31536000, immutable")
                .isEqualTo(jpeg.header("Cache-Control"));
        assertThat(webp.body()).startsWith("RIFF");
    }

    @Test
    void a_picture_stored_before_webp_copies_goes_out_as_it_was_without_a_source() throws Exception {
        String file = site.magazine().media().storeFile("older.jpg", Pictures.jpeg(400, 300));
        long id = site.magazine().media().add(new NewImage(file, null, "An older picture", "", CreditKind.PHOTO, "Ann Photographer",
                null, Licence.CC_BY_4_0, 400, 300));

        Document page = published(id, "From the archive");

        assertThat(page.select("picture, source")).isEmpty();
        assertThat(page.selectFirst("figure.lead-image > img").attr("src")).isEqualTo("/media/" + file);
        assertThat(Files.exists(site.magazine().config().dataDir().resolve("media").resolve("older.webp"))).isFalse();
    }

    @Test
    void the_home_page_offers_its_lead_storys_picture_as_webp_too() {
        Image image = site.magazine().media().upload(Actor.system("test"), "quay.jpg", Pictures.photograph(1000, 500), CREDITED);
        published(image.id(), "Quay at dusk");

        Document home = site.http().get("/").html();

        assertThat(home.selectFirst(".lead-story picture > source[type=image/webp]").attr("srcset")).contains(".webp 1000w");
    }
}
