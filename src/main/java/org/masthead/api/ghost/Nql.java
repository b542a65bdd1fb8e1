package org.masthead.api.ghost;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.masthead.catalog.Condition;
import org.masthead.catalog.Condition.Op;
import org.masthead.common.Invalid;

/**
 * Ghost's filter language (NQL), read into a {@link Condition}: {@code field:value}, {@code field:-value}
 * (not), {@code field:[a,b]} (any of), {@code field:-[a,b]}, {@code >}, {@code >=}, {@code <}, {@code <=},
 * {@code ~} (contains), {@code ~^} (starts with), {@code ~$} (ends with); values bare or in single or
 * double quotes, {@code null}, {@code true}, {@code false}; {@code +} for and, {@code ,} for or (and binds
 * tighter), parentheses. Fields ending in {@code _at} take dates: {@code '2017-09-18'},
 * {@code '2017-09-18 06:00:00'}, ISO 8601 with an offset, or {@code now}, {@code now-30d} (units s, m, h, d, w,
 * M, y). Times without an offset are UTC, as Ghost reads them.
 */
final class Nql {
    private static final int MAX_LENGTH = 4000;
    private static final int MAX_DEPTH = 20;

    private final String text;
    private final Instant now;
    private int at;
    private int depth;

    private Nql(String text, Instant now) {
        this.text = text;
        this.now = now;
    }

    /** The condition a filter says; {@link Condition#NONE} for none. Refuses what it cannot read with where and why. */
    static Condition parse(String filter, Instant now) {
        if (filter == null || filter.isBlank()) {
            return Condition.NONE;
        }
        if (filter.length() > MAX_LENGTH) {
            throw new Invalid("filter", "a filter is at most " + MAX_LENGTH + " characters");
        }
        Nql nql = new Nql(filter, now);
        Condition condition = nql.or();
        nql.skipSpaces();
        if (nql.at < filter.length()) {
            throw nql.error("did not expect '" + filter.charAt(nql.at) + "'");
        }
        return condition;
    }

    private Condition or() {
        List<Condition> parts = new ArrayList<>(List.of(and()));
        while (take(',')) {
            parts.add(and());
        }
        return parts.size() == 1 ? parts.getFirst() : new Condition.Any(parts);
    }

    private Condition and() {
        List<Condition> parts = new ArrayList<>(List.of(term()));
        while (take('+')) {
            parts.add(term());
        }
        return parts.size() == 1 ? parts.getFirst() : new Condition.All(parts);
    }

    private Condition term() {
        if (take('(')) {
            if (++depth > MAX_DEPTH) {
                throw error("parentheses are nested too deep");
            }
            Condition inner = or();
            if (!take(')')) {
                throw error("a '(' is not closed");
            }
            depth--;
            return inner;
        }
        String field = field();
        if (!take(':')) {
            throw error("expected ':' after '" + field + "'");
        }
        boolean dates = field.endsWith("_at");
        skipSpaces();
        boolean not = peek('-') && !(at + 1 < text.length() && Character.isDigit(text.charAt(at + 1)) && dates);
        if (not) {
            at++;
        }
        if (take('[')) {
            List<Object> values = new ArrayList<>();
            do {
                values.add(value(dates));
            } while (take(','));
            if (!take(']')) {
                throw error("a '[' is not closed");
            }
            return new Condition.Match(field, not ? Op.NOT_IN : Op.IN, values);
        }
        Op op = operator(not);
        return new Condition.Match(field, op, java.util.Collections.singletonList(value(dates)));
    }

    private Op operator(boolean not) {
        Op op;
        if (text.startsWith(">=", at)) {
            op = Op.GTE;
        } else if (text.startsWith("<=", at)) {
            op = Op.LTE;
        } else if (peek('>')) {
            op = Op.GT;
        } else if (peek('<')) {
            op = Op.LT;
        } else if (text.startsWith("~^", at)) {
            op = Op.STARTS;
        } else if (text.startsWith("~$", at)) {
            op = Op.ENDS;
        } else if (peek('~')) {
            op = Op.CONTAINS;
        } else {
            return not ? Op.NE : Op.EQ;
        }
        at += op == Op.GT || op == Op.LT || op == Op.CONTAINS ? 1 : 2;
        if (not && op != Op.CONTAINS) {
            throw error("'-' (not) goes with a value, a list or '~', not with a comparison");
        }
        return not ? Op.NOT_CONTAINS : op;
    }

    private String field() {
        skipSpaces();
        int start = at;
        while (at < text.length() && (Character.isLetterOrDigit(text.charAt(at)) || text.charAt(at) == '_' || text.charAt(at) == '.')) {
            at++;
        }
        if (start == at) {
            throw error(at < text.length() ? "expected a field name, found '" + text.charAt(at) + "'" : "expected a field name");
        }
        return text.substring(start, at);
    }

    private Object value(boolean dates) {
        skipSpaces();
        if (at >= text.length()) {
            throw error("expected a value");
        }
        char quote = text.charAt(at);
        if (quote == '\'' || quote == '"') {
            StringBuilder value = new StringBuilder();
            at++;
            while (at < text.length() && text.charAt(at) != quote) {
                char c = text.charAt(at++);
                if (c == '\\' && at < text.length()) {
                    c = text.charAt(at++);
                }
                value.append(c);
            }
            if (at >= text.length()) {
                throw error("a quoted value is not closed");
            }
            at++;
            return dates ? instant(value.toString()) : value.toString();
        }
        int start = at;
        while (at < text.length() && ",+()[]'\" ".indexOf(text.charAt(at)) < 0) {
            at++;
        }
        String bare = text.substring(start, at);
        if (bare.isEmpty()) {
            throw error("expected a value");
        }
        return switch (bare) {
            case "null" -> null;
            case "true" -> Boolean.TRUE;
            case "false" -> Boolean.FALSE;
            default -> dates ? instant(bare) : bare;
        };
    }

    /** A date or time as NQL writes them, or a time relative to now. */
    private Instant instant(String value) {
        var relative = java.util.regex.Pattern.compile("now(?:([-+])(\\d{1,6})([smhdwMy]))?").matcher(value);
        if (relative.matches()) {
            if (relative.group(1) == null) {
                return now;
            }
            long amount = Long.parseLong(relative.group(2)) * (relative.group(1).equals("-") ? -1 : 1);
            var time = now.atOffset(ZoneOffset.UTC);
            return switch (relative.group(3)) {
                case "s" -> now.plusSeconds(amount);
                case "m" -> now.plus(Duration.ofMinutes(amount));
                case "h" -> now.plus(Duration.ofHours(amount));
                case "d" -> now.plus(amount, ChronoUnit.DAYS);
                case "w" -> now.plus(amount * 7, ChronoUnit.DAYS);
                case "M" -> time.plusMonths(amount).toInstant();
                default -> time.plusYears(amount).toInstant();
            };
        }
        String iso = value.strip().replace(' ', 'T');
        try {
            if (iso.length() == 10) {
                return LocalDate.parse(iso).atStartOfDay(ZoneOffset.UTC).toInstant();
            }
            if (iso.endsWith("Z") || iso.matches(".*[+-]\\d{2}:?\\d{2}$")) {
                return OffsetDateTime.parse(iso.replaceFirst("([+-]\\d{2})(\\d{2})$", "$1:$2")).toInstant();
            }
            return LocalDateTime.parse(iso).toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            throw error("'" + value + "' is not a date such as '2017-09-18' or '2017-09-18 06:00:00'");
        }
    }

    private boolean take(char c) {
        skipSpaces();
        if (peek(c)) {
            at++;
            return true;
        }
        return false;
    }

    private boolean peek(char c) {
        return at < text.length() && text.charAt(at) == c;
    }

    private void skipSpaces() {
        while (at < text.length() && Character.isWhitespace(text.charAt(at))) {
            at++;
        }
    }

    private Invalid error(String problem) {
        return new Invalid("filter", "cannot read the filter at character " + (at + 1) + ": " + problem);
    }
}
