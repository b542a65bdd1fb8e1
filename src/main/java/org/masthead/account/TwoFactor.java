package org.masthead.account;

import com.eatthepath.otp.TimeBasedOneTimePasswordGenerator;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.OptionalLong;
import javax.crypto.spec.SecretKeySpec;
import org.apache.commons.codec.binary.Base32;

/**
 * Time-based one-time codes (RFC 6238: 6 digits, 30-second steps, HMAC-SHA1, as every authenticator app
 * expects). A code is accepted one step early or late for clock drift, and never twice.
 */
final class TwoFactor {
    private static final TimeBasedOneTimePasswordGenerator TOTP = new TimeBasedOneTimePasswordGenerator();
    private static final Duration STEP = TOTP.getTimeStep();
    private static final SecureRandom RANDOM = new SecureRandom();

    private TwoFactor() {}

    /** A new secret, Base32 as authenticator apps take it. */
    static String newSecret() {
        byte[] key = new byte[20];
        RANDOM.nextBytes(key);
        return new Base32().encodeToString(key).replace("=", "");
    }

    /** The address an authenticator app reads from a QR code. */
    static String enrolmentUri(String issuer, String email, String secret) {
        String label = encode(issuer) + ":" + encode(email);
        return "otpauth://totp/" + label + "?secret=" + secret + "&issuer=" + encode(issuer) + "&algorithm=SHA1&digits=6&period=30";
    }

    /**
     * The time step the code belongs to, if it is valid now and later than the last step used.
     */
    static OptionalLong verify(String secret, String code, Instant now, Long lastStepUsed) {
        String digits = code == null ? "" : code.replaceAll("\\s", "");
        if (!digits.matches("\\d{6}")) {
            return OptionalLong.empty();
        }
        var key = new SecretKeySpec(new Base32().decode(secret), TOTP.getAlgorithm());
        long current = now.getEpochSecond() / STEP.getSeconds();
        try {
            for (long step = current - 1; step <= current + 1; step++) {
                if (lastStepUsed != null && step <= lastStepUsed) {
                    continue;
                }
                String expected = TOTP.generateOneTimePasswordString(key, Instant.ofEpochSecond(step * STEP.getSeconds()));
                if (java.security.MessageDigest.isEqual(expected.getBytes(StandardCharsets.US_ASCII),
                        digits.getBytes(StandardCharsets.US_ASCII))) {
                    return OptionalLong.of(step);
                }
            }
        } catch (InvalidKeyException e) {
            throw new IllegalStateException("a stored two-factor secret is not a valid key", e);
        }
        return OptionalLong.empty();
    }

    /** The code for a moment, for tests and for the enrolment page's self-check. */
    static String codeAt(String secret, Instant when) {
        try {
            return TOTP.generateOneTimePasswordString(new SecretKeySpec(new Base32().decode(secret), TOTP.getAlgorithm()), when);
        } catch (InvalidKeyException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
