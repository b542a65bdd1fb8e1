package org.masthead.article;

import com.github.difflib.text.DiffRow;
import com.github.difflib.text.DiffRowGenerator;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.masthead.markup.Markup;

/**
 * What changed between two versions of an article, line by line with the changed words marked, ready to
 * show: every line's text is HTML-escaped before {@code <del>} and {@code <ins>} are put around changes.
 */
public final class Differences {
    private static final DiffRowGenerator ROWS = DiffRowGenerator.create()
            .showInlineDiffs(true)
            .inlineDiffByWord(true)
            .mergeOriginalRevised(false)
            .lineNormalizer(Markup::escape)
            .oldTag(start -> start ? "<del>" : "</del>")
            .newTag(start -> start ? "<ins>" : "</ins>")
            .build();

    /** One line of the comparison: same, changed, added or removed, with both sides as safe HTML. */
    public record Line(String kind, String before, String after) {}

    private Differences() {}

    /** Compares two versions; {@code names} turns author ids into the names shown. */
    public static List<Line> between(ArticleDraft before, ArticleDraft after, Function<List<Long>, String> names) {
        List<Line> lines = new ArrayList<>();
        for (DiffRow row : ROWS.generateDiffRows(text(before, names), text(after, names))) {
            String kind = switch (row.getTag()) {
                case EQUAL -> "same";
                case CHANGE -> "changed";
                case INSERT -> "added";
                case DELETE -> "removed";
            };
            lines.add(new Line(kind, row.getOldLine(), row.getNewLine()));
        }
        return lines;
    }

    public static boolean any(List<Line> lines) {
        return lines.stream().anyMatch(line -> !line.kind().equals("same"));
    }

    private static List<String> text(ArticleDraft draft, Function<List<Long>, String> names) {
        List<String> lines = new ArrayList<>();
        lines.add("Title: " + draft.title());
        lines.add("Dek: " + draft.dek());
        lines.add("Address: " + (draft.slug() == null ? "(from the title)" : draft.slug()));
        lines.add("Authors: " + names.apply(draft.authorIds()));
        lines.add("Lead image: " + (draft.leadImageId() == null ? "none" : draft.leadImageId()));
        lines.add("");
        lines.addAll(draft.body().source().lines().toList());
        return lines;
    }
}
