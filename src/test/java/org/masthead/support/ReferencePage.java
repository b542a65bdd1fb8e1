package org.masthead.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Our reference page, the CounterPunch op-ed saved as text, read from {@code ../shared/seed/}: third-party
 * writing that the project does not ship. The expectations below are read from the file by a few plain
 * rules of their own, independent of the importer under test.
 */
public final class ReferencePage {
    public static final String TITLE = "ISIS is Stepping Up Its Atrocities to Compensate For Its Defeat";
    public static final String AUTHOR = "Patrick Cockburn";
    /** The page does not say when the article appeared; the tests date it with --published. */
    public static final String PUBLISHED = "2017-09-18";

    public record Pair(String author, String title) {}

    private ReferencePage() {}

    public static Path path() {
        Path seed = Path.of(System.getProperty("masthead.seedDir", "../shared/seed")).resolve("000_740a4e0cf336b10d.txt");
        assertThat(seed).as("the reference page, expected beside the project in ../shared/seed").isRegularFile();
        return seed;
    }

    public static List<String> lines() {
        try {
            return Files.readAllLines(path(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The body: every non-empty line between the photo credit and "More articles by:". */
    public static List<String> paragraphs() {
        List<String> lines = lines();
        int credit = indexOf(lines, "Photo by ");
        int more = indexOf(lines, "More articles by:");
        return lines.subList(credit + 1, more).stream().filter(line -> !line.isBlank()).toList();
    }

    /** The bio: the non-empty line after "More articles by:". */
    public static String bio() {
        List<String> lines = lines();
        return lines.subList(indexOf(lines, "More articles by:") + 1, lines.size()).stream()
                .filter(line -> !line.isBlank()).findFirst().orElseThrow();
    }

    /** The author and title pairs under "November 12, 2018". */
    public static List<Pair> mondayLineup() {
        List<String> lines = lines();
        return pairs(lines.subList(indexOf(lines, "November 12, 2018") + 1, indexOf(lines, "Weekend Edition")));
    }

    /** The author and title pairs under "Weekend Edition / November 09, 2018 / Friday - Sunday". */
    public static List<Pair> weekendLineup() {
        List<String> lines = lines();
        int days = indexOf(lines, "Friday - Sunday");
        int shareBar = lines.size() - 1;
        assertThat(lines.get(shareBar)).startsWith("Facebook");
        return pairs(lines.subList(days + 1, shareBar));
    }

    private static List<Pair> pairs(List<String> lines) {
        List<String> text = lines.stream().filter(line -> !line.isBlank()).toList();
        assertThat(text.size() % 2).as("author and title lines come in pairs").isZero();
        List<Pair> pairs = new ArrayList<>();
        for (int i = 0; i < text.size(); i += 2) {
            pairs.add(new Pair(text.get(i), text.get(i + 1)));
        }
        return pairs;
    }

    private static int indexOf(List<String> lines, String start) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith(start)) {
                return i;
            }
        }
        throw new AssertionError("the reference page has no line starting with '" + start + "'");
    }
}
