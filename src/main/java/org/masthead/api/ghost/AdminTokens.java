package org.masthead.api.ghost;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.crypto.MACVerifier;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.regex.Pattern;
import org.masthead.common.Actor;
import org.masthead.common.Role;
import org.masthead.apikey.AdminSecret;
import org.masthead.apikey.ApiKeyService;

/**
 * Checks an Admin API request's token as Ghost does: {@code Authorization: Ghost <JWT>}, signed with HS256 by
 * the secret of the admin key its header's {@code kid} names (the hex decoded), meant for this API ({@code aud}
 * "/admin/", or "/v3/admin/" on a versioned address), issued at most five minutes ago and valid for at most five
 * minutes. The signature is checked by Nimbus JOSE+JWT, which compares in constant time. The key then acts as a
 * system actor with an editor's rights, named "API key NAME" in the audit log.
 */
final class AdminTokens {
    static final Duration MAX_AGE = Duration.ofMinutes(5);
    /** Clocks disagree a little; a token dated a minute ahead of ours is still believed. */
    private static final Duration SKEW = Duration.ofMinutes(1);
    private static final Pattern VERSIONED = Pattern.compile("/ghost/api/(v\\d+|canary)/admin/.*");

    private final ApiKeyService keys;
    private final Clock clock;

    AdminTokens(ApiKeyService keys, Clock clock) {
        this.keys = keys;
        this.clock = clock;
    }

    /** The actor the request's token stands for; a GhostError saying why when it stands for none. */
    Actor actor(String authorization, String path, String address) {
        if (authorization == null || authorization.isBlank()) {
            throw new GhostError(403, "NoPermissionError", "Authorization failed", "Unable to determine the authenticated user"
                    + " or integration. Check that cookies are being passed through if using session authentication.", null);
        }
        String[] parts = authorization.strip().split(" ");
        if (parts.length != 2 || !parts[0].equalsIgnoreCase("Ghost")) {
            throw GhostError.unauthorized("Authorization header format is \"Authorization: Ghost [token]\"", "INVALID_AUTH_HEADER");
        }
        SignedJWT token;
        try {
            token = SignedJWT.parse(parts[1]);
        } catch (ParseException e) {
            throw new GhostError(400, "BadRequestError", "Invalid token", null, "INVALID_JWT");
        }
        String keyId = token.getHeader().getKeyID();
        if (keyId == null || keyId.isBlank()) {
            throw new GhostError(400, "BadRequestError", "Admin API kid missing.", null, "MISSING_ADMIN_API_KID");
        }
        AdminSecret secret = keys.adminSecret(keyId)
                .orElseThrow(() -> GhostError.unauthorized("Unknown Admin API Key", "UNKNOWN_ADMIN_API_KEY"));
        verify(token, secret, path);
        return new Actor(null, "API key " + secret.key().name(), Role.EDITOR, null, address == null ? "" : address);
    }

    private void verify(SignedJWT token, AdminSecret secret, String path) {
        if (!JWSAlgorithm.HS256.equals(token.getHeader().getAlgorithm())) {
            throw invalid("invalid algorithm");
        }
        try {
            if (!token.verify(new MACVerifier(secret.secretBytes()))) {
                throw invalid("invalid signature");
            }
        } catch (JOSEException e) {
            throw invalid("invalid signature");
        }
        JWTClaimsSet claims;
        try {
            claims = token.getJWTClaimsSet();
        } catch (ParseException e) {
            throw invalid("invalid payload");
        }
        Instant now = clock.instant();
        Instant issued = instant(claims.getIssueTime());
        Instant expires = instant(claims.getExpirationTime());
        if (issued == null) {
            throw invalid("iat required when maxAge is specified");
        }
        if (expires == null) {
            throw invalid("exp required");
        }
        if (!now.isBefore(expires)) {
            throw invalid("jwt expired");
        }
        if (Duration.between(issued, now).compareTo(MAX_AGE) > 0) {
            throw invalid("maxAge exceeded");
        }
        if (issued.isAfter(now.plus(SKEW))) {
            throw invalid("jwt issued in the future");
        }
        if (Duration.between(issued, expires).compareTo(MAX_AGE) > 0) {
            throw invalid("a token is valid for at most 5 minutes");
        }
        String wanted = audience(path);
        String core = Pattern.quote(wanted.substring(1, wanted.length() - 1));
        if (claims.getAudience().stream().noneMatch(aud -> aud.matches("/?" + core + "/?"))) {
            throw invalid("jwt audience invalid. expected: " + wanted);
        }
    }

    /** The audience a token for this address names: "/admin/", or the version's ("/v3/admin/"). */
    static String audience(String path) {
        var versioned = VERSIONED.matcher(path);
        return versioned.matches() ? "/" + versioned.group(1) + "/admin/" : "/admin/";
    }

    private static Instant instant(Date date) {
        return date == null ? null : date.toInstant();
    }

    private static GhostError invalid(String why) {
        return GhostError.unauthorized("Invalid token: " + why, "INVALID_JWT");
    }
}
