package org.masthead.importer.wordpress;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class BlockCommentsTest {
    @Test
    void paragraphs_between_a_block_with_attributes_and_a_self_closing_block_are_all_kept() {
        var read = BlockComments.read("""
                <!-- wp:spacer {"height":"20px"} -->
                <div style="height:20px" aria-hidden="true" class="wp-block-spacer"></div>
                <!-- /wp:spacer -->
                <!-- wp:heading -->
                <h2>Harbour news</h2>
                <!-- /wp:heading -->
                <!-- wp:paragraph -->
                <p>The ferry runs again.</p>
                <!-- /wp:paragraph -->
                <!-- wp:latest-posts {"postsToShow":3} /-->
                <!-- wp:paragraph -->
                <p>More next week.</p>
                <!-- /wp:paragraph -->
                """);

        assertThat(read.html()).contains("wp-block-spacer", "<h2>Harbour news</h2>", "<p>The ferry runs again.</p>",
                "<p>More next week.</p>").doesNotContain("wp:");
        assertThat(read.drawnByWordPress()).isEqualTo(Map.of("wp:latest-posts", 1));
    }

    @Test
    void a_closing_brace_inside_an_attribute_string_does_not_end_the_comment_early() {
        var read = BlockComments.read("<!-- wp:quote {\"className\":\"a} /\\u002d\\u002d> b\"} --><blockquote>Kept</blockquote>"
                + "<!-- /wp:quote --><!-- wp:archives {\"label\":\"}\"} /-->");

        assertThat(read.html()).isEqualTo("<blockquote>Kept</blockquote>");
        assertThat(read.drawnByWordPress()).isEqualTo(Map.of("wp:archives", 1));
    }

    @Test
    void nested_blocks_keep_their_inner_html_and_a_block_left_open_is_counted() {
        var read = BlockComments.read("<!-- wp:columns --><div><!-- wp:column --><div><!-- wp:paragraph --><p>Left</p>"
                + "<!-- /wp:paragraph --></div><!-- /wp:column --></div><!-- /wp:columns --><!-- wp:group --><div>Open</div>");

        assertThat(read.html()).isEqualTo("<div><div><p>Left</p></div></div><div>Open</div>");
        assertThat(read.unclosed()).isEqualTo(1);
    }

    @Test
    void namespaced_blocks_are_blocks_and_other_comments_stay_for_later() {
        var read = BlockComments.read("<!-- wp:jetpack/contact-form {\"to\":\"a@b.c\"} /--><!--more--><p>After</p>"
                + "<!-- a writer's note -->");

        assertThat(read.html()).isEqualTo("<!--more--><p>After</p><!-- a writer's note -->");
        assertThat(read.drawnByWordPress()).isEqualTo(Map.of("wp:jetpack/contact-form", 1));
    }
}
