package org.masthead.importer;

import java.util.List;

/** What an import did, for the person who ran it. */
public record ImportReport(String format, int created, int updated, int unchanged, int authorsCreated,
        int editionsCreated, List<String> notes) {

    public ImportReport {
        notes = List.copyOf(notes);
    }

    /** One line, as the command prints it. */
    public String summary() {
        if (created == 0 && updated == 0 && authorsCreated == 0 && editionsCreated == 0) {
            return "Nothing new in " + format + ": all " + unchanged + " articles were already here.";
        }
        return "Imported " + format + ": " + count(created, "article") + " created, " + updated + " updated, "
                + unchanged + " unchanged; " + count(authorsCreated, "new author") + ", "
                + count(editionsCreated, "new edition") + ".";
    }

    private static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
