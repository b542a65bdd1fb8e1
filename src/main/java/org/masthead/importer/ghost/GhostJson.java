package org.masthead.importer.ghost;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Reading the loose values Ghost exports hold: ids that are numbers or strings, flags that are 0/1 or booleans, dates of three shapes. */
final class GhostJson {
    /**
     * One post's HTML, Mobiledoc or Lexical is a single string; a long piece with pasted images in base64 can pass
     * Jackson's default limit, so the limit is raised to what a post could ever hold.
     */
    static final JsonMapper MAPPER = JsonMapper.builder(JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxStringLength(256 * 1024 * 1024).build()).build())
            // Rows are read one at a time from the middle of the file: what follows a row is the rest of the file.
            .disable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).build();

    private static final DateTimeFormatter MYSQL = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private GhostJson() {}

    /** The field as text (a number as its digits), or null when missing, null, or not a plain value. */
    static String text(JsonNode node, String field) {
        JsonNode value = node == null ? null : node.get(field);
        if (value == null || value.isNull() || value.isContainer()) {
            return null;
        }
        return value.isString() ? value.stringValue() : value.asString();
    }

    /** The field as text with its blanks stripped, or null when there is none. */
    static String clean(JsonNode node, String field) {
        String text = text(node, field);
        return text == null || text.isBlank() ? null : text.strip();
    }

    /** Ghost writes flags as {@code true}, {@code 1} or {@code "1"} depending on version and database. */
    static boolean flag(JsonNode node, String field) {
        String text = text(node, field);
        return text != null && (text.equals("1") || text.equalsIgnoreCase("true"));
    }

    /**
     * A moment as Ghost exports it: milliseconds since 1970 (0.x), ISO 8601 with an offset (1.x on), or MySQL's
     * {@code 2014-01-01 10:00:00} in UTC. Null for what is none of those (MySQL's zero date, garbage).
     */
    static Instant instant(JsonNode node, String field) {
        JsonNode value = node == null ? null : node.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (value.isNumber()) {
            long millis = value.asLong();
            return millis > 0 ? Instant.ofEpochMilli(millis) : null;
        }
        String text = value.isString() ? value.stringValue().strip() : "";
        if (text.isEmpty() || text.startsWith("0000") || text.startsWith("00-")) {
            return null;
        }
        if (text.matches("\\d{9,}")) {
            return Instant.ofEpochMilli(Long.parseLong(text));
        }
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException notIso) {
            try {
                return LocalDateTime.parse(text.replace(' ', 'T')).toInstant(ZoneOffset.UTC);
            } catch (DateTimeParseException notLocal) {
                try {
                    return LocalDateTime.parse(text, MYSQL).toInstant(ZoneOffset.UTC);
                } catch (DateTimeParseException none) {
                    return null;
                }
            }
        }
    }
}
