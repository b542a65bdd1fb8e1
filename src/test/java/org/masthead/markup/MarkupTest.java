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
}
