package org.masthead.apikey;

/**
 * A key just made, with what its holder sends: the content key itself, or an admin key's {@code id:secret}.
 * This is the only time the secret is shown.
 */
public record CreatedKey(ApiKey key, String printable) {
    @Override
    public String toString() {
        return "CreatedKey[" + key + "]";
    }
}
