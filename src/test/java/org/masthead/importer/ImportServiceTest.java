package org.masthead.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.masthead.support.ArticleBuilder.anArticle;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.masthead.article.Article;
import org.masthead.article.ArticleStatus;
import org.masthead.article.BodyFormat;
import org.masthead.author.Author;
import org.masthead.media.Image;
import org.masthead.media.Licence;
import org.masthead.platform.Database;
import org.masthead.boot.Masthead;
import org.masthead.support.Magazines;
import org.masthead.support.ReferencePage;

@ParameterizedClass
@EnumSource(Database.Kind.class)
class ImportServiceTest {
    private static final LocalDate PUBLISHED = LocalDate.parse(ReferencePage.PUBLISHED);

    @Parameter
    Database.Kind kind;

    @TempDir
    Path dataDir;

    private Masthead magazine;

    @BeforeEach
    void open() {
        magazine = Magazines.open(kind, dataDir);
    }

    @AfterEach
    void close() {
        magazine.close();
    }

    @Test
    void the_reference_page_becomes_an_article_its_lineup_and_their_authors() {
        ImportReport report = magazine.imports().importFile(ReferencePage.path(), PUBLISHED);

        assertThat(report.created()).isEqualTo(1 + 12 + 33);
        assertThat(report.editionsCreated()).isEqualTo(3);
        assertThat(magazine.articles().countPublished()).isEqualTo(46);
        Article article = magazine.articles().findPublishedBySlug(
                "isis-is-stepping-up-its-atrocities-to-compensate-for-its-defeat").orElseThrow();
        assertThat(article.title()).isEqualTo(ReferencePage.TITLE);
        assertThat(article.publishedOn()).isEqualTo(PUBLISHED);
        assertThat(article.body().format()).isEqualTo(BodyFormat.HTML);
        assertThat(org.jsoup.Jsoup.parse(article.body().html()).select("p").eachText())
                .containsExactlyElementsOf(ReferencePage.paragraphs());
        assertThat(article.authors()).extracting("name").containsExactly("Patrick Cockburn");
        Image image = magazine.media().find(article.leadImageId());
        assertThat(image.creditName()).isEqualTo("Erich Ferdinand");
        assertThat(image.licence()).isEqualTo(Licence.CC_BY_2_0);
        Author cockburn = magazine.authors().findBySlug("patrick-cockburn");
        assertThat(org.jsoup.Jsoup.parse(cockburn.bioHtml()).text())
                .isEqualTo(ReferencePage.bio().replace('\u00A0', ' ').replaceAll("\\s+", " "));
    }

    @Test
    void lineup_entries_are_published_in_their_edition_without_a_body_and_keep_their_names_exactly() {
        magazine.imports().importFile(ReferencePage.path(), PUBLISHED);

        Article entry = magazine.articles().findPublishedBySlug("military-service-serves-the-ruling-class").orElseThrow();
        assertThat(entry.title()).isEqualTo("Military “Service” Serves the Ruling Class");
        assertThat(entry.body().isAvailable()).isFalse();
        assertThat(entry.publishedOn()).isEqualTo(LocalDate.of(2018, 11, 12));
        assertThat(entry.lineupPosition()).isEqualTo(5);
        assertThat(magazine.authors().findBySlug("kerron-o-luain").name()).isEqualTo("Kerron Ó Luain");
        assertThat(magazine.authors().findBySlug("jerome-duval").name()).isEqualTo("Jérôme Duval");
        var weekend = magazine.editions().findContaining(LocalDate.of(2018, 11, 10)).orElseThrow();
        assertThat(weekend.startsOn()).isEqualTo(LocalDate.of(2018, 11, 9));
        assertThat(weekend.endsOn()).isEqualTo(LocalDate.of(2018, 11, 11));
        assertThat(weekend.label()).isEqualTo("Weekend Edition");
    }

    @Test
    void importing_the_same_file_twice_adds_nothing() {
        magazine.imports().importFile(ReferencePage.path(), PUBLISHED);
        int authors = magazine.authors().count();

        ImportReport second = magazine.imports().importFile(ReferencePage.path(), PUBLISHED);

        assertThat(second.created()).isZero();
        assertThat(second.updated()).isZero();
        assertThat(second.unchanged()).isEqualTo(46);
        assertThat(second.summary()).startsWith("Nothing new");
        assertThat(magazine.articles().countPublished()).isEqualTo(46);
        assertThat(magazine.authors().count()).isEqualTo(authors);
        assertThat(magazine.editions().count()).isEqualTo(3);
    }

    @Test
    void without_a_publication_date_the_article_is_kept_as_a_draft_and_the_report_says_how_to_publish_it() {
        ImportReport report = magazine.imports().importFile(ReferencePage.path(), null);

        assertThat(report.notes()).singleElement().asString().contains("draft", "--published");
        assertThat(magazine.articles().findPublishedBySlug("isis-is-stepping-up-its-atrocities-to-compensate-for-its-defeat")).isEmpty();
        assertThat(magazine.articles().countPublished()).isEqualTo(45);

        magazine.imports().importFile(ReferencePage.path(), PUBLISHED);
        assertThat(magazine.articles().findPublishedBySlug("isis-is-stepping-up-its-atrocities-to-compensate-for-its-defeat"))
                .get().extracting(Article::status).isEqualTo(ArticleStatus.PUBLISHED);
    }

    @Test
    void an_import_that_fails_half_way_leaves_nothing_behind() {
        // A one-day edition on the Saturday cuts into the page's Friday-to-Sunday weekend edition.
        magazine.settings().set(org.masthead.settings.Setting.WEEKEND_EDITIONS, "false");
        anArticle().titled("A Saturday Piece").by("Ann Writer").publishedOn(LocalDate.of(2018, 11, 10)).in(magazine);
        int authors = magazine.authors().count();

        assertThatThrownBy(() -> magazine.imports().importFile(ReferencePage.path(), PUBLISHED))
                .isInstanceOfSatisfying(ImportFailed.class, e -> {
                    assertThat(e.line()).isEqualTo(ReferencePage.lines().indexOf("Weekend Edition") + 1);
                    assertThat(e.getMessage()).contains("overlap");
                });

        assertThat(magazine.articles().countPublished()).isEqualTo(1);
        assertThat(magazine.authors().count()).isEqualTo(authors);
        assertThat(magazine.editions().count()).isEqualTo(1);
    }

    @Test
    void exports_of_other_systems_are_recognized_by_their_content_and_refused_plainly(@TempDir Path files) throws Exception {
        Path wxr = Path.of("../shared/testdata/wxr/wordpress-importer/phpunit_data_wxr-simple.xml");
        Path renamed = Files.copy(wxr, files.resolve("looks-like-text.txt"));
        assertThatThrownBy(() -> magazine.imports().importFile(renamed, null))
                .isInstanceOf(ImportFailed.class)
                .hasMessageContaining("WordPress export");
        Path html = Files.writeString(files.resolve("page.html"), "<!DOCTYPE html><html><body>Hi</body></html>");
        assertThatThrownBy(() -> magazine.imports().importFile(html, null))
                .hasMessageContaining("save the page as text");
        Path empty = Files.writeString(files.resolve("empty.txt"), "");
        assertThatThrownBy(() -> magazine.imports().importFile(empty, null)).hasMessage("the file is empty");
        assertThat(magazine.articles().countPublished()).isZero();
    }

    @Test
    void titles_that_differ_only_in_punctuation_stay_two_articles() throws Exception {
        magazine.imports().importFile(ReferencePage.path(), PUBLISHED);
        List<String> lines = ReferencePage.lines().stream()
                .map(line -> line.equals("Short-Term Health Insurance Plans Destroy Insurance Pools")
                        ? "Short-Term Health Insurance Plans Destroy Insurance Pools!" : line)
                .toList();

        ImportReport report = magazine.imports().importFile(Files.write(dataDir.resolve("exclaimed.txt"), lines), PUBLISHED);

        assertThat(report.created()).isEqualTo(1);
        assertThat(magazine.articles().findPublishedBySlug("short-term-health-insurance-plans-destroy-insurance-pools"))
                .get().extracting(Article::title).isEqualTo("Short-Term Health Insurance Plans Destroy Insurance Pools");
        assertThat(magazine.articles().findPublishedBySlug("short-term-health-insurance-plans-destroy-insurance-pools-2"))
                .get().extracting(Article::title).isEqualTo("Short-Term Health Insurance Plans Destroy Insurance Pools!");
    }

    @Test
    void a_corrected_page_puts_its_lineup_first_and_no_two_articles_share_a_place() throws Exception {
        magazine.imports().importFile(ReferencePage.path(), PUBLISHED);
        List<String> corrected = ReferencePage.lines().stream()
                .map(line -> line.equals("Poppy Fascism and the English Education System") ? "Poppy Fascism and the English School" : line)
                .toList();

        magazine.imports().importFile(Files.write(dataDir.resolve("corrected.txt"), corrected), PUBLISHED);

        var monday = magazine.editions().findContaining(LocalDate.of(2018, 11, 12)).orElseThrow();
        var lineup = magazine.articles().lineups(List.of(monday), null, null).get(monday.id());
        assertThat(lineup).hasSize(13);
        assertThat(lineup.getFirst().title()).isEqualTo("Poppy Fascism and the English School");
        assertThat(lineup.getLast().title()).isEqualTo("Poppy Fascism and the English Education System");
        List<Integer> places = lineup.stream().map(a -> magazine.articles().find(a.id()).lineupPosition()).toList();
        assertThat(places).containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13);
    }

    @Test
    void a_page_that_would_cut_a_weekend_edition_holding_articles_is_refused_at_the_line_of_its_group() throws Exception {
        anArticle().titled("Sunday Piece").by("Ann Writer").publishedOn(LocalDate.of(2018, 11, 11)).in(magazine);
        List<String> lines = ReferencePage.lines().stream()
                .filter(line -> !line.equals("Weekend Edition") && !line.equals("Friday - Sunday")).toList();
        int group = lines.indexOf("November 09, 2018") + 1;

        assertThatThrownBy(() -> magazine.imports().importFile(Files.write(dataDir.resolve("cut.txt"), lines), PUBLISHED))
                .isInstanceOfSatisfying(ImportFailed.class, e -> {
                    assertThat(e.line()).isEqualTo(group);
                    assertThat(e.getMessage()).contains("runs to 2018-11-11", "cannot be cut");
                });
        assertThat(magazine.articles().findPublishedBySlug("sunday-piece")).isPresent();
        assertThat(magazine.editions().findContaining(LocalDate.of(2018, 11, 11)).orElseThrow().label()).isEqualTo("Weekend Edition");
    }

    @Test
    void a_later_page_with_the_full_text_fills_in_a_lineup_entry() throws Exception {
        magazine.imports().importFile(ReferencePage.path(), PUBLISHED);
        Path page = Files.write(dataDir.resolve("baker.txt"), List.of(
                "Good News, the Stock Market is Plunging: Thoughts on Wealth", "",
                "Photo by A. Photographer | CC BY-SA 4.0", "",
                "A first paragraph of the article.", "", "A second paragraph.", "",
                "More articles by:Dean Baker", "",
                "Dean Baker is an economist.", "",
                "Weekend Edition", "November 09, 2018", "Friday - Sunday",
                "Dean Baker", "Good News, the Stock Market is Plunging: Thoughts on Wealth"));

        ImportReport report = magazine.imports().importFile(page, null);

        assertThat(report.created()).isZero();
        Article article = magazine.articles().findPublishedBySlug("good-news-the-stock-market-is-plunging-thoughts-on-wealth").orElseThrow();
        assertThat(article.body().isAvailable()).isTrue();
        assertThat(article.publishedOn()).isEqualTo(LocalDate.of(2018, 11, 9));
        assertThat(magazine.authors().findBySlug("dean-baker").bioSource()).isEqualTo("Dean Baker is an economist.");
    }
}
