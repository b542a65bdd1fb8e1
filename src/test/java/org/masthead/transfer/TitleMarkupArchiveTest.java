package org.masthead.transfer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.masthead.article.Article;
import org.masthead.importer.ImportProgress;
import org.masthead.platform.Database;
import org.masthead.boot.Masthead;
import org.masthead.support.Magazines;
import org.masthead.support.SmallWxr;

/** A title's inline markup goes into an archive and comes back; an archive made before there was any still restores. */
class TitleMarkupArchiveTest {
    @TempDir
    Path temp;

    private Masthead source;
    private Masthead target;
    private Path archive;

    @BeforeEach
    void exportAMagazineWithAMarkedUpTitle() {
        source = Magazines.open(Database.Kind.SQLITE, temp.resolve("source"));
        SmallWxr.export().post(1, "Title <em>With</em> <b>Mark<sup>up</sup></b>", "<p>Words.</p>")
                .post(2, "Plain Title", "<p>More words.</p>").importInto(source, temp);
        archive = temp.resolve("magazine.zip");
        source.export().export(archive, false, MagazineExport.Progress.NONE);
        target = Magazines.open(Database.Kind.SQLITE, temp.resolve("target"));
    }

    @AfterEach
    void close() {
        target.close();
        source.close();
    }

    private Article restored(int id) {
        return target.articles().findPublishedBySlug("post-" + id).orElseThrow();
    }

    @Test
    void a_restored_article_keeps_its_titles_markup() {
        target.imports().restore(archive, ImportProgress.NONE);

        assertThat(restored(1).title()).isEqualTo("Title With Markup");
        assertThat(restored(1).titleMarkup()).isEqualTo("Title <em>With</em> <b>Mark<sup>up</sup></b>");
        assertThat(restored(2).titleMarkup()).isNull();
    }

    @Test
    void an_archive_made_before_titles_had_markup_restores_with_plain_titles() {
        Path older = Archives.rewrite(archive, temp.resolve("older.zip"), Map.of(
                "manifest.json", text -> text.replaceAll(",\\s*\"title_html\"", ""),
                "tables/articles.jsonl", text -> text.replaceAll(",\\s*\"title_html\"\\s*:\\s*(null|\"(?:[^\"\\\\]|\\\\.)*\")", "")),
                Map.of());
        assertThat(Archives.contents(older).get("tables/articles.jsonl")).asString().doesNotContain("title_html");

        target.imports().restore(older, ImportProgress.NONE);

        assertThat(restored(1).title()).isEqualTo("Title With Markup");
        assertThat(restored(1).titleMarkup()).isNull();
    }

    @Test
    void markup_an_archive_gives_is_sanitized_again_on_restore() {
        Path edited = Archives.rewrite(archive, temp.resolve("edited.zip"), Map.of("tables/articles.jsonl",
                text -> text.replace("Title <em>With</em>", "Title <em onclick=\\\"steal()\\\">With</em>")), Map.of());
        assertThat(Archives.contents(edited).get("tables/articles.jsonl")).asString().contains("onclick");

        target.imports().restore(edited, ImportProgress.NONE);

        assertThat(restored(1).titleMarkup()).isEqualTo("Title <em>With</em> <b>Mark<sup>up</sup></b>");
    }
}
