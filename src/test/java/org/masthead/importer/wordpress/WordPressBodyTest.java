package org.masthead.importer.wordpress;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class WordPressBodyTest {
    private static WordPressBody.Result convert(String content) {
        return WordPressBody.convert(content, path -> path.equals("2017/09/harbour.jpg") ? "/media/harbour.jpg" : null);
    }

    @Test
    void a_classic_post_gets_paragraphs_for_blank_lines_and_breaks_for_single_ones() {
        assertThat(convert("One line\nand the next.\n\nA second paragraph.").html())
                .isEqualTo("<p>One line<br />\nand the next.</p>\n<p>A second paragraph.</p>");
    }

    @Test
    void block_level_html_in_a_classic_post_is_left_as_written() {
        assertThat(convert("Intro.\n<ul>\n<li>one</li>\n<li>two</li>\n</ul>\nAfter.").html())
                .isEqualTo("<p>Intro.</p>\n<ul>\n<li>one</li>\n<li>two</li>\n</ul>\n<p>After.</p>");
        assertThat(convert("<pre>a\n\nb</pre>").html()).isEqualTo("<pre>a\n\nb</pre>");
    }

    @Test
    void block_editor_comments_go_and_its_html_gets_no_paragraphs_of_ours() {
        var result = convert("<!-- wp:paragraph -->\n<p>Text\nhere</p>\n<!-- /wp:paragraph -->\n<!-- wp:latest-posts {\"postsToShow\":3} /-->");

        assertThat(result.html()).isEqualTo("<p>Text\nhere</p>");
        assertThat(result.dynamicBlocks()).isEqualTo(Map.of("wp:latest-posts", 1));
    }

    @Test
    void a_caption_shortcode_becomes_a_figure_pointing_at_the_copied_picture() {
        var result = convert("[caption id=\"attachment_5\" width=\"300\"]<a href=\"https://old.example/wp-content/uploads/2017/09/"
                + "harbour.jpg\"><img src=\"https://old.example/wp-content/uploads/2017/09/harbour-300x200.jpg\" /></a> At dawn[/caption]");

        assertThat(result.html().replace("\n", "")).isEqualTo("<figure><a href=\"/media/harbour.jpg\"><img src=\"/media/harbour.jpg\" /></a>"
                + "<figcaption>At dawn</figcaption></figure>");
    }

    @Test
    void other_shortcodes_stay_as_text_and_are_counted_but_a_bracketed_word_is_not() {
        var result = convert("[gallery ids=\"1,2\"]\n\nHe said [sic] so. [[embed]] shows the code. [audio src=\"a.mp3\"]");

        assertThat(result.html()).contains("[gallery ids=\"1,2\"]").contains("[sic]").contains("[embed] shows");
        assertThat(result.shortcodes()).isEqualTo(Map.of("[gallery]", 1, "[audio]", 1));
    }

    @Test
    void a_spacer_with_attributes_before_latest_posts_keeps_every_heading_and_paragraph_between_them() {
        var result = convert("<!-- wp:spacer {\"height\":\"20px\"} -->\n<div class=\"wp-block-spacer\"></div>\n<!-- /wp:spacer -->\n"
                + "<!-- wp:heading -->\n<h2>First</h2>\n<!-- /wp:heading -->\n<!-- wp:paragraph -->\n<p>Second.</p>\n<!-- /wp:paragraph -->\n"
                + "<!-- wp:latest-posts {\"postsToShow\":3} /-->");

        assertThat(result.html()).contains("<h2>First</h2>", "<p>Second.</p>");
        assertThat(result.dynamicBlocks()).isEqualTo(Map.of("wp:latest-posts", 1));
    }

    @Test
    void an_embed_shortcode_is_its_address_alone_in_a_paragraph_as_a_link_and_is_not_counted_as_left_as_text() {
        var classic = convert("Before.\n\n[embed width=\"640\"]https://www.youtube.com/watch?v=abc123DEF&amp;t=5[/embed]\n\n"
                + "[youtube https://youtu.be/xyz987]\nAfter.");

        assertThat(classic.html()).contains("<p><a href=\"https://www.youtube.com/watch?v=abc123DEF&amp;t=5\">"
                + "https://www.youtube.com/watch?v=abc123DEF&amp;t=5</a></p>")
                .contains("<p><a href=\"https://youtu.be/xyz987\">https://youtu.be/xyz987</a></p>")
                .doesNotContain("[embed").doesNotContain("<p><p>");
        assertThat(classic.shortcodes()).isEmpty();
        String card = org.masthead.markup.Markup.htmlBody(classic.html());
        assertThat(org.jsoup.Jsoup.parseBodyFragment(card).select(".link-card a").eachAttr("href"))
                .containsExactly("https://www.youtube.com/watch?v=abc123DEF&t=5", "https://youtu.be/xyz987");
    }
}
