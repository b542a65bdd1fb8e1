package org.masthead.edition;

import java.time.LocalDate;
import org.masthead.common.Invalid;

/** The days an edition covers and its label, before it is stored. */
public record EditionSpan(LocalDate startsOn, LocalDate endsOn, String label) {
    public EditionSpan {
        if (startsOn == null || endsOn == null) {
            throw new Invalid("an edition needs a first and a last day");
        }
        if (endsOn.isBefore(startsOn)) {
            throw new Invalid("an edition cannot end (" + endsOn + ") before it starts (" + startsOn + ")");
        }
        if (endsOn.isAfter(startsOn.plusDays(30))) {
            throw new Invalid("an edition covers at most a month, not " + startsOn + " to " + endsOn);
        }
        label = label == null || label.isBlank() ? null : label.strip();
    }

    public boolean spansDays() {
        return endsOn.isAfter(startsOn);
    }

    public static EditionSpan day(LocalDate day) {
        return new EditionSpan(day, day, null);
    }
}
