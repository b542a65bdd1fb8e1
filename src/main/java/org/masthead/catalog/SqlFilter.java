package org.masthead.catalog;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jdbi.v3.core.statement.Query;
import org.masthead.common.Invalid;

/**
 * A {@link Condition} made into a WHERE clause for one kind of list, over the fields that list knows. Every
 * value is a bound parameter; field names only ever choose among the SQL written here. A condition on a field
 * the list does not have, or a value of the wrong kind, is refused with the field named.
 */
final class SqlFilter {
    /** What a field holds, which decides the comparisons it allows and how its values are bound. */
    enum Type { ID, TEXT, BOOLEAN, INSTANT, CONSTANT, LINK }

    /**
     * A field: for LINK, {@code sql} selects the ids of the rows linked to something whose {@code column}
     * matches (the articles filed under a topic of that slug); for the others it is the column itself.
     */
    record Field(Type type, String sql, String column) {
        static Field of(Type type, String sql) {
            return new Field(type, sql, null);
        }
    }

    private final Map<String, Field> fields;
    private final String rowId;
    private final java.util.function.Function<String, Optional<Long>> ids;
    private final StringBuilder sql = new StringBuilder();
    private final Map<String, Object> args = new LinkedHashMap<>();

    private SqlFilter(Map<String, Field> fields, String rowId, java.util.function.Function<String, Optional<Long>> ids) {
        this.fields = fields;
        this.rowId = rowId;
        this.ids = ids;
    }

    /** The clause for a filter over rows whose id is {@code rowId} (for the linked fields). */
    static SqlFilter of(Condition condition, Map<String, Field> fields, String rowId) {
        return of(condition, fields, rowId, Ids::parse);
    }

    /** The same, for rows whose ids as the APIs write them are found by {@code ids} (an article's own API id). */
    static SqlFilter of(Condition condition, Map<String, Field> fields, String rowId,
            java.util.function.Function<String, Optional<Long>> ids) {
        SqlFilter filter = new SqlFilter(fields, rowId, ids);
        filter.write(condition);
        return filter;
    }

    String sql() {
        return sql.isEmpty() ? "1 = 1" : sql.toString();
    }

    void bindTo(Query query) {
        args.forEach((name, value) -> {
            if (value instanceof Instant instant) {
                query.bindByType(name, instant, Instant.class);
            } else {
                query.bind(name, value);
            }
        });
    }

    private void write(Condition condition) {
        switch (condition) {
            case Condition.All all -> join(all.parts(), " AND ", "1 = 1");
            case Condition.Any any -> join(any.parts(), " OR ", "1 = 0");
            case Condition.Match match -> match(match);
        }
    }

    private void join(List<Condition> parts, String operator, String empty) {
        if (parts.isEmpty()) {
            sql.append(empty);
            return;
        }
        sql.append('(');
        for (int i = 0; i < parts.size(); i++) {
            sql.append(i == 0 ? "" : operator);
            write(parts.get(i));
        }
        sql.append(')');
    }

    private void match(Condition.Match match) {
        Field field = fields.get(match.field().toLowerCase(Locale.ROOT));
        if (field == null) {
            throw new Invalid("filter", "cannot filter on '" + match.field() + "'; this list filters on "
                    + String.join(", ", fields.keySet()));
        }
        List<Object> values = new ArrayList<>();
        for (Object value : match.values()) {
            values.add(value(match.field(), field, value));
        }
        if (field.type() == Type.LINK) {
            link(match, field, values);
            return;
        }
        String column = field.sql();
        switch (match.op()) {
            case EQ, NE -> {
                Object value = values.getFirst();
                if (value == null) {
                    sql.append(column).append(match.op() == Condition.Op.EQ ? " IS NULL" : " IS NOT NULL");
                } else {
                    sql.append(column).append(match.op() == Condition.Op.EQ ? " = " : " <> ").append(param(value));
                }
            }
            case IN, NOT_IN -> {
                List<Object> present = values.stream().filter(v -> v != null).toList();
                sql.append(present.isEmpty() ? (match.op() == Condition.Op.IN ? "1 = 0" : "1 = 1")
                        : column + (match.op() == Condition.Op.IN ? " IN (" : " NOT IN (") + params(present) + ")");
            }
            case GT, GTE, LT, LTE -> {
                if (field.type() != Type.INSTANT && field.type() != Type.TEXT) {
                    throw new Invalid("filter", "'" + match.field() + "' cannot be compared with > or <");
                }
                String operator = switch (match.op()) {
                    case GT -> " > ";
                    case GTE -> " >= ";
                    case LT -> " < ";
                    default -> " <= ";
                };
                sql.append(column).append(operator).append(param(requireValue(match, values.getFirst())));
            }
            case CONTAINS, NOT_CONTAINS, STARTS, ENDS -> {
                if (field.type() != Type.TEXT) {
                    throw new Invalid("filter", "'" + match.field() + "' is not text to search in");
                }
                String text = escapeLike(String.valueOf(requireValue(match, values.getFirst())).toLowerCase(Locale.ROOT));
                String pattern = switch (match.op()) {
                    case STARTS -> text + "%";
                    case ENDS -> "%" + text;
                    default -> "%" + text + "%";
                };
                sql.append("LOWER(").append(column).append(match.op() == Condition.Op.NOT_CONTAINS ? ") NOT LIKE " : ") LIKE ")
                        .append(param(pattern)).append(" ESCAPE '!'");
            }
        }
    }

    /** A link field: the row's id among the ids linked to the values (or not among them). */
    private void link(Condition.Match match, Field field, List<Object> values) {
        boolean negated = switch (match.op()) {
            case EQ, IN -> false;
            case NE, NOT_IN -> true;
            default -> throw new Invalid("filter", "'" + match.field() + "' is matched with a value or a list, not compared");
        };
        List<Object> present = values.stream().filter(v -> v != null).toList();
        if (present.isEmpty()) {
            // tag:null: the rows filed under nothing.
            sql.append(rowId).append(negated ? " IN (" : " NOT IN (").append(field.sql().formatted("1 = 1")).append(')');
            return;
        }
        String inner = field.column() + (present.size() == 1 ? " = " + param(present.getFirst()) : " IN (" + params(present) + ")");
        sql.append(rowId).append(negated ? " NOT IN (" : " IN (").append(field.sql().formatted(inner)).append(')');
    }

    private static Object requireValue(Condition.Match match, Object value) {
        if (value == null) {
            throw new Invalid("filter", "'" + match.field() + "' cannot be compared with null");
        }
        return value;
    }

    /** The value as the field's column holds it. */
    private Object value(String name, Field field, Object value) {
        if (value == null) {
            return null;
        }
        return switch (field.type()) {
            case ID -> value instanceof Long ? value : ids.apply(String.valueOf(value)).orElse(-1L);
            case BOOLEAN -> {
                if (value instanceof Boolean b) {
                    yield b;
                }
                throw new Invalid("filter", "'" + name + "' is true or false, not '" + value + "'");
            }
            case INSTANT -> {
                if (value instanceof Instant) {
                    yield value;
                }
                throw new Invalid("filter", "'" + name + "' is a date such as '2017-09-18' or '2017-09-18 06:00:00', not '" + value + "'");
            }
            case LINK -> {
                // tags.id and authors.id take our ids; the slugs are text.
                if (field.column().endsWith(".id")) {
                    yield value instanceof Long ? value : Ids.parse(String.valueOf(value)).orElse(-1L);
                }
                yield String.valueOf(value);
            }
            case TEXT, CONSTANT -> String.valueOf(value);
        };
    }

    private String param(Object value) {
        String name = "f" + args.size();
        args.put(name, value);
        return ":" + name;
    }

    private String params(List<Object> values) {
        return values.stream().map(this::param).collect(Collectors.joining(", "));
    }

    // CASE: the escape is '!', not a backslash: JDBI's statement parser reads '\' as a quote that never ends,
    // and a second LIKE in the same statement then lost its ESCAPE clause.
    private static String escapeLike(String text) {
        return text.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }
}
