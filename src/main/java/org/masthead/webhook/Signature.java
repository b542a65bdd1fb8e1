package org.masthead.webhook;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * HMAC-SHA256 signatures. Ghost's header, {@code X-Ghost-Signature: sha256=HEX, t=MILLIS}, signs the body followed
 * by the time (so a receiver can refuse an old delivery replayed); ours, {@code X-Masthead-Signature: sha256=HEX},
 * signs the body alone, for receivers that want only that.
 */
final class Signature {
    private Signature() {}

    static String ghostHeader(String secret, String body, long millis) {
        return "sha256=" + hmac(secret, body + millis) + ", t=" + millis;
    }

    static String ownHeader(String secret, String body) {
        return "sha256=" + hmac(secret, body);
    }

    static String hmac(String secret, String message) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(message.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every JVM has HmacSHA256", e);
        }
    }
}
