package org.masthead.platform;

import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.argument.AbstractArgumentFactory;
import org.jdbi.v3.core.argument.Argument;
import org.jdbi.v3.core.config.ConfigRegistry;

/**
 * Dates and times, the one place the two databases differ for the stores: PostgreSQL has {@code date} and
 * {@code timestamptz}; SQLite keeps ISO-8601 text, written at a fixed width so that text order is time order.
 */
final class SqlTypes {
    private static final DateTimeFormatter SQLITE_INSTANT =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

    private SqlTypes() {}

    static Jdbi configure(Jdbi jdbi, Database.Kind kind) {
        boolean sqlite = kind == Database.Kind.SQLITE;
        // Anonymous subclasses, because the factory learns the type it binds from its generic superclass.
        jdbi.registerArgument(new AbstractArgumentFactory<Instant>(sqlite ? Types.VARCHAR : Types.TIMESTAMP_WITH_TIMEZONE) {
            @Override
            protected Argument build(Instant value, ConfigRegistry config) {
                return sqlite
                        ? (position, statement, context) -> statement.setString(position, SQLITE_INSTANT.format(value))
                        : (position, statement, context) -> statement.setObject(position, value.atOffset(ZoneOffset.UTC));
            }
        });
        jdbi.registerArgument(new AbstractArgumentFactory<LocalDate>(sqlite ? Types.VARCHAR : Types.DATE) {
            @Override
            protected Argument build(LocalDate value, ConfigRegistry config) {
                return sqlite
                        ? (position, statement, context) -> statement.setString(position, value.toString())
                        : (position, statement, context) -> statement.setObject(position, value);
            }
        });
        if (sqlite) {
            jdbi.registerColumnMapper(Instant.class, (rs, column, context) -> {
                String text = rs.getString(column);
                return text == null ? null : Instant.parse(text);
            });
            jdbi.registerColumnMapper(LocalDate.class, (rs, column, context) -> {
                String text = rs.getString(column);
                return text == null ? null : LocalDate.parse(text);
            });
        } else {
            jdbi.registerColumnMapper(Instant.class, (rs, column, context) -> {
                OffsetDateTime time = rs.getObject(column, OffsetDateTime.class);
                return time == null ? null : time.toInstant();
            });
            jdbi.registerColumnMapper(LocalDate.class, (rs, column, context) -> rs.getObject(column, LocalDate.class));
        }
        return jdbi;
    }
}
