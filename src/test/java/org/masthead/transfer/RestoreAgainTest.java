package org.masthead.transfer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.masthead.common.Actor;
import org.masthead.article.Article;
import org.masthead.article.BodyFormat;
import org.masthead.article.DraftInput;
import org.masthead.importer.ImportFailed;
import org.masthead.importer.ImportOutcome;
import org.masthead.importer.ImportOutcome.Item;
import org.masthead.importer.ImportOutcome.Result;
import org.masthead.importer.ImportProgress;
import org.masthead.platform.Database;
import org.masthead.boot.Masthead;
import org.masthead.search.SearchQuery;
import org.masthead.settings.Setting;
import org.masthead.support.Magazines;
import org.masthead.support.ReferencePage;

/** Restoring into a magazine that is not empty: the same magazine again updates it in place; another is refused. */
@ParameterizedClass
@EnumSource(Database.Kind.class)
class RestoreAgainTest {
    @Parameter
    Database.Kind kind;

    @TempDir
    Path temp;

    private Masthead source;
    private Actor ada;
    private Article harbour;

    @BeforeEach
    void open() {
        source = Magazines.open(kind, temp.resolve("source"));
        source.imports().importFile(ReferencePage.path(), LocalDate.parse(ReferencePage.PUBLISHED));
        ada = source.accounts().createFirstAdmin("Ada Admin", "ada@example.org", "correct horse battery", "").asActor("");
        harbour = source.workflow().write(ada, new DraftInput("The Dockers Who Stopped the Port", null, "", BodyFormat.MARKDOWN,
                "The cranes stood still.", List.of("Ann Lee", "Bo Chen"), List.of("Shipping"), null), source.accounts().bylineOf(ada));
        harbour = source.workflow().publishNow(ada, harbour.id());
    }

    @AfterEach
    void close() {
        source.close();
    }

    private Path export(String name) {
        Path archive = temp.resolve(name);
        source.export().export(archive, false, MagazineExport.Progress.NONE);
        return archive;
    }

    private static ImportOutcome restore(Masthead target, Path archive) {
        return target.imports().restore(archive, ImportProgress.NONE);
    }

    @Test
    void restoring_the_same_export_again_reports_nothing_new_and_duplicates_nothing() {
        Path archive = export("first.zip");
        try (Masthead target = Magazines.open(kind, temp.resolve("target"))) {
            ImportOutcome first = restore(target, archive);
            int articles = target.articles().countPublished();

            ImportOutcome second = restore(target, archive);

            assertThat(first.count(Item.ARTICLE, Result.CREATED)).isEqualTo(47);
            assertThat(second.changedNothing()).as(second.toString()).isTrue();
            assertThat(second.counted()).as("nothing removed").isEmpty();
            assertThat(second.count(Item.ARTICLE, Result.UNCHANGED)).isEqualTo(47);
            assertThat(second.lines().getFirst()).startsWith("Nothing new in an export of Masthead made ");
            assertThat(target.articles().countPublished()).isEqualTo(articles);
        }
    }

    @Test
    void a_later_export_of_the_same_magazine_updates_the_restored_one_in_place_keeping_ids() {
        try (Masthead target = Magazines.open(kind, temp.resolve("target"))) {
            restore(target, export("first.zip"));
            Article changed = source.workflow().save(ada, harbour.id(), new DraftInput("The Dockers Who Closed the Port", null, "",
                    BodyFormat.MARKDOWN, "The cranes stood still for a week.", List.of("Ann Lee"), List.of("Shipping"), null),
                    source.articles().find(harbour.id()).version());
            Article added = source.workflow().write(ada, new DraftInput("River Levels", null, "", BodyFormat.MARKDOWN,
                    "The river rose.", List.of("Bo Chen"), List.of(), null), source.accounts().bylineOf(ada));
            source.settings().set(Setting.SITE_TITLE, "The Evening Ledger");

            ImportOutcome again = restore(target, export("second.zip"));

            assertThat(again.count(Item.ARTICLE, Result.UPDATED)).isEqualTo(1);
            assertThat(again.count(Item.ARTICLE, Result.CREATED)).isEqualTo(1);
            assertThat(again.count(Item.SETTING, Result.CREATED)).as("the title, set for the first time").isEqualTo(1);
            assertThat(again.counted()).containsEntry("article authors removed, as the archive no longer has them", 1);
            Article restored = target.articles().find(harbour.id());
            assertThat(restored.title()).isEqualTo(changed.title());
            assertThat(restored.version()).isEqualTo(changed.version());
            assertThat(restored.authors()).extracting(byline -> byline.name()).containsExactly("Ann Lee");
            assertThat(target.articles().find(added.id()).title()).isEqualTo("River Levels");
            assertThat(target.settings().current().title()).isEqualTo("The Evening Ledger");
            assertThat(restore(target, export("third.zip")).changedNothing()).isTrue();
        }
    }

    @Test
    void a_new_row_made_after_a_restore_gets_an_id_past_every_restored_one() {
        try (Masthead target = Magazines.open(kind, temp.resolve("target"))) {
            restore(target, export("first.zip"));
            Actor admin = new Actor(1L, "Ada Admin", org.masthead.common.Role.ADMIN, null, "");

            Article written = target.workflow().write(admin, new DraftInput("After the Move", null, "", BodyFormat.MARKDOWN,
                    "Written on the new server.", List.of("Ann Lee"), List.of(), null), target.accounts().bylineOf(admin));

            assertThat(written.id()).isEqualTo(harbour.id() + 1);
        }
    }

    @Test
    void a_magazine_holding_other_content_is_refused_and_left_as_it_was() {
        Path archive = export("first.zip");
        try (Masthead target = Magazines.open(kind, temp.resolve("target"))) {
            target.seedDemoOnFirstServe(true);
            int before = target.articles().countPublished();

            assertThatThrownBy(() -> restore(target, archive)).isInstanceOf(ImportFailed.class)
                    .hasMessageContaining("this magazine already holds").hasMessageContaining("articles (14)")
                    .hasMessageContaining("`serve --no-demo`");

            assertThat(target.articles().countPublished()).isEqualTo(before);
            assertThat(target.settings().current().title()).isEqualTo("The Evening Ledger");
        }
    }

    @Test
    void after_a_second_restore_the_search_index_finds_what_it_rewrote_though_its_times_are_old() {
        Path targetDir = temp.resolve("target");
        try (Masthead target = Magazines.open(kind, targetDir)) {
            restore(target, export("first.zip"));
            target.serve();
            target.search().awaitIndexed();
        }
        source.workflow().save(ada, harbour.id(), new DraftInput("Quayside Uprising", null, "", BodyFormat.MARKDOWN,
                "The cranes stood still.", List.of("Ann Lee", "Bo Chen"), List.of("Shipping"), null),
                source.articles().find(harbour.id()).version());
        // Edited long ago, as far as the archive says: the index's look for recent changes cannot find it.
        source.database().write(h -> {
            Instant longAgo = Instant.parse("2020-01-01T00:00:00Z");
            h.createUpdate("UPDATE articles SET updated_at = :at").bind("at", longAgo).execute();
            return h.createUpdate("UPDATE authors SET updated_at = :at").bind("at", longAgo).execute();
        });
        Path second = export("second.zip");

        try (Masthead target = Magazines.open(kind, targetDir)) {
            restore(target, second);
            target.serve();
            target.search().awaitIndexed();

            var found = target.search().index().search(SearchQuery.of("Quayside", null, null, null, null, null, 10));
            assertThat(found.hits()).extracting(hit -> hit.title()).containsExactly("Quayside Uprising");
        }
    }

    @Test
    void a_secret_setting_in_an_archive_written_elsewhere_is_skipped_and_the_magazine_keeps_its_own() {
        Path archive = Archives.rewrite(export("first.zip"), temp.resolve("with-secret.zip"),
                Map.of("tables/settings.jsonl", text -> text + "{\"key\":\"mail.password\",\"value\":\"from-the-file\"}\n",
                        "manifest.json", text -> text.replaceFirst("(\"name\" : \"settings\",\\s*\"file\" : \"[^\"]+\",\\s*\"rows\" : )(\\d+)",
                                "$1" + (settingsRows() + 1))), Map.of());
        try (Masthead target = Magazines.open(kind, temp.resolve("target"))) {
            target.settings().set(Setting.MAIL_PASSWORD, "the-magazine's-own");

            ImportOutcome outcome = restore(target, archive);

            assertThat(outcome.skipped()).singleElement().satisfies(problem ->
                    assertThat(problem.reason()).isEqualTo("a secret is never restored from an archive"));
            assertThat(target.settings().all().get(Setting.MAIL_PASSWORD)).isEqualTo("the-magazine's-own");
        }
    }

    private long settingsRows() {
        return source.database().read(h -> h.createQuery("SELECT COUNT(*) FROM settings").mapTo(Long.class).one());
    }
}
