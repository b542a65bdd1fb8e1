package org.masthead.importer.ghost;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LexicalHtmlTest {
    private final LexicalHtml renderer = new LexicalHtml();

    private String render(String children) {
        return renderer.render("{\"root\":{\"type\":\"root\",\"children\":[" + children + "]}}");
    }

    private static String text(String text, int format) {
        return "{\"type\":\"extended-text\",\"text\":\"" + text + "\",\"format\":" + format + "}";
    }

    @Test
    void text_formats_become_nested_elements() {
        String html = render("{\"type\":\"paragraph\",\"children\":[" + text("plain ", 0) + "," + text("bold italic", 3) + ","
                + text(" code", 16) + "]}");

        assertThat(html).isEqualTo("<p>plain <strong><em>bold italic</em></strong><code> code</code></p>");
    }

    @Test
    void headings_quotes_links_and_line_breaks_keep_their_shape() {
        String html = render("{\"type\":\"heading\",\"tag\":\"h3\",\"children\":[" + text("Part two", 0) + "]},"
                + "{\"type\":\"quote\",\"children\":[" + text("Said", 0) + ",{\"type\":\"linebreak\"}," + text("twice", 0) + "]},"
                + "{\"type\":\"paragraph\",\"children\":[{\"type\":\"link\",\"url\":\"https://example.org/?a=1&b=2\",\"children\":["
                + text("a link", 0) + "]}]}");

        assertThat(html).isEqualTo("<h3>Part two</h3><blockquote>Said<br>twice</blockquote>"
                + "<p><a href=\"https://example.org/?a=1&amp;b=2\">a link</a></p>");
    }

    @Test
    void lists_nest_and_numbered_ones_keep_their_start() {
        String html = render("{\"type\":\"list\",\"listType\":\"number\",\"start\":3,\"children\":["
                + "{\"type\":\"listitem\",\"children\":[" + text("three", 0) + "]},"
                + "{\"type\":\"listitem\",\"children\":[{\"type\":\"list\",\"listType\":\"bullet\",\"children\":["
                + "{\"type\":\"listitem\",\"children\":[" + text("inner", 0) + "]}]}]}]}");

        assertThat(html).isEqualTo("<ol start=\"3\"><li>three</li><li><ul><li>inner</li></ul></li></ol>");
    }

    @Test
    void image_html_and_markdown_cards_become_html_and_text_is_escaped() {
        String html = render("{\"type\":\"image\",\"src\":\"https://example.org/a.jpg\",\"alt\":\"A <quay>\",\"caption\":\"Dusk\"},"
                + "{\"type\":\"html\",\"html\":\"<p>raw</p>\"},{\"type\":\"markdown\",\"markdown\":\"**md**\"},"
                + "{\"type\":\"paragraph\",\"children\":[" + text("1 < 2", 0) + "]}");

        assertThat(html).isEqualTo("<figure><img src=\"https://example.org/a.jpg\" alt=\"A &lt;quay&gt;\"><figcaption>Dusk</figcaption></figure>"
                + "<p>raw</p><p><strong>md</strong></p>\n<p>1 &lt; 2</p>");
    }

    @Test
    void empty_paragraphs_and_paywall_markers_give_nothing() {
        assertThat(render("{\"type\":\"paragraph\",\"children\":[]},{\"type\":\"paywall\"}")).isEmpty();
        assertThat(renderer.unknown()).isEmpty();
    }

    @Test
    void a_node_it_does_not_know_keeps_its_text_and_is_named() {
        String html = render("{\"type\":\"future-block\",\"children\":[" + text("still here", 0) + "]}");

        assertThat(html).isEqualTo("still here");
        assertThat(renderer.unknown()).containsExactly("node “future-block”");
    }
}
