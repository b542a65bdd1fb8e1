package org.masthead.site;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EncodingsTest {
    @Test
    void a_browser_naming_both_gets_brotli_and_one_naming_gzip_alone_gets_gzip() {
        assertThat(Encodings.chosen("gzip, deflate, br, zstd", true, true)).isEqualTo(Encodings.Coding.BROTLI);
        assertThat(Encodings.chosen("gzip, deflate", true, true)).isEqualTo(Encodings.Coding.GZIP);
        assertThat(Encodings.chosen("x-gzip", true, true)).isEqualTo(Encodings.Coding.GZIP);
    }

    @Test
    void the_client_s_weights_decide_and_q_0_refuses() {
        assertThat(Encodings.chosen("br;q=0.5, gzip;q=0.9", true, true)).isEqualTo(Encodings.Coding.GZIP);
        assertThat(Encodings.chosen("br;q=0, gzip", true, true)).isEqualTo(Encodings.Coding.GZIP);
        assertThat(Encodings.chosen("br;q=0, gzip;q=0.000", true, true)).isNull();
        assertThat(Encodings.chosen("gzip;q=oops", true, true)).isNull();
    }

    @Test
    void a_star_stands_for_the_codings_not_named() {
        assertThat(Encodings.chosen("*", true, true)).isEqualTo(Encodings.Coding.BROTLI);
        assertThat(Encodings.chosen("br;q=0, *", true, true)).isEqualTo(Encodings.Coding.GZIP);
        assertThat(Encodings.chosen("identity, *;q=0", true, true)).isNull();
    }

    @Test
    void only_the_forms_the_page_has_are_chosen_and_no_header_gets_plain_bytes() {
        assertThat(Encodings.chosen("br, gzip", false, true)).isEqualTo(Encodings.Coding.GZIP);
        assertThat(Encodings.chosen("br", false, true)).isNull();
        assertThat(Encodings.chosen("br, gzip", false, false)).isNull();
        assertThat(Encodings.chosen(null, true, true)).isNull();
    }

    @Test
    void brotli_loads_here_and_its_bytes_decode_to_the_page() throws Exception {
        byte[] page = "<p>The tide came in over the harbour wall.</p>".repeat(50).getBytes(java.nio.charset.StandardCharsets.UTF_8);

        assertThat(Encodings.brotliAvailable()).isTrue();
        assertThat(com.aayushatharva.brotli4j.decoder.Decoder.decompress(Encodings.brotli(page)).getDecompressedData()).isEqualTo(page);
    }
}
