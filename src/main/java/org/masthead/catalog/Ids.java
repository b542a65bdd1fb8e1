package org.masthead.catalog;

import java.util.Optional;
import java.util.UUID;

/**
 * Our ids as the APIs write them: 24 hex digits, zero-padded, the shape of Ghost's (MongoDB-style) ids, so
 * that clients which check the shape accept them; and a UUID per article derived from its id, stable for as
 * long as the article lives.
 */
public final class Ids {
    private Ids() {}

    public static String of(long id) {
        return String.format("%024x", id);
    }

    /** The id written as 24 hex digits; empty for anything else, or a number past ours. */
    public static Optional<Long> parse(String text) {
        if (text == null || !text.matches("[0-9a-fA-F]{24}") || !text.substring(0, 8).equals("00000000")) {
            return Optional.empty();
        }
        long id = Long.parseUnsignedLong(text.substring(8), 16);
        return id > 0 ? Optional.of(id) : Optional.empty();
    }

    public static UUID uuidOf(long articleId) {
        return UUID.nameUUIDFromBytes(("masthead:article:" + articleId).getBytes(java.nio.charset.StandardCharsets.US_ASCII));
    }
}
