package org.masthead.markup;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

class MarkupTest {
    @Test
    void markdown_becomes_html_without_scripts_handlers_or_script_links() {
        String html = Markup.markdownBody("""
                Hello *world*.

                <script>alert(1)</script>

                <img src="x" onerror="alert(2)"> [click](javascript:alert(3)) <a href="https://example.org" onclick="x()">ok</a>
                """);

        assertThat(html).contains("<em>world</em>", "href=\"https://example.org\"")
                .doesNotContain("<script", "onerror", "onclick", "javascript:");
    }

    @Test
    void a_level_one_heading_in_a_body_becomes_level_two_because_the_title_is_the_pages_h1() {
        assertThat(Markup.htmlBody("<h1>Inside</h1><p>text</p>")).isEqualTo("<h2>Inside</h2><p>text</p>");
        assertThat(Markup.markdownBody("# Inside")).contains("<h2>Inside</h2>");
    }

    @Test
    void plain_paragraphs_keep_every_character() {
        List<String> paragraphs = List.of("Isis’s victims <b>are</b> “Iraqis” & Syrians", "Second\u00A0one");
        assertThat(Jsoup.parse(Markup.htmlBody(Markup.paragraphs(paragraphs))).select("p").stream().map(p -> p.wholeText()))
                .containsExactly("Isis’s victims <b>are</b> “Iraqis” & Syrians", "Second\u00A0one");
    }

    @Test
    void plain_text_escaped_for_markdown_renders_as_the_same_text() {
        String text = "1. Not a list *nor emphasis* [nor a link](x) # nor a heading <b>nor html</b> & co_op";
        assertThat(Jsoup.parse(Markup.markdownShort(Markup.escapeMarkdown(text))).text()).isEqualTo(text);
        assertThat(Markup.escapeMarkdown("Patrick Cockburn is the author of a book.")).isEqualTo("Patrick Cockburn is the author of a book.");
    }

    @Test
    void alignment_classes_stay_and_other_sites_classes_go() {
        String html = Markup.htmlBody("<p class=\"has-text-align-center big-red\">Centred</p>"
                + "<figure class=\"wp-block-image alignwide size-large\"><img src=\"/a.jpg\" class=\"alignleft wp-image-5\" alt=\"\"></figure>"
                + "<p class=\"evil\">plain</p>");

        assertThat(html).contains("<p class=\"has-text-align-center\">Centred</p>", "<figure class=\"wp-block-image alignwide\">",
                "class=\"alignleft\"", "<p>plain</p>").doesNotContain("big-red", "size-large", "wp-image-5", "evil");
    }

    @Test
    void addresses_and_toggles_are_kept() {
        String html = Markup.htmlBody("<address>1 Quay Street</address><details open><summary>More</summary><p>Inside</p></details>");

        assertThat(html).isEqualTo("<address>1 Quay Street</address><details open=\"open\"><summary>More</summary><p>Inside</p></details>");
    }

    @Test
    void footnote_links_keep_their_targets_under_a_prefix_and_ids_nothing_links_to_go() {
        String html = Markup.htmlBody("<p id=\"main\">Text<sup class=\"footnote-ref\"><a href=\"#fn1\" id=\"fnref1\">[1]</a></sup></p>"
                + "<section class=\"footnotes\"><ol><li id=\"fn1\"><p>Note <a href=\"#fnref1\" class=\"footnote-backref\">↩︎</a></p></li></ol></section>");
        var doc = Jsoup.parse(html);

        assertThat(doc.select("sup a").attr("href")).isEqualTo("#at-fn1");
        assertThat(doc.select("#at-fn1")).hasSize(1);
        assertThat(doc.select("li a").attr("href")).isEqualTo("#at-fnref1");
        assertThat(doc.select("#at-fnref1")).hasSize(1);
        assertThat(html).doesNotContain("id=\"main\"");
        assertThat(Markup.htmlBody(html)).as("sanitizing twice changes nothing").isEqualTo(html);
    }

    @Test
    void an_id_that_is_not_of_the_kept_form_is_dropped_even_when_linked_to() {
        assertThat(Markup.htmlBody("<a href=\"#x y\">a</a><p id=\"at-<b>\">b</p>")).doesNotContain("id=");
    }
}
