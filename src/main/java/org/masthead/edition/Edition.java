package org.masthead.edition;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One issue of the magazine: a day, or a range of days under a label ("Weekend Edition", Friday to Sunday).
 * Every published article belongs to the edition that covers its publication date. An edition can be
 * scheduled as a whole: everything in it goes out at {@code scheduledAt}.
 */
public record Edition(long id, LocalDate startsOn, LocalDate endsOn, String label, EditionStatus status,
        Instant scheduledAt) {

    public Edition(long id, LocalDate startsOn, LocalDate endsOn, String label) {
        this(id, startsOn, endsOn, label, EditionStatus.OPEN, null);
    }

    public boolean spansDays() {
        return endsOn.isAfter(startsOn);
    }

    public boolean hasLabel() {
        return label != null && !label.isBlank();
    }

    public boolean contains(LocalDate date) {
        return !date.isBefore(startsOn) && !date.isAfter(endsOn);
    }

    public String path() {
        return "/edition/" + startsOn + "/";
    }

    public EditionSpan span() {
        return new EditionSpan(startsOn, endsOn, label);
    }
}
