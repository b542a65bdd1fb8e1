package org.masthead.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.masthead.media.CreditKind;
import org.masthead.media.Licence;
import org.masthead.support.ReferencePage;

class SavedPageReaderTest {
    private final SavedPage page = SavedPageReader.read(ReferencePage.lines());

    @Test
    void reads_the_headline_and_the_photo_credit_with_its_licence() {
        assertThat(page.title()).isEqualTo(ReferencePage.TITLE);
        assertThat(page.credit()).contains(new SavedPage.Credit(CreditKind.PHOTO, "Erich Ferdinand", Licence.CC_BY_2_0));
    }

    @Test
    void keeps_every_body_paragraph_verbatim() {
        assertThat(page.paragraphs()).containsExactlyElementsOf(ReferencePage.paragraphs());
        assertThat(page.paragraphs()).hasSize(12);
        assertThat(page.paragraphs().get(2)).contains("Isis’s victims");
    }

    @Test
    void takes_the_author_from_the_bio_when_more_articles_by_names_nobody() {
        int moreLine = ReferencePage.lines().indexOf("More articles by:") + 1;
        assertThat(page.contributors()).containsExactly(new SavedPage.Contributor(ReferencePage.AUTHOR, ReferencePage.bio(), moreLine));
    }

    @Test
    void reads_the_daily_group_and_the_weekend_edition_with_its_three_days() {
        assertThat(page.lineup()).hasSize(2);
        SavedPage.LineupGroup monday = page.lineup().get(0);
        assertThat(monday.span().startsOn()).isEqualTo(LocalDate.of(2018, 11, 12));
        assertThat(monday.span().endsOn()).isEqualTo(LocalDate.of(2018, 11, 12));
        assertThat(monday.span().label()).isNull();
        SavedPage.LineupGroup weekend = page.lineup().get(1);
        assertThat(weekend.span().startsOn()).isEqualTo(LocalDate.of(2018, 11, 9));
        assertThat(weekend.span().endsOn()).isEqualTo(LocalDate.of(2018, 11, 11));
        assertThat(weekend.span().label()).isEqualTo("Weekend Edition");
    }

    @Test
    void reads_every_lineup_entry_with_accents_and_typographic_quotes_as_written() {
        assertThat(page.lineup().get(0).entries().getFirst().line()).isEqualTo(ReferencePage.lines().indexOf("Kerron Ó Luain") + 1);
        List<ReferencePage.Pair> monday = page.lineup().get(0).entries().stream()
                .map(e -> new ReferencePage.Pair(e.author(), e.title())).toList();
        List<ReferencePage.Pair> weekend = page.lineup().get(1).entries().stream()
                .map(e -> new ReferencePage.Pair(e.author(), e.title())).toList();
        assertThat(monday).containsExactlyElementsOf(ReferencePage.mondayLineup()).hasSize(12);
        assertThat(weekend).containsExactlyElementsOf(ReferencePage.weekendLineup()).hasSize(33);
        assertThat(monday).contains(new ReferencePage.Pair("Kerron Ó Luain", "Poppy Fascism and the English Education System"),
                new ReferencePage.Pair("Will Griffin", "Military “Service” Serves the Ruling Class"));
        assertThat(weekend).contains(new ReferencePage.Pair("Jérôme Duval", "Forced Marriage Between Argentina and the IMF Turns into a Fiasco"));
    }

    @Test
    void an_author_without_a_title_is_named_with_its_line() {
        List<String> lines = withLastLineReplaced("Dean Baker");
        assertThatThrownBy(() -> SavedPageReader.read(lines))
                .isInstanceOfSatisfying(ImportFailed.class, e -> {
                    assertThat(e.line()).isEqualTo(lines.size());
                    assertThat(e.describe()).startsWith("line " + lines.size() + ": ")
                            .contains("'Dean Baker'", "has an author but no title");
                });
    }

    @Test
    void an_unknown_licence_is_named_with_its_line() {
        List<String> lines = ReferencePage.lines().stream()
                .map(line -> line.startsWith("Photo by") ? "Photo by Erich Ferdinand | CC BY 9.9" : line).toList();
        assertThatThrownBy(() -> SavedPageReader.read(lines))
                .isInstanceOfSatisfying(ImportFailed.class, e -> {
                    assertThat(e.line()).isEqualTo(lines.indexOf("Photo by Erich Ferdinand | CC BY 9.9") + 1);
                    assertThat(e.getMessage()).contains("unknown licence 'CC BY 9.9'", "CC BY-SA 4.0");
                });
    }

    @Test
    void a_credit_without_a_licence_reserves_all_rights() {
        List<String> lines = ReferencePage.lines().stream()
                .map(line -> line.startsWith("Photo by") ? "Photo by Erich Ferdinand" : line).toList();
        assertThat(SavedPageReader.read(lines).credit())
                .contains(new SavedPage.Credit(CreditKind.PHOTO, "Erich Ferdinand", Licence.ALL_RIGHTS_RESERVED));
    }

    @Test
    void a_day_range_that_does_not_fit_its_date_is_refused() {
        List<String> lines = ReferencePage.lines().stream()
                .map(line -> line.equals("Friday - Sunday") ? "Saturday - Sunday" : line).toList();
        assertThatThrownBy(() -> SavedPageReader.read(lines))
                .isInstanceOfSatisfying(ImportFailed.class, e -> {
                    assertThat(e.line()).isEqualTo(lines.indexOf("Saturday - Sunday") + 1);
                    assertThat(e.getMessage()).contains("November 09, 2018, a Friday");
                });
    }

    @Test
    void a_page_without_more_articles_by_is_refused() {
        List<String> lines = ReferencePage.lines().stream().filter(line -> !line.startsWith("More articles by")).toList();
        assertThatThrownBy(() -> SavedPageReader.read(lines))
                .isInstanceOf(ImportFailed.class)
                .hasMessageContaining("no 'More articles by:' line");
    }

    @Test
    void a_name_after_more_articles_by_is_taken_as_it_is() {
        List<String> lines = ReferencePage.lines().stream()
                .map(line -> line.startsWith("More articles by") ? "More articles by: Patrick Cockburn" : line).toList();
        assertThat(SavedPageReader.read(lines).contributors().getFirst().name()).isEqualTo("Patrick Cockburn");
    }

    @Test
    void a_headline_or_a_lineup_title_that_looks_like_a_share_bar_is_still_read_as_a_title() {
        List<String> lines = ReferencePage.lines().stream()
                .map(line -> line.equals(ReferencePage.TITLE) ? "Reddit" : line)
                .map(line -> line.equals("What Now?") ? "Threads" : line)
                .toList();
        List<String> withoutTopBar = lines.subList(1, lines.size());

        assertThat(SavedPageReader.read(lines).title()).isEqualTo("Reddit");
        assertThat(SavedPageReader.read(withoutTopBar).title()).isEqualTo("Reddit");
        assertThat(SavedPageReader.read(lines).lineup().get(1).entries()).extracting(SavedPage.Entry::title).contains("Threads");
    }

    @Test
    void a_lineup_shifted_by_a_missing_line_is_caught_where_a_title_stands_for_a_name() {
        List<String> lines = new java.util.ArrayList<>(ReferencePage.lines());
        int lost = lines.indexOf("Conn Hallinan");
        lines.remove(lost);
        int shifted = lines.indexOf("Robert Hunziker") - 1;

        assertThatThrownBy(() -> SavedPageReader.read(lines))
                .isInstanceOfSatisfying(ImportFailed.class, e -> {
                    assertThat(e.line()).isEqualTo(shifted + 1);
                    assertThat(e.getMessage()).startsWith("'Nuclear Treaties: Unwrapping Armageddon' stands where an author's name belongs");
                });
    }

    @Test
    void a_file_that_is_not_utf8_is_refused_at_the_line_of_the_first_bad_byte() {
        byte[] good = "Title\n\nFirst paragraph\n".getBytes(StandardCharsets.UTF_8);
        byte[] bad = new byte[good.length + 3];
        System.arraycopy(good, 0, bad, 0, good.length);
        bad[good.length] = 'x';
        bad[good.length + 1] = (byte) 0xE9; // é in Latin-1
        bad[good.length + 2] = '\n';
        assertThatThrownBy(() -> TextFile.lines(bad))
                .isInstanceOfSatisfying(ImportFailed.class, e -> {
                    assertThat(e.line()).isEqualTo(4);
                    assertThat(e.getMessage()).contains("not UTF-8");
                });
    }

    private static List<String> withLastLineReplaced(String replacement) {
        List<String> lines = new java.util.ArrayList<>(ReferencePage.lines());
        // Drop the closing share bar and the last title, leaving its author alone at the end.
        lines.removeLast();
        lines.removeLast();
        lines.set(lines.size() - 1, replacement);
        return lines;
    }
}
