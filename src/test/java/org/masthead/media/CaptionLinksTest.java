package org.masthead.media;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CaptionLinksTest {
    @Test
    void a_caption_in_html_keeps_its_links_as_words_and_address_and_drops_every_other_tag() {
        assertThat(CaptionLinks.fromHtml("Seen from <a href=\"https://quay.example/\">the <em>quay</em></a> &amp; the <b>pier</b>"))
                .isEqualTo("Seen from [the quay](https://quay.example/) & the pier");
        assertThat(CaptionLinks.fromHtml("A <a href=\"javascript:alert(1)\">trick</a> and <a href=\"/local\">here</a>"))
                .isEqualTo("A trick and here");
    }

    @Test
    void a_caption_shows_its_links_as_links_and_everything_else_escaped() {
        assertThat(CaptionLinks.html("Seen from [the quay](https://quay.example/) <script>x</script> & co"))
                .isEqualTo("Seen from <a href=\"https://quay.example/\" rel=\"noopener\">the quay</a> &lt;script&gt;x&lt;/script&gt; &amp; co");
        assertThat(CaptionLinks.html("[a](javascript:alert(1)) [b](https://x.example/\"onmouseover=\"y)"))
                .doesNotContain("<a href=\"javascript").doesNotContain("\"onmouseover");
    }

    @Test
    void a_captions_plain_text_is_its_words() {
        assertThat(CaptionLinks.text("Seen from [the quay](https://quay.example/), at dawn")).isEqualTo("Seen from the quay, at dawn");
        assertThat(CaptionLinks.text("Plain [sic] caption")).isEqualTo("Plain [sic] caption");
    }
}
