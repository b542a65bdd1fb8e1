package org.masthead.importer.ghost;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.masthead.media.CreditKind;
import org.masthead.media.Licence;

class GhostCaptionTest {
    @Test
    void ghosts_unsplash_line_is_a_credit_to_the_photographer_under_unsplashs_licence() {
        GhostCaption caption = GhostCaption.of("Photo by <a href=\"https://unsplash.com/@ana?utm_source=ghost&amp;utm_medium=referral\">"
                + "Ana Lund</a> / <a href=\"https://unsplash.com\">Unsplash</a>");

        assertThat(caption.caption()).isEmpty();
        assertThat(caption.creditKind()).isEqualTo(CreditKind.PHOTO);
        assertThat(caption.creditName()).isEqualTo("Ana Lund");
        assertThat(caption.creditUrl()).isEqualTo("https://unsplash.com/@ana?utm_source=ghost&utm_medium=referral");
        assertThat(caption.licence()).isEqualTo(Licence.UNSPLASH);
    }

    @Test
    void any_other_caption_is_kept_as_the_text_a_reader_sees_with_its_links() {
        GhostCaption caption = GhostCaption.of("The quay at <em>dusk</em> &amp; the <a href=\"https://example.org\">ferry</a>");

        assertThat(caption.caption()).isEqualTo("The quay at dusk & the [ferry](https://example.org)");
        assertThat(caption.creditName()).isEmpty();
        assertThat(caption.creditUrl()).isNull();
        assertThat(caption.licence()).isNull();
    }

    @Test
    void an_illustration_credit_says_so() {
        assertThat(GhostCaption.of("Illustration by Kim Ode").creditKind()).isEqualTo(CreditKind.ILLUSTRATION);
        assertThat(GhostCaption.of("Illustration by Kim Ode").creditName()).isEqualTo("Kim Ode");
    }
}
