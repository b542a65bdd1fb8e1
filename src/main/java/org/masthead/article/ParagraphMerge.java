package org.masthead.article;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * Two versions of a text, told apart paragraph by paragraph (paragraphs are separated by blank lines, as in
 * Markdown), so that a person whose save met a newer one can keep, for each place where they differ, the stored
 * paragraphs or their own. The same two texts always give the same places, numbered from 0.
 */
public final class ParagraphMerge {
    /** One place where the versions differ: the stored paragraphs there and one's own (either may be empty). */
    public record Place(int number, String stored, String mine) {}

    private ParagraphMerge() {}

    public static List<Place> places(String stored, String mine) {
        List<Place> places = new ArrayList<>();
        for (AbstractDelta<String> delta : DiffUtils.diff(paragraphs(stored), paragraphs(mine)).getDeltas()) {
            places.add(new Place(places.size(), String.join("\n\n", delta.getSource().getLines()),
                    String.join("\n\n", delta.getTarget().getLines())));
        }
        return places;
    }

    /** One's own text, with the stored paragraphs put back at the places not chosen to keep as one's own. */
    public static String merge(String stored, String mine, Set<Integer> keepMine) {
        List<String> before = paragraphs(stored);
        List<String> after = paragraphs(mine);
        List<String> merged = new ArrayList<>();
        int at = 0;
        List<AbstractDelta<String>> deltas = DiffUtils.diff(before, after).getDeltas();
        for (int number = 0; number < deltas.size(); number++) {
            AbstractDelta<String> delta = deltas.get(number);
            merged.addAll(before.subList(at, delta.getSource().getPosition()));
            merged.addAll(keepMine.contains(number) ? delta.getTarget().getLines() : delta.getSource().getLines());
            at = delta.getSource().getPosition() + delta.getSource().size();
        }
        merged.addAll(before.subList(at, before.size()));
        return String.join("\n\n", merged);
    }

    private static List<String> paragraphs(String text) {
        return Arrays.stream(text.strip().split("\\R\\s*\\R")).map(String::strip).filter(p -> !p.isEmpty()).toList();
    }
}
