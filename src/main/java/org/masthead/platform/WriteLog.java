package org.masthead.platform;

import java.sql.PreparedStatement;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jdbi.v3.core.statement.StatementContext;
import org.jdbi.v3.core.statement.StatementCustomizer;

/**
 * Notes, for each write transaction, which tables its statements write to, by reading each statement's SQL as it
 * runs on the writer; and what the stores say they touch. What keeps copies of the data (the readers' page cache)
 * learns from it after the commit what it must forget, and that a signed-in session or a saved draft changed
 * nothing a reader sees. A statement it cannot read counts as a write to an unknown table: that forgets everything.
 */
final class WriteLog implements StatementCustomizer {
    private static final Pattern COMMENTS = Pattern.compile("(?s)^(\\s|--[^\\n]*\\n?|/\\*.*?\\*/)+");
    private static final Pattern WRITE = Pattern.compile(
            "^(?:INSERT(?:\\s+OR\\s+\\w+)?\\s+INTO|REPLACE\\s+INTO|UPDATE(?:\\s+OR\\s+\\w+)?|DELETE\\s+FROM)\\s+(?:ONLY\\s+)?\"?([A-Za-z_]\\w*)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern READ = Pattern.compile("^(?:SELECT|VALUES|EXPLAIN|SHOW)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern WITH_WRITE = Pattern.compile("\\b(?:INSERT|UPDATE|DELETE)\\b", Pattern.CASE_INSENSITIVE);

    private static final class Recording {
        final Set<String> tables = new TreeSet<>();
        final Map<String, Object> touched = new LinkedHashMap<>();
    }

    private final ThreadLocal<Recording> current = new ThreadLocal<>();
    private volatile BooleanSupplier readBefore = () -> false;

    /** Starts noting for the transaction this thread opens. */
    void begin() {
        current.set(new Recording());
    }

    /** What the transaction this thread ran changed; noting stops. */
    Changes end() {
        Recording recording = current.get();
        current.remove();
        return recording == null ? new Changes(Set.of(), Map.of())
                : new Changes(Set.copyOf(recording.tables), java.util.Collections.unmodifiableMap(recording.touched));
    }

    /** Whether touched things' earlier state is worth reading (nothing keeps copies: it is not). */
    void readBeforeWhen(BooleanSupplier wanted) {
        this.readBefore = wanted;
    }

    /** Notes that the transaction touches {@code key}; the first time, with how it stood then (read if wanted). */
    void touch(String key, Supplier<?> before) {
        Recording recording = current.get();
        if (recording != null && !recording.touched.containsKey(key)) {
            recording.touched.put(key, readBefore.getAsBoolean() ? before.get() : Changes.UNKNOWN);
        }
    }

    @Override
    public void beforeExecution(PreparedStatement statement, StatementContext ctx) {
        Recording recording = current.get();
        if (recording != null) {
            String table = writtenTable(ctx.getRawSql());
            if (table != null) {
                recording.tables.add(table);
            }
        }
    }

    /** The table a statement writes to; null for a read; {@link Changes#UNKNOWN_TABLE} when it cannot be told. */
    static String writtenTable(String sql) {
        String statement = COMMENTS.matcher(sql).replaceFirst("");
        if (READ.matcher(statement).lookingAt()) {
            return null;
        }
        if (statement.regionMatches(true, 0, "WITH", 0, 4)) {
            return WITH_WRITE.matcher(statement).find() ? Changes.UNKNOWN_TABLE : null;
        }
        Matcher write = WRITE.matcher(statement);
        return write.lookingAt() ? write.group(1).toLowerCase(Locale.ROOT) : Changes.UNKNOWN_TABLE;
    }
}
