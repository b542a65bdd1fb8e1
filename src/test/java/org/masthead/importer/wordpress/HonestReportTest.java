package org.masthead.importer.wordpress;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.masthead.importer.ImportOutcome;
import org.masthead.importer.ImportOutcome.Item;
import org.masthead.importer.ImportOutcome.Result;
import org.masthead.importer.ImportProgress;
import org.masthead.importer.ImportService;
import org.masthead.platform.Database;
import org.masthead.boot.Masthead;
import org.masthead.support.Magazines;
import org.masthead.support.SmallWxr;

/** The import report counts as created only what the import created, and says what it merged and what was cut off. */
class HonestReportTest {
    @TempDir
    Path dir;

    private Masthead magazine;

    @BeforeEach
    void open() {
        magazine = Magazines.open(Database.Kind.SQLITE, dir.resolve("data"));
    }

    @AfterEach
    void close() {
        magazine.close();
    }

    private ImportOutcome importing(SmallWxr export) {
        return export.importInto(magazine, dir);
    }

    @Test
    void an_author_and_a_topic_the_magazine_already_had_are_counted_as_merged_not_created() {
        magazine.authors().findOrCreate("Ann Writer");
        magazine.topics().findOrCreate("Harbour");

        ImportOutcome outcome = importing(SmallWxr.export().category("harbour", "Harbour").category("ferries", "Ferries")
                .post(1, "Dawn", "<p>Boats.</p>"));

        assertThat(outcome.count(Item.AUTHOR, Result.CREATED)).isZero();
        assertThat(outcome.count(Item.AUTHOR, Result.UPDATED)).isEqualTo(1);
        assertThat(outcome.count(Item.TOPIC, Result.CREATED)).isEqualTo(1);
        assertThat(outcome.count(Item.TOPIC, Result.UPDATED)).isEqualTo(1);
        assertThat(outcome.counted()).containsEntry("of the authors updated, merged into one the magazine had of that name", 1)
                .containsEntry("of the topics updated, merged into one the magazine had of that name or slug", 1);
        assertThat(magazine.authors().count()).isEqualTo(1);
    }

    @Test
    void a_post_cut_off_where_the_export_ends_is_named_as_truncated() throws Exception {
        Path whole = SmallWxr.export().post(1, "Complete", "<p>All here.</p>").post(2, "Cut off", "<p>Half of it").writeTo(dir);
        String text = java.nio.file.Files.readString(whole);
        java.nio.file.Files.writeString(whole, text.substring(0, text.indexOf("Half of it") + 10));

        ImportOutcome outcome = magazine.imports().importPrepared(ImportService.prepare(whole, ImportService.Options.NONE),
                ImportProgress.NONE);

        assertThat(outcome.count(Item.ARTICLE, Result.CREATED)).isEqualTo(1);
        assertThat(outcome.failures()).singleElement().satisfies(p -> {
            assertThat(p.item()).contains("“Cut off”");
            assertThat(p.reason()).startsWith("truncated: ");
        });
        assertThat(outcome.complete()).isFalse();
    }
}
