package org.masthead.importer;

/** A file that cannot be imported, with the line where reading stopped (0 when no line is to blame). */
public final class ImportFailed extends RuntimeException {
    private final int line;

    public ImportFailed(int line, String problem) {
        super(problem, null, false, false);
        this.line = line;
    }

    public int line() {
        return line;
    }

    /** One line for a person: "line 42: the lineup entry ... has no title". */
    public String describe() {
        return line > 0 ? "line " + line + ": " + getMessage() : getMessage();
    }
}
