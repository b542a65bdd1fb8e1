package org.masthead.importer;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.masthead.edition.EditionSpan;
import org.masthead.media.CreditKind;
import org.masthead.media.Licence;

/**
 * Reads a magazine page saved as text, in the shape of our reference page: a share bar, the headline, a
 * photo credit ("Photo by NAME | LICENCE"), the body one paragraph a line, "More articles by:" and the bio
 * for each author, then the lineup, each group under a date (or a label, a date and a day range), each entry
 * an author line and a title line. Stops at the first thing it cannot place, naming the line.
 */
final class SavedPageReader {
    private static final String DAY = "(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)";
    private static final Pattern SHARE_BAR = Pattern.compile(
            "(?:Facebook|Twitter|Google\\+|Reddit|E-?mail|Print|LinkedIn|Pinterest|WhatsApp|Bluesky|Mastodon|Telegram|Threads|X)+");
    private static final Pattern CREDIT = Pattern.compile(
            "(Photo|Photograph|Illustration|Image|Graphic)\\s+(?:by|courtesy of)\\s*:?\\s*(.+?)(?:\\s*\\|\\s*(.*))?",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CHARACTER_CLASS);
    private static final Pattern MORE_BY = Pattern.compile("More articles by\\s*:?\\s*(.*)", Pattern.UNICODE_CHARACTER_CLASS);
    private static final Pattern DATE = Pattern.compile(
            "(January|February|March|April|May|June|July|August|September|October|November|December) \\d{1,2}, \\d{4}");
    private static final Pattern DAY_RANGE = Pattern.compile(DAY + "\\s*[-–—]\\s*" + DAY, Pattern.UNICODE_CHARACTER_CLASS);
    private static final DateTimeFormatter DATE_FORMAT =
            DateTimeFormatter.ofPattern("MMMM d, uuuu", Locale.ENGLISH).withResolverStyle(ResolverStyle.STRICT);
    // A bio that starts with its subject's name: "Patrick Cockburn is the author of ...". Saved pages keep
    // the no-break space that stood beside the link the name once was, hence Unicode white space.
    private static final Pattern NAME_IN_BIO = Pattern.compile(
            "((?:\\p{Lu}[\\p{L}.'’-]*)(?:\\s+(?:\\p{Lu}[\\p{L}.'’-]*|de|da|del|di|van|von|der|den|la|le|bin|ibn)){1,5}),?\\s+"
                    + "(?:is|was|has|writes|wrote|lives|teaches|taught|works|worked|edits|covers|reports|serves|served|holds|"
                    + "co-authored|authored|directs|hosts|blogs)\\b", Pattern.UNICODE_CHARACTER_CLASS);
    private static final Pattern EDGE_SPACE = Pattern.compile("^\\s+|\\s+$", Pattern.UNICODE_CHARACTER_CLASS);
    private static final int MAX_TITLE = 300;

    private final List<String> lines;
    private final int closingShareBar;

    private SavedPageReader(List<String> lines) {
        this.lines = lines;
        int from = lines.size();
        for (int i = lines.size() - 1; i >= 0; i--) {
            if (text(i).isEmpty() || isShareBar(i)) {
                if (!text(i).isEmpty()) {
                    from = i;
                }
            } else {
                break;
            }
        }
        this.closingShareBar = from;
    }

    static SavedPage read(List<String> lines) {
        return new SavedPageReader(lines).page();
    }

    private SavedPage page() {
        int i = next(0);
        if (i >= lines.size()) {
            throw new ImportFailed(0, "the file holds no text");
        }
        // A share bar may open the page; a line that only looks like one ("Reddit") is the headline when
        // the photo credit follows it.
        int afterFirst = next(i + 1);
        if (isShareBar(i) && !(afterFirst < lines.size() && CREDIT.matcher(text(afterFirst)).matches())) {
            i = afterFirst;
        }
        if (i >= lines.size()) {
            throw new ImportFailed(lines.size(), "the file has a share bar and nothing else");
        }
        int titleLine = i;
        String title = checkedTitle(i);
        i = next(i + 1);
        Optional<SavedPage.Credit> credit = Optional.empty();
        if (i < lines.size() && CREDIT.matcher(text(i)).matches()) {
            credit = Optional.of(credit(i));
            i = next(i + 1);
        }
        List<String> paragraphs = new ArrayList<>();
        for (; i < lines.size() && !MORE_BY.matcher(text(i)).matches(); i = next(i + 1)) {
            paragraphs.add(text(i));
        }
        if (i >= lines.size()) {
            throw new ImportFailed(lines.size(), "no 'More articles by:' line after the article, so the end of its "
                    + "text and its author cannot be told");
        }
        if (paragraphs.isEmpty()) {
            throw new ImportFailed(i + 1, "the article '" + title + "' has no text between its headline and 'More articles by:'");
        }
        List<SavedPage.Contributor> contributors = new ArrayList<>();
        while (i < lines.size() && MORE_BY.matcher(text(i)).matches()) {
            int moreLine = i;
            List<String> bio = new ArrayList<>();
            for (i = next(i + 1); i < lines.size() && !endsBio(i); i = next(i + 1)) {
                bio.add(text(i));
            }
            contributors.add(contributor(moreLine, bio));
        }
        return new SavedPage(title, titleLine + 1, credit, paragraphs, contributors, lineup(i));
    }

    private List<SavedPage.LineupGroup> lineup(int start) {
        List<SavedPage.LineupGroup> groups = new ArrayList<>();
        int i = start;
        while (i < lines.size() && !closesPage(i)) {
            if (!startsGroup(i)) {
                throw new ImportFailed(i + 1, "expected a date heading such as 'November 12, 2018' to start a lineup "
                        + "group, found '" + text(i) + "'");
            }
            int headingLine = i;
            String label = null;
            if (!DATE.matcher(text(i)).matches()) {
                label = text(i);
                i = next(i + 1);
            }
            LocalDate day = date(i);
            EditionSpan span = EditionSpan.day(day);
            int after = next(i + 1);
            if (after < lines.size() && DAY_RANGE.matcher(text(after)).matches()) {
                span = new EditionSpan(day, lastDay(day, after), label);
                i = next(after + 1);
            } else {
                span = new EditionSpan(day, day, label);
                i = after;
            }
            List<SavedPage.Entry> entries = new ArrayList<>();
            while (i < lines.size() && !startsGroup(i) && !closesPage(i)) {
                int titleLine = next(i + 1);
                if (titleLine >= lines.size() || startsGroup(titleLine) || closesPage(titleLine)) {
                    throw new ImportFailed(i + 1, "the lineup entry '" + text(i) + "' under " + text(headingLine)
                            + " has an author but no title");
                }
                entries.add(new SavedPage.Entry(checkedName(i), checkedTitle(titleLine), i + 1));
                i = next(titleLine + 1);
            }
            if (entries.isEmpty()) {
                throw new ImportFailed(headingLine + 1, "the lineup group '" + text(headingLine) + "' lists no articles");
            }
            groups.add(new SavedPage.LineupGroup(span, entries, headingLine + 1));
        }
        return groups;
    }

    private SavedPage.Credit credit(int i) {
        Matcher m = CREDIT.matcher(text(i));
        if (!m.matches()) {
            throw new IllegalStateException("not a credit line");
        }
        CreditKind kind = switch (m.group(1).toLowerCase(Locale.ROOT)) {
            case "illustration" -> CreditKind.ILLUSTRATION;
            case "image", "graphic" -> CreditKind.IMAGE;
            default -> CreditKind.PHOTO;
        };
        // With no licence given, copyright law reserves every right to the author: say exactly that.
        Licence licence = Licence.ALL_RIGHTS_RESERVED;
        if (m.group(3) != null && !m.group(3).isBlank()) {
            licence = Licence.parse(m.group(3)).orElseThrow(() -> new ImportFailed(i + 1,
                    "unknown licence '" + m.group(3).strip() + "' in the photo credit; known licences are "
                            + String.join(", ", java.util.Arrays.stream(Licence.values()).map(Licence::label).toList())));
        }
        return new SavedPage.Credit(kind, m.group(2).strip(), licence);
    }

    private SavedPage.Contributor contributor(int moreLine, List<String> bio) {
        Matcher more = MORE_BY.matcher(text(moreLine));
        String name = more.matches() ? more.group(1).strip() : "";
        if (name.isEmpty() && !bio.isEmpty()) {
            Matcher m = NAME_IN_BIO.matcher(bio.getFirst());
            if (m.lookingAt()) {
                name = m.group(1);
            }
        }
        if (name.isEmpty()) {
            throw new ImportFailed(moreLine + 1, "'More articles by:' names nobody, and the bio under it does not "
                    + "start with a name (as in 'Ann Smith is ...')");
        }
        return new SavedPage.Contributor(name, String.join("\n\n", bio), moreLine + 1);
    }

    private LocalDate date(int i) {
        if (i >= lines.size() || !DATE.matcher(text(i)).matches()) {
            throw new ImportFailed(Math.min(i, lines.size()) + 1, "expected a date such as 'November 09, 2018'");
        }
        try {
            return LocalDate.parse(text(i), DATE_FORMAT);
        } catch (DateTimeParseException e) {
            throw new ImportFailed(i + 1, "'" + text(i) + "' is not a date that exists");
        }
    }

    private LocalDate lastDay(LocalDate first, int rangeLine) {
        Matcher m = DAY_RANGE.matcher(text(rangeLine));
        if (!m.matches()) {
            throw new IllegalStateException("not a day range");
        }
        DayOfWeek from = DayOfWeek.valueOf(m.group(1).toUpperCase(Locale.ROOT));
        DayOfWeek to = DayOfWeek.valueOf(m.group(2).toUpperCase(Locale.ROOT));
        if (from != first.getDayOfWeek() || from == to) {
            throw new ImportFailed(rangeLine + 1, "the range '" + text(rangeLine) + "' does not fit its date, "
                    + first.format(DateTimeFormatter.ofPattern("MMMM dd, uuuu", Locale.ENGLISH)) + ", a " + capitalized(first.getDayOfWeek()));
        }
        return first.plusDays((to.getValue() - from.getValue() + 7) % 7);
    }

    private String checkedTitle(int i) {
        String title = text(i);
        if (MORE_BY.matcher(title).matches() || DATE.matcher(title).matches()) {
            throw new ImportFailed(i + 1, "expected a title, found '" + title + "'");
        }
        if (title.length() > MAX_TITLE) {
            throw new ImportFailed(i + 1, "a title is at most " + MAX_TITLE + " characters; this one has " + title.length());
        }
        return title;
    }

    /**
     * An author's name, which a shifted lineup (a line lost above) would fill with a title instead: names
     * are short, have letters, and carry no sentence punctuation.
     */
    private String checkedName(int i) {
        String name = text(i);
        boolean plausible = name.length() <= 80 && name.split("\\s+").length <= 8
                && name.codePoints().anyMatch(Character::isLetter) && !name.matches(".*[?!:;“”\"…].*");
        if (!plausible) {
            throw new ImportFailed(i + 1, "'" + name + "' stands where an author's name belongs but reads like a title; "
                    + "is a line missing above it?");
        }
        return name;
    }

    /** A lineup group starts at a date, or at a label followed by a date and a day range. */
    private boolean startsGroup(int i) {
        if (DATE.matcher(text(i)).matches()) {
            return true;
        }
        int date = next(i + 1);
        int range = date < lines.size() ? next(date + 1) : lines.size();
        return range < lines.size() && DATE.matcher(text(date)).matches() && DAY_RANGE.matcher(text(range)).matches();
    }

    private boolean endsBio(int i) {
        return MORE_BY.matcher(text(i)).matches() || startsGroup(i) || closesPage(i);
    }

    private boolean isShareBar(int i) {
        return SHARE_BAR.matcher(text(i)).matches();
    }

    /** The closing share bar: share-bar lines and nothing else to the end, so a title such as "Reddit" is kept. */
    private boolean closesPage(int i) {
        return i >= closingShareBar;
    }

    /** The index of the first non-blank line at or after i, or the line count. */
    private int next(int i) {
        while (i < lines.size() && text(i).isEmpty()) {
            i++;
        }
        return i;
    }

    /** A line without the white space around it, no-break spaces included. */
    private String text(int i) {
        return EDGE_SPACE.matcher(lines.get(i)).replaceAll("");
    }

    private static String capitalized(DayOfWeek day) {
        return day.getDisplayName(java.time.format.TextStyle.FULL, Locale.ENGLISH);
    }
}
