package org.masthead.transfer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.masthead.support.ArticleBuilder.anArticle;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.masthead.platform.Database;
import org.masthead.boot.Masthead;
import org.masthead.support.Magazines;

/** An export is of one moment: what the newsroom saves while it runs is in the next export, not half in this one. */
@ParameterizedClass
@EnumSource(Database.Kind.class)
class ExportSnapshotTest {
    @Parameter
    Database.Kind kind;

    @TempDir
    Path temp;

    @Test
    void an_article_saved_while_the_export_runs_is_left_out_whole_with_its_byline() {
        try (Masthead magazine = Magazines.open(kind, temp.resolve("magazine"))) {
            anArticle().titled("Salt Marshes").by("Ann Lee").publishedOn(LocalDate.of(2024, 5, 6)).in(magazine);
            Path archive = temp.resolve("during.zip");
            boolean[] written = {false};

            magazine.export().export(archive, false, (done, total) -> {
                if (!written[0]) {
                    // The first author row is written: the tables after it are still to be read.
                    written[0] = true;
                    anArticle().titled("Tidal Mills").by("Bo Chen").publishedOn(LocalDate.of(2024, 5, 7)).in(magazine);
                }
            });

            var entries = Archives.contents(archive);
            String articles = new String(entries.get("tables/articles.jsonl"), StandardCharsets.UTF_8);
            String authors = new String(entries.get("tables/authors.jsonl"), StandardCharsets.UTF_8);
            assertThat(written[0]).isTrue();
            assertThat(magazine.articles().countPublished()).isEqualTo(2);
            assertThat(articles).contains("Salt Marshes").doesNotContain("Tidal Mills");
            assertThat(authors).contains("Ann Lee").doesNotContain("Bo Chen");
            assertThat(new String(entries.get("tables/article_authors.jsonl"), StandardCharsets.UTF_8).lines()).hasSize(1);
        }
    }
}
