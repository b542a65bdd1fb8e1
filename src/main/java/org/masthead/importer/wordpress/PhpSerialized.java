package org.masthead.importer.wordpress;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A strict reader of PHP's {@code serialize()} format, in which WordPress keeps structured meta
 * ({@code _wp_attachment_metadata}): arrays and objects become ordered maps, strings, integers, floats and booleans
 * their Java kind. String lengths count UTF-8 bytes, as PHP does; anything that does not add up (an export whose
 * lengths a charset conversion broke) reads as nothing rather than as a guess. No class is ever instantiated.
 */
final class PhpSerialized {
    private static final int MAX_DEPTH = 32;

    private final byte[] bytes;
    private int pos;

    private PhpSerialized(byte[] bytes) {
        this.bytes = bytes;
    }

    /** The value, or empty when the text is not exactly one serialized value. */
    static Optional<Object> read(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        var reader = new PhpSerialized(text.strip().getBytes(StandardCharsets.UTF_8));
        try {
            Object value = reader.value(0);
            return reader.pos == reader.bytes.length ? Optional.ofNullable(value) : Optional.empty();
        } catch (IllegalArgumentException | IndexOutOfBoundsException notSerialized) {
            return Optional.empty();
        }
    }

    /** The map at a path of keys in a value read, or empty. */
    @SuppressWarnings("unchecked")
    static Optional<Object> at(Object value, String... keys) {
        Object current = value;
        for (String key : keys) {
            if (!(current instanceof Map<?, ?> map)) {
                return Optional.empty();
            }
            current = ((Map<Object, Object>) map).get(key);
        }
        return Optional.ofNullable(current);
    }

    private Object value(int depth) {
        if (depth > MAX_DEPTH) {
            throw new IllegalArgumentException("nested too deep");
        }
        char type = (char) bytes[pos++];
        if (type == 'N') {
            expect(';');
            return null;
        }
        expect(':');
        return switch (type) {
            case 'i' -> Long.parseLong(until(';'));
            case 'd' -> Double.parseDouble(until(';'));
            case 'b' -> {
                String b = until(';');
                if (!b.equals("0") && !b.equals("1")) {
                    throw new IllegalArgumentException("not a boolean");
                }
                yield b.equals("1");
            }
            case 's' -> {
                String s = string();
                expect(';');
                yield s;
            }
            case 'a' -> entries(depth);
            case 'O' -> {
                string();
                expect(':');
                yield entries(depth);
            }
            default -> throw new IllegalArgumentException("unknown type " + type);
        };
    }

    private Map<Object, Object> entries(int depth) {
        int count = Integer.parseInt(until(':'));
        if (count < 0 || count > bytes.length) {
            throw new IllegalArgumentException("bad count");
        }
        expect('{');
        Map<Object, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < count; i++) {
            Object key = value(depth + 1);
            if (!(key instanceof String) && !(key instanceof Long)) {
                throw new IllegalArgumentException("bad key");
            }
            map.put(key instanceof Long n ? Long.toString(n) : key, value(depth + 1));
        }
        expect('}');
        return map;
    }

    /** A length-prefixed quoted string: {@code 5:"hello"}. */
    private String string() {
        int length = Integer.parseInt(until(':'));
        if (length < 0 || pos + length + 2 > bytes.length) {
            throw new IllegalArgumentException("bad length");
        }
        expect('"');
        String s = new String(bytes, pos, length, StandardCharsets.UTF_8);
        pos += length;
        expect('"');
        return s;
    }

    private String until(char stop) {
        int start = pos;
        while (bytes[pos] != stop) {
            pos++;
        }
        return new String(bytes, start, pos++ - start, StandardCharsets.US_ASCII);
    }

    private void expect(char c) {
        if (bytes[pos++] != c) {
            throw new IllegalArgumentException("expected " + c);
        }
    }
}
