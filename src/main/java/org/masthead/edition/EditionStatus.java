package org.masthead.edition;

import java.util.Locale;

/** Whether an edition is being put together, scheduled to go out as a whole, or out. */
public enum EditionStatus {
    OPEN, SCHEDULED, PUBLISHED;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static EditionStatus fromCode(String code) {
        return valueOf(code.toUpperCase(Locale.ROOT));
    }
}
