package org.masthead.importer.ghost;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.masthead.importer.ImportOutcome;
import org.masthead.importer.ImportService.Options;
import org.masthead.platform.Database;
import org.masthead.support.RunningSite;
import org.masthead.support.SiteExtension;
import tools.jackson.databind.node.ObjectNode;

/** Ghost's cards and pictures as Ghost's readers saw them, from an export written here, read over HTTP. */
class GhostCardsSiteTest {
    @RegisterExtension
    static final SiteExtension site = SiteExtension.of(() -> RunningSite.empty(Database.Kind.SQLITE));

    @BeforeAll
    static void importTheExport() throws IOException {
        Path dir = Files.createTempDirectory("ghost-cards");
        GhostFixtures.contentImages(dir.resolve("images"));
        Path export = dir.resolve("export.json");
        Files.writeString(export, export());
        ImportOutcome outcome = GhostFixtures.importFile(site.magazine(), export, new Options(null, dir.resolve("images"), null));
        assertThat(outcome.failures()).isEmpty();
    }

    private static Document article(String slug) {
        var page = site.http().get("/2024/03/04/" + slug + "/");
        assertThat(page.status()).isEqualTo(200);
        return page.html();
    }

    @Test
    void a_bookmark_card_is_a_link_card_with_title_description_and_publisher_and_nothing_from_the_bookmarked_site() {
        Document lexical = article("cards");
        Document html = article("ghost-html");

        for (Document page : List.of(lexical, html)) {
            var card = page.selectFirst(".article-body .link-card a[href=https://ferries.example/timetable]");
            assertThat(card).isNotNull();
            assertThat(card.select(".link-card-title").text()).isEqualTo("Winter timetable");
            assertThat(card.select(".link-card-description").text()).isEqualTo("Every crossing, hour by hour.");
            assertThat(card.select(".link-card-provider").text()).isEqualTo("Harbour Ferries");
            assertThat(page.select(".article-body img").eachAttr("src")).noneMatch(src -> src.contains("ferries.example"));
        }
    }

    @Test
    void an_embed_card_is_a_link_card_to_the_video_with_no_frame() {
        for (Document page : List.of(article("cards"), article("ghost-html"))) {
            assertThat(page.select(".article-body .link-card a").eachAttr("href")).contains("https://www.youtube.com/watch?v=abc123DEF");
            assertThat(page.select("iframe, script[src*=youtube]")).isEmpty();
        }
    }

    @Test
    void a_callout_keeps_its_box_and_its_emoji_apart_from_the_text() {
        for (Document page : List.of(article("cards"), article("ghost-html"))) {
            var callout = page.selectFirst(".article-body .callout");
            assertThat(callout.select(".callout-emoji").text()).isEqualTo("💡");
            assertThat(callout.select(".callout-text").text()).isEqualTo("Bring a coat.");
        }
    }

    @Test
    void a_toggle_is_a_summary_that_opens_its_text_and_a_button_is_a_link_styled_as_one() {
        for (Document page : List.of(article("cards"), article("ghost-html"))) {
            assertThat(page.select(".article-body details summary").text()).isEqualTo("Is the ferry free?");
            assertThat(page.select(".article-body details p").text()).isEqualTo("For children, yes.");
            var button = page.selectFirst(".article-body a.button");
            assertThat(button.attr("href")).isEqualTo("https://harbour.example/tickets");
            assertThat(button.text()).isEqualTo("Buy tickets");
        }
    }

    @Test
    void footnote_references_and_back_links_reach_their_targets() {
        Document page = article("ghost-html");
        var reference = page.selectFirst(".article-body sup a");
        String note = reference.attr("href").substring(1);
        var target = page.getElementById(note);

        assertThat(target).isNotNull();
        assertThat(target.text()).contains("The 1952 timetable.");
        String back = target.selectFirst("a").attr("href").substring(1);
        assertThat(page.getElementById(back)).isEqualTo(reference);
    }

    @Test
    void a_captions_link_is_kept_and_a_wide_image_stays_wide() {
        Document page = article("cards");

        assertThat(page.select(".article-body figure.alignwide img")).hasSize(1);
        assertThat(page.select(".article-body figcaption a[href=https://quay.example/]").text()).isEqualTo("the quay");
    }

    @Test
    void a_feature_image_without_a_credit_has_no_credit_line_and_an_unsplash_one_is_credited_under_unsplashs_licence() {
        Document plain = article("ghost-html");
        Document unsplash = article("cards");

        assertThat(plain.select(".lead-image img")).hasSize(1);
        assertThat(plain.select(".lead-image").text()).doesNotContain("Photo by", "All rights reserved");
        assertThat(unsplash.select(".lead-image .credit").text()).isEqualTo("Photo by Ana Lund | Unsplash License");
        assertThat(unsplash.select(".lead-image .credit a[rel=license]").attr("href")).isEqualTo("https://unsplash.com/license");
    }

    @Test
    void a_feature_captions_link_is_kept_as_a_link_on_the_page_and_in_the_content_api() {
        var caption = article("ghost-html").selectFirst(".lead-image .caption");

        assertThat(caption.text()).isEqualTo("The pier, from the map");
        assertThat(caption.select("a[href=https://harbour.example/map]").text()).isEqualTo("the map");
    }

    @Test
    void a_picture_shown_as_feature_image_in_a_body_and_in_another_size_is_copied_once() {
        assertThat(GhostFixtures.count(site.magazine(), "SELECT COUNT(*) FROM images")).isEqualTo(3);
        Document page = article("ghost-html");
        assertThat(page.select(".article-body img").attr("src")).isEqualTo(page.select(".lead-image img").attr("src"));
    }

    @Test
    void a_page_shows_its_excerpt_and_its_feature_caption() {
        var about = site.http().get("/about/");

        assertThat(about.status()).isEqualTo(200);
        assertThat(about.html().select(".dek").text()).isEqualTo("Who makes the Review.");
        assertThat(about.html().select(".lead-image .caption").text()).isEqualTo("The office on the quay");
    }

    private static String export() {
        ObjectNode root = GhostJson.MAPPER.createObjectNode();
        ObjectNode db = root.putArray("db").addObject();
        db.putObject("meta").put("exported_on", 1717000000000L).put("version", "5.82.2");
        ObjectNode data = db.putObject("data");
        data.putArray("users").addObject().put("id", "u1").put("name", "Maren Holt").put("slug", "maren").put("status", "active")
                .put("profile_image", "__GHOST_URL__/content/images/2024/01/maren.jpg");
        var posts = data.putArray("posts");
        posts.add(post("p1", "cards", "post").put("lexical", lexical())
                .put("feature_image", "__GHOST_URL__/content/images/2024/03/harbour.jpg"));
        posts.add(post("p2", "ghost-html", "post").put("html", html())
                .put("feature_image", "__GHOST_URL__/content/images/2024/03/quay.jpg"));
        posts.add(post("p3", "about", "page").put("html", "<p>Who we are.</p>").put("custom_excerpt", "Who makes the Review.")
                .put("feature_image", "__GHOST_URL__/content/images/2024/01/maren.jpg"));
        var meta = data.putArray("posts_meta");
        meta.addObject().put("id", "m1").put("post_id", "p1").put("feature_image_caption",
                "Photo by <a href=\"https://unsplash.com/@ana\">Ana Lund</a> / <a href=\"https://unsplash.com\">Unsplash</a>");
        meta.addObject().put("id", "m3").put("post_id", "p3").put("feature_image_caption", "The office on the quay");
        meta.addObject().put("id", "m2").put("post_id", "p2").put("feature_image_caption",
                "The pier, from <a href=\"https://harbour.example/map\">the map</a>");
        var authors = data.putArray("posts_authors");
        for (String post : List.of("p1", "p2", "p3")) {
            authors.addObject().put("id", "a" + post).put("post_id", post).put("author_id", "u1").put("sort_order", 0);
        }
        return root.toString();
    }

    private static ObjectNode post(String id, String slug, String type) {
        return GhostJson.MAPPER.createObjectNode().put("id", id).put("title", slug).put("slug", slug).put("type", type)
                .put("status", "published").put("visibility", "public").put("published_at", "2024-03-04T10:00:00.000Z")
                .put("created_at", "2024-03-04T09:00:00.000Z");
    }

    private static String lexical() {
        var children = GhostJson.MAPPER.createArrayNode();
        children.addPOJO(Map.of("type", "bookmark", "url", "https://ferries.example/timetable", "metadata", Map.of(
                "title", "Winter timetable", "description", "Every crossing, hour by hour.", "publisher", "Harbour Ferries",
                "icon", "https://ferries.example/favicon.png", "thumbnail", "https://ferries.example/thumb.jpg")));
        children.addPOJO(Map.of("type", "embed", "url", "https://www.youtube.com/watch?v=abc123DEF",
                "html", "<iframe src=\"https://www.youtube.com/embed/abc123DEF\"></iframe>", "metadata", Map.of("provider_name", "YouTube")));
        children.addPOJO(Map.of("type", "callout", "calloutEmoji", "💡", "calloutText", "<p>Bring a coat.</p>"));
        children.addPOJO(Map.of("type", "toggle", "heading", "Is the ferry free?", "content", "<p>For children, yes.</p>"));
        children.addPOJO(Map.of("type", "button", "buttonUrl", "https://harbour.example/tickets", "buttonText", "Buy tickets",
                "alignment", "center"));
        children.addPOJO(Map.of("type", "image", "src", "__GHOST_URL__/content/images/2024/03/quay.jpg", "cardWidth", "wide",
                "caption", "Seen from <a href=\"https://quay.example/\">the quay</a>"));
        ObjectNode doc = GhostJson.MAPPER.createObjectNode();
        doc.putObject("root").set("children", children);
        return doc.toString();
    }

    /** Cards as Ghost's own HTML has them, with its theme's classes, and footnotes from a Markdown card. */
    private static String html() {
        return """
                <p>Text<sup class="footnote-ref"><a href="#fn1" id="fnref1">[1]</a></sup></p>
                <figure class="kg-card kg-image-card"><img src="__GHOST_URL__/content/images/size/w600/2024/03/quay.jpg" class="kg-image" alt=""></figure>
                <figure class="kg-card kg-bookmark-card"><a class="kg-bookmark-container" href="https://ferries.example/timetable"><div class="kg-bookmark-content"><div class="kg-bookmark-title">Winter timetable</div><div class="kg-bookmark-description">Every crossing, hour by hour.</div><div class="kg-bookmark-metadata"><img class="kg-bookmark-icon" src="https://ferries.example/favicon.png" alt=""><span class="kg-bookmark-author">Harbour Ferries</span><span class="kg-bookmark-publisher">Ola</span></div></div><div class="kg-bookmark-thumbnail"><img src="https://ferries.example/thumb.jpg" alt=""></div></a></figure>
                <figure class="kg-card kg-embed-card"><iframe width="200" height="113" src="https://www.youtube.com/embed/abc123DEF?feature=oembed" frameborder="0" allowfullscreen></iframe></figure>
                <div class="kg-card kg-callout-card kg-callout-card-grey"><div class="kg-callout-emoji">💡</div><div class="kg-callout-text">Bring a coat.</div></div>
                <div class="kg-card kg-toggle-card" data-kg-toggle-state="close"><div class="kg-toggle-heading"><h4 class="kg-toggle-heading-text">Is the ferry free?</h4><button class="kg-toggle-card-icon"><svg></svg></button></div><div class="kg-toggle-content"><p>For children, yes.</p></div></div>
                <div class="kg-card kg-button-card kg-align-center"><a href="https://harbour.example/tickets" class="kg-btn kg-btn-accent">Buy tickets</a></div>
                <hr class="footnotes-sep"><section class="footnotes"><ol class="footnotes-list"><li id="fn1" class="footnote-item"><p>The 1952 timetable. <a href="#fnref1" class="footnote-backref">↩︎</a></p></li></ol></section>
                """;
    }

    @Test
    void an_authors_archive_lists_articles_and_never_pages_and_a_page_has_no_dated_address() {
        var author = site.http().get("/author/maren/");

        assertThat(author.html().select(".article-list a").eachAttr("href")).containsExactlyInAnyOrder("/2024/03/04/cards/",
                "/2024/03/04/ghost-html/");
        assertThat(site.http().get("/2024/03/04/about/").status()).isEqualTo(404);
    }

    @Test
    void an_authors_profile_picture_is_shown_on_their_page() {
        var picture = site.http().get("/author/maren/").html().selectFirst(".page-header img.author-picture");

        assertThat(picture).isNotNull();
        assertThat(site.http().get(picture.attr("src")).status()).isEqualTo(200);
    }
}
