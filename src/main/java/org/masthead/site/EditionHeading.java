package org.masthead.site;

/**
 * How an edition is headed, as on the reference page: its date ("November 12, 2018"), or for a labelled range
 * the label, the first day's date and the days ("Weekend Edition", "November 09, 2018", "Friday - Sunday").
 * Label and days are null for a one-day edition.
 */
public record EditionHeading(String label, String date, String isoDate, String days, String path) {
    /** The heading as one line of text, for page titles. */
    public String asText() {
        StringBuilder text = new StringBuilder();
        if (label != null) {
            text.append(label).append(", ");
        }
        text.append(date);
        if (days != null) {
            text.append(" (").append(days).append(")");
        }
        return text.toString();
    }
}
