package org.masthead.transfer;

import java.util.List;
import org.masthead.importer.ImportFailed;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.json.JsonFactory;

/**
 * One line of a table's file, a JSON object naming every archived column once, into the row's values: each of
 * its column's type, null only where the column may be. Anything else is refused with the file, line and column.
 */
final class RowParser {
    private static final JsonFactory JSON = new JsonFactory();

    private final Table table;
    private final String file;
    private final List<Column> columns;

    RowParser(Table table, String file) {
        this.table = table;
        this.file = file;
        this.columns = table.archived();
    }

    Object[] parse(String line, long number) {
        Object[] row = new Object[columns.size()];
        boolean[] seen = new boolean[columns.size()];
        try (JsonParser json = JSON.createParser(line)) {
            if (json.nextToken() != JsonToken.START_OBJECT) {
                throw refused(number, "a row is a JSON object on one line");
            }
            for (JsonToken token = json.nextToken(); token != JsonToken.END_OBJECT; token = json.nextToken()) {
                String name = json.currentName();
                int index = table.indexOf(name);
                if (index < 0) {
                    throw refused(number, "there is no column '" + name + "' in " + table.name());
                }
                if (seen[index]) {
                    throw refused(number, name + " is given twice");
                }
                seen[index] = true;
                row[index] = value(json, columns.get(index), number);
            }
            if (json.nextToken() != null) {
                throw refused(number, "one row a line: there is more after the row's closing brace");
            }
        } catch (JacksonException e) {
            throw refused(number, "not JSON: " + e.getOriginalMessage());
        }
        for (int i = 0; i < seen.length; i++) {
            if (!seen[i] && !columns.get(i).absentAsNull()) {
                throw refused(number, columns.get(i).name() + " is missing");
            }
            if (!seen[i]) {
                // CASE: an archive made before a column with a default (an article's sharing texts) gets the default.
                row[i] = columns.get(i).restoredAs();
            }
        }
        return row;
    }

    private Object value(JsonParser json, Column column, long number) {
        JsonToken token = json.nextToken();
        Object raw = switch (token) {
            case VALUE_NULL -> null;
            case VALUE_NUMBER_INT -> json.getLongValue();
            case VALUE_STRING -> json.getString();
            case VALUE_TRUE -> Boolean.TRUE;
            case VALUE_FALSE -> Boolean.FALSE;
            default -> throw refused(number, column.name() + " must be " + column.type().described());
        };
        if (raw == null) {
            if (!column.nullable()) {
                throw refused(number, column.name() + " must not be null");
            }
            return null;
        }
        Object value = column.type().fromJson(raw);
        if (value == null) {
            throw refused(number, column.name() + " must be " + column.type().described() + ", not " + shortly(raw));
        }
        return value;
    }

    private static String shortly(Object raw) {
        String text = raw instanceof String s ? "'" + s + "'" : String.valueOf(raw);
        return text.length() > 60 ? text.substring(0, 57) + "..." : text;
    }

    private ImportFailed refused(long line, String problem) {
        return new ImportFailed(0, file + " line " + line + ": " + problem);
    }
}
