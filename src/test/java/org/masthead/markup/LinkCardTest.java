package org.masthead.markup;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class LinkCardTest {
    @Test
    void a_card_names_the_provider_and_shows_the_address_it_links_to() {
        Element card = Jsoup.parse(LinkCard.html("https://www.youtube.com/watch?v=abc123DEF", "", "", "")).selectFirst("p.link-card a");

        assertThat(card.attr("href")).isEqualTo("https://www.youtube.com/watch?v=abc123DEF");
        assertThat(card.select(".link-card-provider").text()).isEqualTo("YouTube");
        assertThat(card.select(".link-card-url").text()).isEqualTo("https://www.youtube.com/watch?v=abc123DEF");
    }

    @Test
    void providers_are_known_by_their_hosts_and_a_mastodon_post_by_its_address() {
        assertThat(LinkCard.provider("https://youtu.be/abc")).isEqualTo("YouTube");
        assertThat(LinkCard.provider("https://x.com/someone/status/1")).isEqualTo("X (Twitter)");
        assertThat(LinkCard.provider("https://open.spotify.com/track/1")).isEqualTo("Spotify");
        assertThat(LinkCard.provider("https://mastodon.social/@ada/111222333")).isEqualTo("Mastodon");
        assertThat(LinkCard.provider("https://www.example.org/page")).isEqualTo("example.org");
    }

    @Test
    void an_embed_address_alone_in_its_paragraph_becomes_a_card_and_one_in_a_sentence_stays_text() {
        String html = Markup.htmlBody("<p>https://vimeo.com/76979871</p><p>See https://vimeo.com/1 here.</p>"
                + "<p>https://www.example.org/not-a-player</p>");

        assertThat(Jsoup.parse(html).select("p.link-card a").eachAttr("href")).containsExactly("https://vimeo.com/76979871");
        assertThat(html).contains("See https://vimeo.com/1 here.", "<p>https://www.example.org/not-a-player</p>");
    }

    @Test
    void a_wordpress_embed_block_becomes_a_card_that_keeps_its_caption() {
        String html = Markup.htmlBody("<figure class=\"wp-block-embed is-type-video is-provider-youtube wp-block-embed-youtube\">"
                + "<div class=\"wp-block-embed__wrapper\">\nhttps://youtu.be/abc123DEF\n</div><figcaption>The launch</figcaption></figure>");
        Element figure = Jsoup.parse(html).selectFirst("figure");

        assertThat(figure.select("p.link-card a").attr("href")).isEqualTo("https://youtu.be/abc123DEF");
        assertThat(figure.select("figcaption").text()).isEqualTo("The launch");
    }

    @Test
    void a_player_frame_becomes_a_card_for_the_page_it_plays_and_nothing_is_loaded_from_the_provider() {
        String html = Markup.htmlBody("<figure class=\"kg-card kg-embed-card\"><iframe width=\"200\" src=\"https://www.youtube.com/embed/abc123DEF?feature=oembed\""
                + " title=\"Harbour at dawn\"></iframe></figure><iframe src=\"https://player.vimeo.com/video/76979871\"></iframe>"
                + "<blockquote class=\"twitter-tweet\"><p>hi</p><a href=\"https://twitter.com/a/status/1\">May 1</a></blockquote>"
                + "<script async src=\"https://platform.twitter.com/widgets.js\"></script>");

        assertThat(Jsoup.parse(html).select("p.link-card a").eachAttr("href"))
                .containsExactly("https://www.youtube.com/watch?v=abc123DEF", "https://vimeo.com/76979871");
        assertThat(html).doesNotContain("<iframe", "<script", "/embed/", "platform.twitter.com");
    }
}
