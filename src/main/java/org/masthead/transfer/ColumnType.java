package org.masthead.transfer;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.jdbi.v3.core.statement.StatementContext;
import org.masthead.platform.SqlDialect;
import tools.jackson.core.JsonGenerator;

/**
 * The kinds of value an archive holds, each as JSON writes it: whole numbers, text, true or false, times as
 * ISO-8601 instants in UTC, days as YYYY-MM-DD. Values are read from and bound to either database as the Java
 * types the stores use (SQLite keeps times and days as text, PostgreSQL as timestamptz and date).
 */
enum ColumnType {
    INTEGER(Long.class, "a whole number"),
    TEXT(String.class, "text"),
    BOOLEAN(Boolean.class, "true or false"),
    TIME(Instant.class, "a time such as 2017-09-18T10:00:00Z"),
    DATE(LocalDate.class, "a day such as 2017-09-18");

    private final Class<?> javaType;
    private final String described;

    ColumnType(Class<?> javaType, String described) {
        this.javaType = javaType;
        this.described = described;
    }

    Class<?> javaType() {
        return javaType;
    }

    String described() {
        return described;
    }

    /** The value of a column of a row read from the database, or null. */
    Object read(ResultSet rs, int column, StatementContext ctx) throws SQLException {
        return switch (this) {
            case INTEGER -> {
                long value = rs.getLong(column);
                yield rs.wasNull() ? null : value;
            }
            case TEXT -> rs.getString(column);
            case BOOLEAN -> {
                boolean value = rs.getBoolean(column);
                yield rs.wasNull() ? null : value;
            }
            case TIME -> ctx.findColumnMapperFor(Instant.class).orElseThrow().map(rs, column, ctx);
            case DATE -> ctx.findColumnMapperFor(LocalDate.class).orElseThrow().map(rs, column, ctx);
        };
    }

    void write(JsonGenerator json, Object value) {
        if (value == null) {
            json.writeNull();
            return;
        }
        switch (this) {
            case INTEGER -> json.writeNumber((Long) value);
            case BOOLEAN -> json.writeBoolean((Boolean) value);
            default -> json.writeString(value.toString());
        }
    }

    /**
     * The value an archive's JSON gave (a Long, String or Boolean from the parser) as this type, or null when
     * it is not one.
     */
    Object fromJson(Object value) {
        try {
            return switch (this) {
                case INTEGER -> value instanceof Long ? value : null;
                case TEXT -> value instanceof String ? value : null;
                case BOOLEAN -> value instanceof Boolean ? value : null;
                case TIME -> value instanceof String text ? Instant.parse(text) : null;
                case DATE -> value instanceof String text && text.length() == 10 ? LocalDate.parse(text) : null;
            };
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /**
     * A value as the database would give it back after storing it: SQLite keeps times to the millisecond,
     * PostgreSQL to the microsecond. Compared in this form, a row restored from an archive made on the other
     * database is seen as unchanged when restored again.
     */
    Object stored(Object value, SqlDialect dialect) {
        if (this != TIME || value == null) {
            return value;
        }
        return dialect.stored((Instant) value);
    }
}
