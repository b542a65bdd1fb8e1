package org.masthead.importer.ghost;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MobiledocHtmlTest {
    private final MobiledocHtml renderer = new MobiledocHtml();

    private String render(String sections, String markups, String cards, String atoms) {
        return renderer.render("{\"version\":\"0.3.1\",\"markups\":" + markups + ",\"atoms\":" + atoms + ",\"cards\":" + cards
                + ",\"sections\":" + sections + "}");
    }

    @Test
    void markups_open_before_their_text_and_close_after_as_many_runs_as_they_say() {
        String html = render("[[1,\"p\",[[0,[0],0,\"bold \"],[0,[1],2,\"and linked\"],[0,[],0,\" plain\"]]]]",
                "[[\"strong\"],[\"a\",[\"href\",\"https://example.org/?a=1&b=2\"]]]", "[]", "[]");

        assertThat(html).isEqualTo("<p><strong>bold <a href=\"https://example.org/?a=1&amp;b=2\">and linked</a></strong> plain</p>");
    }

    @Test
    void headings_lists_and_pull_quotes_keep_their_shape() {
        String html = render("[[1,\"h2\",[[0,[],0,\"Title\"]]],[3,\"ol\",[[[0,[],0,\"one\"]],[[0,[],0,\"two\"]]]],"
                + "[1,\"aside\",[[0,[],0,\"Said\"]]]]", "[]", "[]", "[]");

        assertThat(html).isEqualTo("<h2>Title</h2><ol><li>one</li><li>two</li></ol><blockquote>Said</blockquote>");
    }

    @Test
    void text_is_escaped_so_it_reads_as_written() {
        String html = render("[[1,\"p\",[[0,[],0,\"<script>x</script> & co\"]]]]", "[]", "[]", "[]");

        assertThat(html).isEqualTo("<p>&lt;script&gt;x&lt;/script&gt; &amp; co</p>");
    }

    @Test
    void a_soft_return_atom_is_a_line_break() {
        String html = render("[[1,\"p\",[[0,[],0,\"one\"],[1,[],0,0],[0,[],0,\"two\"]]]]", "[]", "[]", "[[\"soft-return\",\"\",{}]]");

        assertThat(html).isEqualTo("<p>one<br>two</p>");
    }

    @Test
    void image_markdown_code_and_bookmark_cards_become_html_and_a_bookmark_a_link_card() {
        String html = render("[[10,0],[10,1],[10,2],[10,3]]", "[]",
                "[[\"image\",{\"src\":\"https://example.org/a.jpg\",\"alt\":\"A quay\",\"caption\":\"At <em>dusk</em>\"}],"
                + "[\"card-markdown\",{\"markdown\":\"Some *words*\"}],[\"code\",{\"code\":\"<b>x</b>\"}],"
                + "[\"bookmark\",{\"url\":\"https://example.org/story\",\"metadata\":{\"title\":\"A story\",\"description\":\"Told well\"}}]]", "[]");

        assertThat(html).contains("<figure><img src=\"https://example.org/a.jpg\" alt=\"A quay\"><figcaption>At <em>dusk</em></figcaption></figure>")
                .contains("<p>Some <em>words</em></p>")
                .contains("<pre><code>&lt;b&gt;x&lt;/b&gt;</code></pre>")
                .contains("<p class=\"link-card\"><a href=\"https://example.org/story\"><strong class=\"link-card-title\">A story</strong>"
                        + "<span class=\"link-card-description\">Told well</span><span class=\"link-card-provider\">example.org</span>");
    }

    @Test
    void a_gallery_keeps_every_picture_and_its_caption_and_is_wide_as_in_ghost() {
        String html = render("[[10,0]]", "[]", "[[\"gallery\",{\"images\":[{\"src\":\"https://e.org/1.jpg\",\"alt\":\"one\",\"width\":600},"
                + "{\"src\":\"https://e.org/2.jpg\",\"alt\":\"two\"}],\"caption\":\"Two views\"}]]", "[]");

        assertThat(html).isEqualTo("<figure class=\"alignwide\"><img src=\"https://e.org/1.jpg\" alt=\"one\" width=\"600\"><img src=\"https://e.org/2.jpg\" alt=\"two\">"
                + "<figcaption>Two views</figcaption></figure>");
    }

    @Test
    void a_card_it_does_not_know_is_left_out_and_named() {
        String html = render("[[1,\"p\",[[0,[],0,\"kept\"]]],[10,0],[10,1]]", "[]", "[[\"mystery\",{}],[\"paywall\",{}]]", "[]");

        assertThat(html).isEqualTo("<p>kept</p>");
        assertThat(renderer.unknown()).containsExactly("card “mystery”");
    }

    @Test
    void a_document_that_is_not_json_gives_no_text_and_says_so() {
        assertThat(renderer.render("{not json")).isEmpty();
        assertThat(renderer.unknown()).singleElement().asString().contains("not valid JSON");
    }
}
