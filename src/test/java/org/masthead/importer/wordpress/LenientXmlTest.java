package org.masthead.importer.wordpress;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import org.junit.jupiter.api.Test;

class LenientXmlTest {
    private static String mend(String xml) throws IOException {
        try (var reader = new LenientXml(new StringReader(xml))) {
            var out = new StringBuilder();
            char[] buf = new char[7];
            for (int n; (n = reader.read(buf, 0, buf.length)) >= 0; ) {
                out.append(buf, 0, n);
            }
            return out.toString();
        }
    }

    @Test
    void a_raw_ampersand_becomes_an_entity_and_real_references_are_kept() throws IOException {
        assertThat(mend("<link>a?x=1&y=2&amp;z=&#38;&#x26;</link>")).isEqualTo("<link>a?x=1&amp;y=2&amp;z=&#38;&#x26;</link>");
    }

    @Test
    void an_html_entity_becomes_the_character_reference_xml_knows() throws IOException {
        assertThat(mend("<t>a&nbsp;b &eacute;</t>")).isEqualTo("<t>a&#160;b &#233;</t>");
    }

    @Test
    void inside_cdata_nothing_is_touched_but_a_nested_end_that_is_not_followed_by_a_tag() throws IOException {
        assertThat(mend("<c><![CDATA[a & b <![CDATA[ x ]]> :)]]></c>")).isEqualTo("<c><![CDATA[a & b <![CDATA[ x ]]]]><![CDATA[> :)]]></c>");
        assertThat(mend("<c><![CDATA[one]]><![CDATA[two]]></c>")).isEqualTo("<c><![CDATA[one]]><![CDATA[two]]></c>");
    }

    @Test
    void control_characters_xml_cannot_hold_are_dropped_and_line_breaks_kept() throws IOException {
        assertThat(mend("<t>a\u000Bb\n&#11;c</t>")).isEqualTo("<t>ab\nc</t>");
    }

    @Test
    void a_lone_less_than_sign_in_text_is_escaped() throws IOException {
        assertThat(mend("<t>1 < 2</t>")).isEqualTo("<t>1 &lt; 2</t>");
    }
}
