package org.masthead.apikey;

/** An admin key's id and the secret its tokens are signed with; the secret never appears in a log line. */
public record AdminSecret(ApiKey key, String secretHex) {
    /** The secret as the bytes the signature is made with (Ghost signs with the hex decoded). */
    public byte[] secretBytes() {
        return java.util.HexFormat.of().parseHex(secretHex);
    }

    @Override
    public String toString() {
        return "AdminSecret[" + key.publicId() + "]";
    }
}
