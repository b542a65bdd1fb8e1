package org.masthead.importer.wordpress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.masthead.article.Article;
import org.masthead.importer.ImportFailed;
import org.masthead.importer.ImportOutcome;
import org.masthead.importer.ImportProgress;
import org.masthead.importer.ImportService;
import org.masthead.media.Image;
import org.masthead.platform.Database;
import org.masthead.boot.Masthead;
import org.masthead.support.Magazines;

/** An export imported with its uploads folder: the files are copied in and the posts point at the copies. */
@ParameterizedClass
@EnumSource(Database.Kind.class)
class WordPressUploadsTest {
    @Parameter
    Database.Kind kind;

    @TempDir
    Path work;

    private Masthead magazine;
    private Path export;

    @BeforeEach
    void open() {
        export = UploadsFixture.write(work);
        magazine = Magazines.open(kind, work.resolve("data"));
    }

    @AfterEach
    void close() {
        magazine.close();
    }

    private ImportOutcome importWithUploads() {
        var options = new ImportService.Options(null, UploadsFixture.uploads(work));
        return magazine.imports().importPrepared(ImportService.prepare(export, options), ImportProgress.NONE);
    }

    @Test
    void the_featured_picture_is_copied_with_its_alt_text_and_credit_and_the_post_points_at_the_copy() {
        importWithUploads();

        Article post = magazine.articles().findPublishedBySlug("dawn-at-the-harbour").orElseThrow();
        Image lead = magazine.media().find(post.leadImageId());
        assertThat(lead.fileName()).isNotNull();
        assertThat(lead.alt()).isEqualTo("Fishing boats at the quay");
        assertThat(lead.creditName()).isEqualTo("Ann Photographer");
        assertThat(lead.width()).isEqualTo(640);
        assertThat(post.body().html())
                .contains("<figure><img src=\"" + lead.src().orElseThrow() + "\"")
                .containsPattern("<figcaption>The harbour at dawn</figcaption>\\s*</figure>")
                .doesNotContain("[caption");
    }

    @Test
    void a_linked_file_is_copied_and_the_link_follows_it_while_a_file_the_folder_lacks_keeps_its_address() {
        ImportOutcome outcome = importWithUploads();

        Article post = magazine.articles().findPublishedBySlug("dawn-at-the-harbour").orElseThrow();
        assertThat(post.body().html()).contains("href=\"/media/files/report.pdf\"")
                .contains("href=\"" + UploadsFixture.SITE + "/wp-content/uploads/2017/09/gone.jpg\"");
        assertThat(work.resolve("data/media/files/report.pdf")).exists();
        assertThat(outcome.notes()).anySatisfy(note -> assertThat(note).contains("not found under"));
        assertThat(outcome.failures()).isEmpty();
    }

    @Test
    void a_recorded_path_that_leaves_the_uploads_folder_is_not_followed() throws IOException {
        importWithUploads();

        try (Stream<Path> files = Files.walk(work.resolve("data/media"))) {
            List<String> names = files.map(f -> f.getFileName().toString()).toList();
            assertThat(names).doesNotContain("secret.txt");
        }
        String kept = magazine.database().read(h -> h.createQuery(
                "SELECT source_url FROM attachments WHERE title = 'Escape'").mapTo(String.class).one());
        assertThat(kept).isEqualTo(UploadsFixture.SITE + "/wp-content/uploads/secret.txt");
    }

    @Test
    void a_second_import_with_the_uploads_copies_nothing_again() throws IOException {
        importWithUploads();
        long files = countFiles();

        ImportOutcome second = importWithUploads();

        assertThat(second.changedNothing()).as(second.toString()).isTrue();
        assertThat(countFiles()).isEqualTo(files);
    }

    @Test
    void the_old_permalink_and_its_old_slug_are_kept_as_addresses() {
        importWithUploads();

        long id = magazine.articles().findPublishedBySlug("dawn-at-the-harbour").orElseThrow().id();
        assertThat(magazine.articles().findByOldAddress("/2017/09/18/harbour-at-dawn/", null)).map(Article::id).contains(id);
        assertThat(magazine.articles().findByOldAddress("/", "p=10")).map(Article::id).contains(id);
    }

    @Test
    void an_uploads_folder_that_is_not_there_is_refused_before_anything_is_written() {
        var options = new ImportService.Options(null, work.resolve("nowhere"));

        assertThatThrownBy(() -> ImportService.prepare(export, options)).isInstanceOf(ImportFailed.class)
                .hasMessageContaining("is not a folder");
        assertThat(magazine.articles().countPublished()).isZero();
    }

    private long countFiles() throws IOException {
        try (Stream<Path> files = Files.walk(work.resolve("data/media"))) {
            return files.filter(Files::isRegularFile).count();
        }
    }
}
