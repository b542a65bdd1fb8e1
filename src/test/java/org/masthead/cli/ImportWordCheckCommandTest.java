package org.masthead.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.masthead.support.SmallWxr;

/** The import command names a post stored without some of its words and exits 3, as it does for a failed item. */
class ImportWordCheckCommandTest {
    @TempDir
    Path dir;

    @Test
    void an_export_with_a_post_that_loses_words_exits_3_and_names_the_post() {
        Path file = SmallWxr.export().post(7, "Map", "<p>The route:</p><object>Your browser cannot show the map</object>").writeTo(dir);

        CommandRun run = CommandRun.of("import", "--data", dir.resolve("data").toString(), file.toString());

        assertThat(run.status()).as(run.err()).isEqualTo(3);
        assertThat(run.out()).contains("with 1 post missing words.").contains("  post 7 “Map”: 6 of its 8 words are missing");
    }

    @Test
    void an_export_whose_every_word_is_kept_exits_0() {
        Path file = SmallWxr.export().post(7, "Route", "<p>The route runs by the quay.</p>").writeTo(dir);

        CommandRun run = CommandRun.of("import", "--data", dir.resolve("data").toString(), file.toString());

        assertThat(run.status()).as(run.out()).isZero();
    }
}
