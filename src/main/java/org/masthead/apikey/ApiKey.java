package org.masthead.apikey;

import java.time.Instant;

/** A key as the newsroom lists it; the secret of an admin key is never part of it. */
public record ApiKey(long id, Kind kind, String name, String publicId, Instant createdAt, Instant lastUsedAt,
        Instant revokedAt) {

    /** What a key may do. */
    public enum Kind {
        /** Reads published content, as Ghost's Content API keys do. */
        CONTENT,
        /** Writes articles and uploads images, as Ghost's Admin API keys do. */
        ADMIN;

        public String code() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }

        public static Kind fromCode(String code) {
            return switch (code == null ? "" : code.strip().toLowerCase(java.util.Locale.ROOT)) {
                case "content" -> CONTENT;
                case "admin" -> ADMIN;
                default -> throw new org.masthead.common.Invalid("kind", "a key is of kind content or admin, not '" + code + "'");
            };
        }
    }

    public boolean isRevoked() {
        return revokedAt != null;
    }
}
