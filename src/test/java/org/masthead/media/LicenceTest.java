package org.masthead.media;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LicenceTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            CC BY 2.0 | CC_BY_2_0
            cc-by-sa-4.0 | CC_BY_SA_4_0
            CC BY-NC-SA 4.0 | CC_BY_NC_SA_4_0
            Creative Commons BY 4.0 | CC_BY_4_0
            CC BY 2 | CC_BY_2_0
            CC0 | CC0_1_0
            Public Domain | PUBLIC_DOMAIN
            All rights reserved | ALL_RIGHTS_RESERVED
            """)
    void a_licence_is_read_as_people_write_it(String text, Licence licence) {
        assertThat(Licence.parse(text)).contains(licence);
    }

    @Test
    void each_creative_commons_licence_links_to_its_deed_and_all_rights_reserved_to_none() {
        assertThat(Licence.CC_BY_2_0.deedUrl()).contains("https://creativecommons.org/licenses/by/2.0/");
        assertThat(Licence.CC_BY_NC_SA_4_0.deedUrl()).contains("https://creativecommons.org/licenses/by-nc-sa/4.0/");
        assertThat(Licence.CC0_1_0.deedUrl()).contains("https://creativecommons.org/publicdomain/zero/1.0/");
        assertThat(Licence.ALL_RIGHTS_RESERVED.deedUrl()).isEmpty();
    }

    @Test
    void every_licence_can_be_found_again_by_its_code_and_its_label() {
        for (Licence licence : Licence.values()) {
            assertThat(Licence.parse(licence.code())).as(licence.code()).contains(licence);
            assertThat(Licence.parse(licence.label())).as(licence.label()).contains(licence);
        }
    }

    @Test
    void an_unknown_licence_is_not_guessed() {
        assertThat(Licence.parse("CC BY 9.9")).isEmpty();
        assertThat(Licence.parse("free to use")).isEmpty();
    }
}
